/** @type {import('next').NextConfig} */
const nextConfig = {
  // Static-first: `next build` writes a plain site to out/ that any static host can serve.
  output: 'export',
  // A second site (a student's vault, the real-notes check) can build beside the main one.
  ...(process.env.NEXT_DIST_DIR ? { distDir: process.env.NEXT_DIST_DIR } : {}),
  trailingSlash: true,
  images: { unoptimized: true },
  reactStrictMode: true,
  webpack(config, { isServer }) {
    const splitChunks = config.optimization?.splitChunks;
    if (!isServer && splitChunks && splitChunks.cacheGroups) {
      // The layout and every page use the progress store and the UI text. Left to itself,
      // webpack copies these small modules into each page's chunk; one shared chunk is
      // fetched once and cached.
      splitChunks.cacheGroups.appShared = {
        test: /[\\/](lib[\\/](i18n|progress|browser-schema)|components[\\/](progress-store|t))\.tsx?$/,
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
