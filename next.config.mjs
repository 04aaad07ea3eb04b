/** @type {import('next').NextConfig} */
const nextConfig = {
  // Static-first: `next build` writes a plain site to out/ that any static host can serve.
  output: 'export',
  // A second site (a student's vault, the real-notes check) can build beside the main one.
  ...(process.env.NEXT_DIST_DIR ? { distDir: process.env.NEXT_DIST_DIR } : {}),
  trailingSlash: true,
  images: { unoptimized: true },
  reactStrictMode: true,
  // `npm run typecheck` (part of `npm test`) checks the whole project, tests included; the
  // build does not repeat that pass.
  typescript: { ignoreBuildErrors: true },
  webpack(config, { isServer }) {
    const splitChunks = config.optimization?.splitChunks;
    if (!isServer && splitChunks && splitChunks.cacheGroups) {
      // The layout and every page use the study store's door and the UI text. Left to
      // itself, webpack copies these small modules into each page's chunk; one shared chunk
      // is fetched once and cached. The store itself stays a lazy chunk of its own.
      splitChunks.cacheGroups.appShared = {
        test: /[\\/](lib[\\/]i18n|components[\\/](study[\\/]progress-client|ui[\\/]bilingual))\.tsx?$/,
        name: 'app-shared',
        chunks: 'all',
        enforce: true,
        priority: 30,
      };
    }
    return config;
  },
};

export default nextConfig;
