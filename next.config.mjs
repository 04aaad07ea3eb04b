/** @type {import('next').NextConfig} */
const nextConfig = {
  // Static-first: `next build` writes a plain site to out/ that any static host can serve.
  output: 'export',
  // A second site (a student's vault, the real-notes check) can build beside the main one.
  ...(process.env.NEXT_DIST_DIR ? { distDir: process.env.NEXT_DIST_DIR } : {}),
  trailingSlash: true,
  images: { unoptimized: true },
  reactStrictMode: true,
};

export default nextConfig;
