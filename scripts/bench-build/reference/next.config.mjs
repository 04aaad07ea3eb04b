// The bare reference for `npm run bench:build`: the app's export settings and nothing else.
/** @type {import('next').NextConfig} */
const nextConfig = { output: 'export', trailingSlash: true };

export default nextConfig;
