import { object, optional, string, type infer as Infer } from 'zod/mini';

/*
 * The sync account saved in this browser: the server, the name signed in with and the
 * database on the server. Writer, schema and reader together; the password is never here,
 * the server's session cookie stands for it.
 */

/** `signedInAt`: a new sign-in always changes the saved text, so other tabs hear of it (storage events fire only on a change) and go on. */
export const accountSchema = object({ server: string(), name: string(), database: string(), signedInAt: optional(string()) });

export type SyncAccount = Infer<typeof accountSchema>;

export function accountText(account: SyncAccount): string {
  return JSON.stringify(account);
}

/** The saved account; null when there is none or it does not read (the form asks again). */
export function readAccount(text: string | null): SyncAccount | null {
  if (text === null) return null;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  const parsed = accountSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/** What this device's sync state is kept under: one student's database on one server. */
export const placeOf = (account: Pick<SyncAccount, 'server' | 'database'>): string => `${account.server}|${account.database}`;
