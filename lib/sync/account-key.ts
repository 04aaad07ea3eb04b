/*
 * Where this browser keeps which sync account it signed in to (never the password). Alone
 * in its file: the header reads only whether the key is there, to load the sync client
 * when sync is on and nothing of it when it is off.
 */
export const SYNC_ACCOUNT_KEY = 'aws-notes/sync/account';

/** Told in this tab when the student signs in or out (the storage event tells only the other tabs). */
export const SYNC_ACCOUNT_EVENT = 'aws-notes-sync-account';
