import type { MetadataRoute } from 'next';
import { SITE_NAME, SITE_SHORT_NAME } from '@/lib/site-name';

/* The web app manifest: what a phone or desktop installs (served as /manifest.webmanifest). */

export const dynamic = 'force-static';

export default function manifest(): MetadataRoute.Manifest {
  return {
    id: '/',
    name: SITE_NAME,
    short_name: SITE_SHORT_NAME,
    description: 'AWS 자격증 노트를 읽고, 문제를 풀고, 연습·모의고사·복습으로 공부합니다. 오프라인에서도 됩니다.',
    lang: 'ko',
    dir: 'ltr',
    start_url: '/',
    scope: '/',
    display: 'standalone',
    orientation: 'any',
    // The page's own theme-color meta follows light and dark; the manifest has one of each field.
    background_color: '#ffffff',
    theme_color: '#1d4ed8',
    categories: ['education'],
    icons: [
      { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: '/icons/maskable-192.png', sizes: '192x192', type: 'image/png', purpose: 'maskable' },
      { src: '/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      { src: '/icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
    ],
    shortcuts: [
      { name: '연습', url: '/practice/' },
      { name: '모의고사', url: '/exam/' },
      { name: '복습', url: '/review/' },
    ],
  };
}
