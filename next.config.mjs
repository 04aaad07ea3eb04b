/** @type {import('next').NextConfig} */
const nextConfig = {
  // Static-first: `next build` writes a plain site to out/ that any static host can serve.
  output: 'export',
  trailingSlash: true,
  images: { unoptimized: true },
  reactStrictMode: true,
};

export default nextConfig;
