import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import './globals.css';

export const metadata: Metadata = {
  title: 'AWS 자격증 노트',
  description: 'AWS 자격증 학습 노트와 문제 풀이',
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="ko">
      <body className="bg-white text-zinc-900 antialiased">{children}</body>
    </html>
  );
}
