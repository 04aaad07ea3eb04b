/**
 * UI text for offline use (the update prompt, the offline page, "save every note"), in
 * Korean and English (see lib/i18n.ts). Only those islands load it.
 */
export const offlineMessages = {
  updateReady: { ko: '새 버전이 준비되었습니다.', en: 'A new version is ready.' },
  updateHint: { ko: '새로고침하면 바뀐 노트와 기능이 보입니다.', en: 'Reload to see the changed notes and features.' },
  updateReload: { ko: '새로고침', en: 'Reload' },
  updateLater: { ko: '나중에', en: 'Later' },
  offlineTitle: { ko: '오프라인에서 볼 수 있는 것', en: 'Available offline' },
  offlineMissing: {
    ko: '이 페이지({path})는 아직 이 기기에 저장되지 않았습니다. 연결되면 다시 열어 보세요.',
    en: 'This page ({path}) is not saved on this device yet. Open it again once you are online.',
  },
  offlineMissingNote: {
    ko: '‘{title}’ 노트는 아직 이 기기에 저장되지 않았습니다. 연결되면 다시 열어 보세요.',
    en: 'The note ‘{title}’ is not saved on this device yet. Open it again once you are online.',
  },
  offlineIntro: {
    ko: '연결이 없어도 문제 풀이, 연습, 모의고사, 복습, 검색은 그대로 됩니다. 답은 이 기기에 저장됩니다.',
    en: 'Without a connection, quizzes, practice, mock exams, review and search all work. Your answers are saved on this device.',
  },
  offlineRetry: { ko: '다시 시도', en: 'Try again' },
  offlineSearch: { ko: '검색', en: 'Search' },
  offlineStudyHeading: { ko: '공부', en: 'Study' },
  offlineSavedHeading: { ko: '저장된 노트', en: 'Saved notes' },
  offlineSavedTags: { ko: '저장된 태그 페이지', en: 'Saved tag pages' },
  offlineSavedNone: {
    ko: '아직 저장된 노트가 없습니다. 연결되어 있을 때 연 노트는 저장됩니다. 통계 페이지에서 모든 노트를 한 번에 저장할 수 있습니다.',
    en: 'No note is saved yet. Notes you open while online are kept; the stats page saves them all at once.',
  },
  offlineSavedLoading: { ko: '저장된 페이지를 확인하는 중…', en: 'Checking saved pages…' },
  offlineUnsupported: {
    ko: '이 브라우저에서는 오프라인 저장을 쓸 수 없습니다.',
    en: 'This browser cannot keep pages for offline use.',
  },
  saveAllHeading: { ko: '오프라인 저장', en: 'Offline use' },
  saveAllIntro: {
    ko: '문제 풀이, 연습, 모의고사, 복습, 검색은 이미 오프라인에서 됩니다. 노트는 연 것만 저장됩니다.',
    en: 'Quizzes, practice, mock exams, review and search already work offline. Notes are kept once opened.',
  },
  saveAllStatus: { ko: '페이지 {total}개 중 {saved}개 저장됨', en: '{saved} of {total} pages saved' },
  saveAllButton: { ko: '모든 노트 오프라인 저장 ({size})', en: 'Save every note offline ({size})' },
  saveAllSaving: { ko: '저장하는 중… {done} / {total}', en: 'Saving… {done} / {total}' },
  saveAllDone: { ko: '모든 노트와 태그 페이지가 이 기기에 저장되었습니다.', en: 'Every note and tag page is saved on this device.' },
  saveAllFailed: {
    ko: '{count}개 페이지를 저장하지 못했습니다. 연결을 확인하고 다시 시도하세요.',
    en: 'Could not save {count} pages. Check the connection and try again.',
  },
  saveAllWaiting: {
    ko: '오프라인 저장을 준비하는 중입니다. 잠시 후 다시 시도하세요.',
    en: 'Offline use is still being set up. Try again in a moment.',
  },
  saveAllListFailed: { ko: '저장할 페이지 목록을 불러오지 못했습니다.', en: 'Could not load the list of pages to save.' },
} as const;
