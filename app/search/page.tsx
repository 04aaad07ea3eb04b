import type { Metadata } from 'next';
import { Suspense } from 'react';
import { SearchPage } from '@/components/search/search-page';
import { SearchMessage } from '@/components/search/search-message';
import { SEARCH_INDEX_HREF } from '@/lib/links';
import { preloadFetch } from '@/components/ui/preload-fetch';

export const metadata: Metadata = { title: '검색', description: '모든 노트를 한국어와 영어로 검색합니다.' };

export default function Search() {
  preloadFetch(SEARCH_INDEX_HREF);
  return (
    <div className="page search-page">
      <h1 id="search-title" className="page-title">
        <SearchMessage k="searchTitle" />
      </h1>
      <p className="search-intro">
        <SearchMessage k="searchIntro" />
      </p>
      {/* The query lives in the URL (?q=), which a static page reads only in the browser. */}
      <Suspense>
        <SearchPage />
      </Suspense>
    </div>
  );
}
