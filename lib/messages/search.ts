/**
 * UI text for search (the header's box and results, and /search), in Korean and English
 * (see lib/i18n.ts). The layout renders the box's words on the server, so they stay out of
 * the text every page's JS carries.
 */
export const searchMessages = {
  searchLabel: { ko: '노트 검색', en: 'Search notes' },
  searchHint: { ko: '검색', en: 'Search' },
  searchTitle: { ko: '검색', en: 'Search' },
  searchIntro: {
    ko: '제목, 별칭, 태그, 핵심 포인트, 주요 개념, 문제와 보기에서 찾습니다. 조사가 붙어도(글루를), 합성어 안이어도(배치처리), 초성만 쳐도(ㅂㅁㅋ) 찾습니다. AWS 용어는 한글로 쳐도 영어로 쓴 노트까지 찾고(서버리스 → serverless, 비용 최적화 → cost optimization), 자모 하나가 틀려도(파티숀) 찾습니다.',
    en: 'Searches titles, aliases, tags, key points, concepts, questions and options. Particles (글루를), words inside compounds (배치처리) and initials (ㅂㅁㅋ) all work. AWS words find their Korean and English spellings both ways (서버리스 ↔ serverless, 비용 최적화 ↔ cost optimization), and a Korean word one letter off (파티숀) still finds its notes.',
  },
  searchLoading: { ko: '검색 색인을 불러오는 중…', en: 'Loading the search index…' },
  searchFailed: { ko: '검색 색인을 불러오지 못했습니다.', en: 'Could not load the search index.' },
  searchRetry: { ko: '다시 시도', en: 'Try again' },
  searchEmptyQuery: { ko: '찾을 낱말을 입력하세요.', en: 'Type what to look for.' },
  searchNoResults: { ko: '‘{query}’에 맞는 노트가 없습니다', en: 'No note matches ‘{query}’' },
  searchNoResultsHint: {
    ko: '낱말을 줄이거나, 다른 표기(Glue / 글루)나 초성으로 찾아 보세요.',
    en: 'Use fewer words, another spelling (Glue / 글루) or Korean initials.',
  },
  searchCount: { ko: '{count}개 노트', en: '{count} notes' },
  searchCountOne: { ko: '{count}개 노트', en: '{count} note' },
  searchShowAll: { ko: '모든 결과 보기', en: 'Show all results' },
  searchKeysHint: { ko: '↑↓ 이동 · Enter 열기 · Esc 닫기', en: '↑↓ move · Enter open · Esc close' },
  searchTagFilter: { ko: '태그로 좁히기', en: 'Narrow by tag' },
  searchMoreTags: { ko: '태그 {count}개 더 보기', en: 'Show {count} more tags' },
  searchMoreTagsOne: { ko: '태그 {count}개 더 보기', en: 'Show {count} more tag' },
  searchFewerTags: { ko: '태그 접기', en: 'Show fewer tags' },
  searchClearTags: { ko: '태그 지우기', en: 'Clear tags' },
  searchNoneWithTags: { ko: '선택한 태그가 모두 붙은 결과가 없습니다.', en: 'No result has all the chosen tags.' },
} as const;
