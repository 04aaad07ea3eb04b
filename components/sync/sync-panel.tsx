'use client';

import { useEffect, useId, useState, useSyncExternalStore, type FormEvent, type ReactNode } from 'react';
import { serverAddress, userDatabase } from '@/lib/sync/couch-replies';
import { StatsSection } from '@/components/stats/stats-section';
import { useNow } from '@/components/study/use-now';
import { syncRunner } from '@/components/sync/browser-sync';
import { SYNC_ERROR_MESSAGES } from '@/components/sync/sync-errors';
import { SyncMessage, type SyncMessageKey } from '@/components/sync/sync-message';
import { SyncStateText } from '@/components/sync/sync-status';
import { needsStudent, type SyncView } from '@/components/sync/sync-runner';

/*
 * The "기기 동기화" section of /stats/: sign in to the student's CouchDB (the password goes
 * to the server once and is never kept), see how the sync is doing, sync now, sign out.
 * Signing out ends the server's session; the record on this device stays.
 */

type Problem = keyof typeof SYNC_ERROR_MESSAGES;
type Said = { kind: 'problem'; problem: Problem } | { kind: 'signed-out' } | null;

export function SyncPanel() {
  const id = useId();
  const runner = syncRunner();
  useEffect(() => runner.resume(), [runner]);
  const view = useSyncExternalStore(runner.subscribe, runner.getSnapshot, runner.getSnapshot);
  const [said, setSaid] = useState<Said>(null);
  const signedIn = view.account !== null && !(view.phase === 'error' && needsStudent(view.error));

  return (
    <StatsSection id={id} anchor="sync" heading="syncHeading" className="sync-panel" testId="sync-panel">
      <p className="stats-hint">
        <SyncMessage k="syncHint" />
      </p>
      {signedIn && view.account ? (
        <SignedIn view={view} account={view.account} onSignOut={() => void runner.signOut().then(() => setSaid({ kind: 'signed-out' }))} onSyncNow={() => void runner.syncNow()} />
      ) : (
        <SignInForm id={id} view={view} onSaid={setSaid} />
      )}
      <div role="status" className="sync-message" data-testid="sync-message" data-problem={said?.kind === 'problem' ? said.problem : undefined}>
        {said?.kind === 'problem' ? (
          <p className="text-bad">
            <SyncMessage k={SYNC_ERROR_MESSAGES[said.problem]} values={{ origin: typeof location === 'undefined' ? '' : location.origin }} />
          </p>
        ) : said?.kind === 'signed-out' && !view.account ? (
          <p>
            <SyncMessage k="syncSignedOutKept" />
          </p>
        ) : null}
      </div>
    </StatsSection>
  );
}

