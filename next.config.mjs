import os from 'node:os';
import { PHASE_DEVELOPMENT_SERVER } from 'next/constants.js';

/*
 * Next renders static pages on one worker fewer than the machine's cores, leaving its own
 * process a core, which then sits mostly idle while the pages render: on two cores that is
 * one worker. Two render 1,267 pages in 14-18 s where one took 19-24 s (`npm run
 * bench:build`, 1,000 notes); on more cores Next's own count stands.
 */
const cores = os.availableParallelism();
const pageWorkers = Math.max(Math.min(2, cores), cores - 1);

/** @type {(phase: string) => import('next').NextConfig} */
const nextConfig = (phase) => ({
  // Static-first: `next build` writes a plain site to out/ that any static host can serve.
  output: 'export',
  // A second site (a student's vault, the real-notes check) can build beside the main one.
  ...(process.env.NEXT_DIST_DIR ? { distDir: process.env.NEXT_DIST_DIR } : {}),
  trailingSlash: true,
  // `npm run build` names the build after the app's fingerprint (scripts/build-plan.ts), so a
  // content-only rebuild writes what a full build would; elsewhere Next picks a random id.
  generateBuildId: () => process.env.APP_BUILD_ID?.trim() || null,
  images: { unoptimized: true },
  reactStrictMode: true,
  // `*.dev.ts` routes serve on the dev server what a build writes as files after the export.
  pageExtensions: phase === PHASE_DEVELOPMENT_SERVER ? ['tsx', 'ts', 'dev.ts'] : ['tsx', 'ts'],
  // `npm run typecheck` (part of `npm test`) checks the whole project, tests included; the
  // build does not repeat that pass.
  typescript: { ignoreBuildErrors: true },
  // With no server source maps (below) there is nothing to map, yet Node's source-map support
  // in the page worker read every module it loaded for one (half a second of a build).
  ...(phase === PHASE_DEVELOPMENT_SERVER ? {} : { enablePrerenderSourceMaps: false }),
  experimental: {
    ...(phase === PHASE_DEVELOPMENT_SERVER ? {} : { cpus: pageWorkers }),
    // Links here never prefetch (PageLink) and the export drops prefetch files
    // (scripts/prune-export.ts), so the pass that sizes prefetch payloads, gzipping each
    // page's segments, was a quarter of the time spent rendering pages.
    prefetchInlining: false,
    // A static export ships no server code: it only runs while the pages are written, so
    // minifying it and mapping its sources were build time spent on nothing (about 3 s of
    // a 1,000-note build's compile; `npm run bench:build`). `next dev` keeps both.
    ...(phase === PHASE_DEVELOPMENT_SERVER ? {} : { turbopackMinify: { server: false, client: true }, turbopackSourceMaps: false }),
  },
});

export default nextConfig;
