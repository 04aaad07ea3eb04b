/*
 * Just enough of a browser for the study store: a localStorage that can be made full or
 * watched, and a channel between "tabs" (stores opened on the same IndexedDB factory).
 */

export class FakeStorage {
  readonly data = new Map<string, string>();
  full = false;
  /** Every setItem and removeItem, in order: what the store did to the old record and when. */
  readonly writes: string[] = [];

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
    this.writes.push(`set ${key}`);
    this.data.set(key, String(value));
  }
  removeItem(key: string): void {
    this.writes.push(`remove ${key}`);
    this.data.delete(key);
  }
  clear(): void {
    this.data.clear();
  }
  keys(prefix: string): string[] {
    return [...this.data.keys()].filter((key) => key.startsWith(prefix));
  }
  /** The DOM's Storage type, which a class instance cannot satisfy (it has an index signature). */
  asStorage(): Storage {
    const size = () => this.data.size;
    return {
      get length() {
        return size();
      },
      key: (index: number) => this.key(index),
      getItem: (key: string) => this.getItem(key),
      setItem: (key: string, value: string) => this.setItem(key, value),
      removeItem: (key: string) => this.removeItem(key),
      clear: () => this.clear(),
    };
  }
}

export type Channel = { postMessage: (message: unknown) => void; onmessage: ((event: MessageEvent) => void) | null; close: () => void };

/**
 * BroadcastChannel between tabs of one test: a message reaches every other open member, a
 * task later and as a copy, as in a browser.
 */
export class FakeBus {
  private readonly members = new Set<Channel>();
  /** Messages sent, for tests that check a tab told the others. */
  readonly sent: unknown[] = [];

  join(): Channel {
    const member: Channel = {
      onmessage: null,
      postMessage: (message) => {
        this.sent.push(message);
        for (const other of this.members) {
          if (other === member) continue;
          const data: unknown = structuredClone(message);
          // A channel closed before the message arrives never gets it.
          setTimeout(() => {
            if (this.members.has(other)) other.onmessage?.(new MessageEvent('message', { data }));
          }, 0);
        }
      },
      close: () => {
        this.members.delete(member);
      },
    };
    this.members.add(member);
    return member;
  }
}
