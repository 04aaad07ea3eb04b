'use client';

import { useEffect, useState, type ComponentType } from 'react';
import { SYNC_ACCOUNT_EVENT, SYNC_ACCOUNT_KEY } from '@/lib/sync/account-key';

/*
 * The header's place for the sync status. With sync off (no account saved) it loads
 * nothing and shows nothing, so the reading pages pay only for this file; with it on, the
 * status and the sync client load after the page.
 */

function accountSaved(): boolean {
  try {
    return localStorage.getItem(SYNC_ACCOUNT_KEY) !== null;
  } catch {
    return false;
  }
}

export function SyncStatusSlot() {
  const [Status, setStatus] = useState<ComponentType | null>(null);
  useEffect(() => {
    let live = true;
    const check = () => {
      if (!accountSaved()) return;
      void import('./sync-status').then(({ SyncStatus }) => live && setStatus(() => SyncStatus));
    };
    check();
    const onStorage = (event: StorageEvent) => event.key === SYNC_ACCOUNT_KEY && check();
    addEventListener(SYNC_ACCOUNT_EVENT, check);
    addEventListener('storage', onStorage);
    return () => {
      live = false;
      removeEventListener(SYNC_ACCOUNT_EVENT, check);
      removeEventListener('storage', onStorage);
    };
  }, []);
  return Status ? <Status /> : null;
}
