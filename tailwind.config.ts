import typography from '@tailwindcss/typography';
import type { Config } from 'tailwindcss';

// Tailwind 4 reads its theme from CSS; this file (loaded by app/globals.css through
// `@config`) holds the plugins and the places classes are found.
const config: Config = {
  content: ['./app/**/*.{ts,tsx}', './components/**/*.{ts,tsx}'],
  plugins: [typography],
};

export default config;
