/*
 * Where a build's time went, read from `next build`'s own output: compile, type-check and
 * static generation (with its page and worker counts), so a slow build says which step grew.
 */

export type NextPhases = {
  compileSeconds: number | null;
  /** null when the build skipped validation of types. */
  typeCheckSeconds: number | null;
  pagesSeconds: number | null;
  pages: number | null;
  workers: number | null;
};

/** Next's durations (build/duration-to-string): `250ms`, `3.2s`, `45s`, `2.5min`. */
export function parseDuration(text: string): number | null {
  const match = /^(\d+(?:\.\d+)?)(ms|s|min)$/.exec(text.trim());
  if (!match) return null;
  const value = Number(match[1]);
  const unit = match[2];
  return unit === 'ms' ? value / 1000 : unit === 'min' ? value * 60 : value;
}

const durationAfter = (log: string, pattern: RegExp) => {
  const found = pattern.exec(log)?.[1];
  return found === undefined ? null : parseDuration(found);
};

export function nextPhases(log: string): NextPhases {
  const pages = /Generating static pages using (\d+) workers? \((\d+)\/\2\) in (\S+)/.exec(log);
  return {
    compileSeconds: durationAfter(log, /Compiled successfully in (\S+)/),
    typeCheckSeconds: durationAfter(log, /Finished TypeScript in (\S+?)(?: \.\.\.)?$/m),
    pagesSeconds: pages?.[3] === undefined ? null : parseDuration(pages[3]),
    pages: pages?.[2] === undefined ? null : Number(pages[2]),
    workers: pages?.[1] === undefined ? null : Number(pages[1]),
  };
}

const seconds = (value: number | null) => (value === null ? '?' : `${value.toFixed(1)} s`);

export function formatPhases(phases: NextPhases): string {
  const types = phases.typeCheckSeconds === null ? 'types skipped' : `types ${seconds(phases.typeCheckSeconds)}`;
  const pages = `${phases.pages ?? '?'} pages on ${phases.workers ?? '?'} worker(s) ${seconds(phases.pagesSeconds)}`;
  return `next build: compile ${seconds(phases.compileSeconds)}, ${types}, ${pages}`;
}

/**
 * How the app's `npm run build` said it built, on its first line (scripts/build.ts): a full
 * build compiling the app, or a content-only rebuild; undefined when it said neither. The
 * bench's log puts each line after its time, `[   0.4 s] `.
 */
export function buildMode(log: string): 'full' | 'rebuild' | undefined {
  const said = /^(?:\[\s*[\d.]+ s\] )?(full build|content-only rebuild) \(/m.exec(log)?.[1];
  return said === undefined ? undefined : said === 'full build' ? 'full' : 'rebuild';
}
