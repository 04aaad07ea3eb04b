import { vi } from 'vitest';

/*
 * Just enough of a browser for the progress store: a localStorage that can be made full
 * or unavailable, and `storage` events between "tabs" (fresh module instances).
 */

export class FakeStorage {
  readonly data = new Map<string, string>();
  full = false;

  get length(): number {
    return this.data.size;
  }
  key(index: number): string | null {
    return [...this.data.keys()][index] ?? null;
  }
  getItem(key: string): string | null {
    return this.data.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    if (this.full) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    this.data.set(key, String(value));
  }
  removeItem(key: string): void {
    this.data.delete(key);
  }
  clear(): void {
    this.data.clear();
  }
  keys(prefix: string): string[] {
    return [...this.data.keys()].filter((key) => key.startsWith(prefix));
  }
}

type Listener = (event: { key: string | null; newValue: string | null }) => void;

export type FakeWindow = { localStorage: FakeStorage; listeners: Set<Listener> };

/** Installs a window whose localStorage is `storage`, or throws on access when null. */
export function installWindow(storage: FakeStorage | null): FakeWindow {
  const listeners = new Set<Listener>();
  const fake = {
    get localStorage(): FakeStorage {
      if (!storage) throw new DOMException('The operation is insecure.', 'SecurityError');
      return storage;
    },
    addEventListener: (type: string, listener: Listener) => {
      if (type === 'storage') listeners.add(listener);
    },
    removeEventListener: (type: string, listener: Listener) => {
      if (type === 'storage') listeners.delete(listener);
    },
  };
  vi.stubGlobal('window', fake);
  return { localStorage: storage ?? new FakeStorage(), listeners };
}

/** A fresh copy of the store module: one browser tab, or one page load. */
export async function openTab() {
  vi.resetModules();
  const store = await import('@/components/progress-store');
  const transfer = await import('@/components/progress-transfer');
  return { ...store, ...transfer };
}
