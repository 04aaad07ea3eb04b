/**
 * UI text for browsing notes (the home page's filters and the note cards), in Korean and
 * English (see lib/i18n.ts). Its own table, so the note page's JS does not carry it.
 */
export const homeMessages = {
  noteCountOne: { ko: '{n}개 노트', en: '{n} note' },
  noteCountMany: { ko: '{n}개 노트', en: '{n} notes' },
  questionCountOne: { ko: '{n}문제', en: '{n} question' },
  questionCountMany: { ko: '{n}문제', en: '{n} questions' },
  filterOpen: { ko: '필터', en: 'Filters' },
  filterDone: { ko: '완료', en: 'Done' },
  filterChosen: { ko: '선택한 태그', en: 'Chosen tags' },
  filterNone: { ko: '아직 고른 태그가 없습니다.', en: 'No tag chosen yet.' },
  filterMore: { ko: '{n}개 더', en: '{n} more' },
  filterMoreTags: { ko: '태그 {n}개 더 보기', en: 'Show {n} more tags' },
  filterMoreTagsOne: { ko: '태그 {n}개 더 보기', en: 'Show {n} more tag' },
  filterFewerTags: { ko: '태그 접기', en: 'Fewer tags' },
  filterAllTags: { ko: '모든 태그 ({n}개 더)', en: 'All tags ({n} more)' },
  filterMoreHint: { ko: '고르면 노트가 남지 않는 태그', en: 'tags that would leave no note' },
  removeFilter: { ko: '필터에서 빼기', en: 'Remove from the filter' },
  listLoading: { ko: '노트 목록을 불러오는 중…', en: 'Loading the note list…' },
  listFailed: { ko: '노트 목록을 불러오지 못했습니다. 연결을 확인하고 다시 시도하세요.', en: 'The note list did not load. Check the connection and try again.' },
  listRetry: { ko: '다시 시도', en: 'Try again' },
  moreNotes: { ko: '노트 더 보기 ({n}개 남음)', en: 'More notes ({n} left)' },
  moreNotesByTag: { ko: '나머지 {n}개 노트는 태그별로 보기', en: 'The other {n} notes, by tag' },
} as const;
