import { useState } from 'react';

/*
 * How many cards the home page shows for an address: its first screen, then a page more at
 * each "more". Kept per tab for the address last shown, so Back from a note far down the
 * list draws as many cards as were left, and the scroll position (use-home-scroll.ts) lands.
 */

const KEY = 'aws-notes/home-shown';
export const MORE_CARDS = 48;

function saved(address: string): number | null {
  try {
    const value = sessionStorage.getItem(KEY) ?? '';
    const at = value.indexOf(' ');
    const count = Number(value.slice(0, at));
    return at > 0 && value.slice(at + 1) === address && Number.isInteger(count) && count > 0 ? count : null;
  } catch {
    return null;
  }
}

function save(address: string, count: number): void {
  try {
    sessionStorage.setItem(KEY, `${count} ${address}`);
  } catch {
    // Without storage, Back shows the first screen again.
  }
}

/** `address`: the list's query (its filter and sort); `first`: the cards the page came with. */
export function useShownCount(address: string, first: number): [number, () => void] {
  const [state, setState] = useState(() => ({ address, count: saved(address) ?? first }));
  const count = state.address === address ? state.count : (saved(address) ?? first);
  const showMore = () => {
    save(address, count + MORE_CARDS);
    setState({ address, count: count + MORE_CARDS });
  };
  return [count, showMore];
}