function SignInForm({ id, view, onSaid }: { id: string; view: SyncView; onSaid: (said: Said) => void }) {
  const runner = syncRunner();
  const [busy, setBusy] = useState(false);
  // A session that ended keeps the account: the student only types the password again.
  const [server, setServer] = useState(view.account?.server ?? '');
  const [name, setName] = useState(view.account?.name ?? '');
  // A database of its own name (not the per-user one) is shown, so a refused one can be corrected.
  const [database, setDatabase] = useState(view.account && view.account.database !== userDatabase(view.account.name) ? view.account.database : '');
  const [password, setPassword] = useState('');
  const ended = view.phase === 'error' && needsStudent(view.error) ? view.error : null;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (server.trim() === '' || name.trim() === '' || password === '') return onSaid({ kind: 'problem', problem: 'missing' });
    const address = serverAddress(server);
    if (!address.ok) return onSaid({ kind: 'problem', problem: address.problem });
    setBusy(true);
    onSaid(null);
    const signed = await runner.signIn(address.url, name.trim(), password, database.trim() || undefined);
    setBusy(false);
    setPassword('');
    onSaid(signed.ok ? null : { kind: 'problem', problem: signed.error });
  };

  return (
    <form className="sync-form" onSubmit={(event) => void submit(event)} noValidate data-testid="sync-form">
      {ended ? (
        <p className="text-bad" data-testid="sync-ended" data-error={ended}>
          <SyncMessage k={SYNC_ERROR_MESSAGES[ended]} values={{ origin: typeof location === 'undefined' ? '' : location.origin }} />
        </p>
      ) : null}
      <Field id={`${id}-server`} label="syncServer" help="syncServerHint">
        <input id={`${id}-server`} className="sync-input" type="url" inputMode="url" autoComplete="url" spellCheck={false} value={server} onChange={(event) => setServer(event.target.value)} aria-describedby={`${id}-server-help`} data-testid="sync-server" />
      </Field>
      <Field id={`${id}-name`} label="syncName">
        <input id={`${id}-name`} className="sync-input" autoComplete="username" autoCapitalize="none" spellCheck={false} value={name} onChange={(event) => setName(event.target.value)} data-testid="sync-name" />
      </Field>
      <Field id={`${id}-password`} label="syncPassword">
        <input id={`${id}-password`} className="sync-input" type="password" autoComplete="current-password" value={password} onChange={(event) => setPassword(event.target.value)} data-testid="sync-password" />
      </Field>
      <details className="sync-advanced" open={database !== '' || undefined}>
        <summary>
          <SyncMessage k="syncAdvanced" />
        </summary>
        <Field id={`${id}-database`} label="syncDatabase" help="syncDatabaseHint">
          <input id={`${id}-database`} className="sync-input" autoCapitalize="none" spellCheck={false} value={database} onChange={(event) => setDatabase(event.target.value)} aria-describedby={`${id}-database-help`} data-testid="sync-database" />
        </Field>
      </details>
      <div>
        <button type="submit" className="button button-primary" disabled={busy} data-testid="sync-sign-in">
          <SyncMessage k={busy ? 'syncSigningIn' : 'syncSignIn'} />
        </button>
      </div>
    </form>
  );
}

function Field({ id, label, help, children }: { id: string; label: 'syncServer' | 'syncName' | 'syncPassword' | 'syncDatabase'; help?: 'syncServerHint' | 'syncDatabaseHint'; children: ReactNode }) {
  return (
    <div className="sync-field">
      <label htmlFor={id} className="sync-label">
        <SyncMessage k={label} />
      </label>
      {children}
      {help ? (
        <p id={`${id}-help`} className="sync-help">
          <SyncMessage k={help} />
        </p>
      ) : null}
    </div>
  );
}

function SignedIn({ view, account, onSignOut, onSyncNow }: { view: SyncView; account: NonNullable<SyncView['account']>; onSignOut: () => void; onSyncNow: () => void }) {
  const now = useNow();
  return (
    <div className="sync-signed-in" data-testid="sync-signed-in" data-phase={view.phase}>
      <dl className="stats-storage-list">
        <Row label="syncName" testId="sync-account-name">
          {account.name}
        </Row>
        <Row label="syncOn">{account.server}</Row>
        <Row label="syncDatabaseLabel">{account.database}</Row>
        <Row label="syncStateLabel" testId="sync-state" data={{ 'data-phase': view.phase, 'data-waiting': view.waiting ?? undefined }}>
          <SyncStateText view={view} now={now?.getTime() ?? null} />
        </Row>
      </dl>
      {view.phase === 'error' && view.error ? (
        <p className="text-bad" data-testid="sync-error" data-error={view.error}>
          <SyncMessage k={SYNC_ERROR_MESSAGES[view.error]} values={{ origin: typeof location === 'undefined' ? '' : location.origin }} />
        </p>
      ) : null}
      {view.unread > 0 ? (
        <p className="stats-hint">
          <SyncMessage k="syncUnread" values={{ count: view.unread }} />
        </p>
      ) : null}
      <div className="sync-actions">
        <button type="button" className="button button-primary" onClick={onSyncNow} disabled={view.phase === 'syncing' || view.phase === 'offline'} data-testid="sync-now">
          <SyncMessage k="syncNow" />
        </button>
        <button type="button" className="button" onClick={onSignOut} data-testid="sync-sign-out">
          <SyncMessage k="syncSignOut" />
        </button>
      </div>
    </div>
  );
}

function Row({ label, testId, data, children }: { label: SyncMessageKey; testId?: string; data?: Record<`data-${string}`, string | number | undefined>; children: ReactNode }) {
  return (
    <div>
      <dt>
        <SyncMessage k={label} />
      </dt>
      <dd className="break-all" data-testid={testId} {...data}>
        {children}
      </dd>
    </div>
  );
}
