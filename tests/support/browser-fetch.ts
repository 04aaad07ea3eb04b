/*
 * A browser's fetch for Node, as the sync tests need one: a cookie jar, so the session
 * cookie CouchDB sets on sign-in goes back with each request that includes credentials
 * (Node's own fetch keeps no cookies), and a switch that drops the network.
 */

export type BrowserFetch = typeof fetch & {
  /** Lets `requests` more through, then every request fails as on a dropped network; null: the network is back. */
  cutAfter: (requests: number | null) => void;
};

export type BrowserOptions = {
  /** False: a browser that keeps no cookie of this server (Safari, for a server of another site). */
  keepsCookies?: boolean;
};

export function browserFetch({ keepsCookies = true }: BrowserOptions = {}): BrowserFetch {
  let cookie: string | null = null;
  let left: number | null = null;
  const send = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    if (left !== null) {
      // What a browser's fetch throws when nothing answers: the client tells it as 'unreachable'.
      if (left <= 0) throw new TypeError('Failed to fetch');
      left -= 1;
    }
    const headers = new Headers(init?.headers);
    if (cookie && init?.credentials === 'include') headers.set('Cookie', cookie);
    const response = await fetch(input, { ...init, headers });
    // The last one set wins; an empty value (sign-out sets one, expired) removes the cookie, as a browser does.
    const set = response.headers.getSetCookie().at(-1);
    if (set && keepsCookies) cookie = /^[^=]+=;/.test(set) ? null : (set.split(';')[0] ?? null);
    return response;
  };
  return Object.assign(send, {
    cutAfter: (requests: number | null) => {
      left = requests;
    },
  });
}
