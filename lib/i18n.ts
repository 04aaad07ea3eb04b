/*
 * UI text in Korean (the default) and English. Pages render both and CSS shows the one
 * matching <html lang>, so switching needs no reload and never flashes the wrong one.
 * The study pages' own text is in lib/study-messages.ts, so reading pages never ship it.
 */

export const LANGUAGES = ['ko', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export const messages = {
  siteName: { ko: 'AWS 자격증 노트', en: 'AWS Exam Notes' },
  skipToContent: { ko: '본문으로 건너뛰기', en: 'Skip to content' },
  skipToQuiz: { ko: '문제로 건너뛰기 (Q)', en: 'Skip to the question (Q)' },
  navNotes: { ko: '노트', en: 'Notes' },
  navTags: { ko: '태그', en: 'Tags' },
  switchLanguage: { ko: 'English', en: '한국어' },
  switchLanguageLabel: { ko: '영어로 보기', en: 'Show in Korean' },
  themeLabel: { ko: '다크 모드 전환', en: 'Toggle dark mode' },
  notesHeading: { ko: '모든 노트', en: 'All notes' },
  filterHeading: { ko: '태그로 좁히기', en: 'Filter by tag' },
  sortLabel: { ko: '정렬', en: 'Sort' },
  sortNewest: { ko: '최신순', en: 'Newest' },
  sortTitle: { ko: '제목순', en: 'Title' },
  clearFilters: { ko: '필터 지우기', en: 'Clear filters' },
  shownNotes: { ko: '개 노트', en: ' notes' },
  emptyTitle: { ko: '조건에 맞는 노트가 없습니다', en: 'No note has all these tags' },
  emptyHint: { ko: '태그를 하나 빼거나 필터를 지워 보세요.', en: 'Remove a tag or clear the filters.' },
  questions: { ko: '문제', en: 'questions' },
  question: { ko: '문제', en: 'Question' },
  lastCorrect: { ko: '최근: 정답', en: 'Last: correct' },
  lastWrong: { ko: '최근: 오답', en: 'Last: wrong' },
  lastRevealed: { ko: '최근: 해설 본 뒤 정답', en: 'Last: right after seeing the answer' },
  notAnswered: { ko: '아직 풀지 않음', en: 'Not answered yet' },
  created: { ko: '작성', en: 'Created' },
  modified: { ko: '수정', en: 'Updated' },
  aliases: { ko: '별칭', en: 'Also known as' },
  contents: { ko: '목차', en: 'Contents' },
  related: { ko: '관련 노트', en: 'Related notes' },
  backlinks: { ko: '이 노트를 링크한 노트', en: 'Linked from' },
  previous: { ko: '이전 노트', en: 'Previous note' },
  next: { ko: '다음 노트', en: 'Next note' },
  tagsHeading: { ko: '태그', en: 'Tags' },
  notesTagged: { ko: '태그가 붙은 노트', en: 'Notes tagged' },
  tagNewestShown: { ko: '최신 노트 {n}개입니다.', en: 'The newest {n}.' },
  tagAllNotes: { ko: '{n}개 모두 보기', en: 'See all {n}' },
  allInNamespace: { ko: '전체 보기', en: 'All' },
  offline: { ko: '오프라인', en: 'Offline' },
  offlineLabel: { ko: '오프라인: 볼 수 있는 것', en: 'Offline: what is available' },
  notFoundTitle: { ko: '페이지를 찾을 수 없습니다', en: 'Page not found' },
  notFoundHint: { ko: '주소를 확인하거나 노트 목록으로 돌아가세요.', en: 'Check the address or go back to the notes.' },
  backToNotes: { ko: '노트 목록으로', en: 'Back to the notes' },
  selectOne: { ko: '하나를 고르세요', en: 'Choose one answer' },
  selectMany: { ko: '{n}개를 고르세요', en: 'Choose {n} answers' },
  submit: { ko: '채점하기', en: 'Check answer' },
  retry: { ko: '다시 풀기', en: 'Try again' },
  correct: { ko: '정답입니다', en: 'Correct' },
  wrong: { ko: '오답입니다', en: 'Incorrect' },
  correctRevealed: { ko: '정답 — 해설을 본 뒤라 맞힌 것으로 세지 않습니다', en: 'Right — after seeing the answer, so it does not count as known' },
  correctAnswer: { ko: '정답', en: 'Correct answer' },
  yourPick: { ko: '내 선택', en: 'Your pick' },
  explanationNotes: { ko: '추가 설명', en: 'More notes' },
  keyboardHint: { ko: '키보드: {letters} 또는 {numbers} 선택, Enter 채점', en: 'Keys: {letters} or {numbers} choose, Enter checks' },
  keyboardHintGraded: { ko: '키보드: R 다시 풀기', en: 'Keys: R retries' },
  selectedCount: { ko: '{k} / {n} 선택', en: '{k} / {n} selected' },
  pickRefused: { ko: '{n}개까지 고를 수 있습니다. 하나를 해제하고 고르세요.', en: 'You can choose {n}. Clear one to choose another.' },
  keyPoint: { ko: '핵심 포인트', en: 'Key point' },
  answerWords: { ko: '정답 요약', en: 'In short' },
  practiseNote: { ko: '이 노트로 연습', en: 'Practise this note' },
  practiseNoteQuestions: { ko: '이 노트의 문제 {n}개 연습', en: 'Practise this note’s {n} questions' },
  questionList: { ko: '문제 {n}개', en: '{n} questions' },
  jumpToQuestion: { ko: '문제로 바로 가기', en: 'Jump to a question' },
  showTranslation: { ko: '번역 보기', en: 'Show translation' },
  translation: { ko: '번역', en: 'Translation' },
  unansweredSheet: {
    ko: '이 노트의 문제 {n}개는 정답이 적혀 있지 않아 채점하지 않습니다. 읽기용으로만 보여 주며 연습·시험·복습에는 나오지 않습니다.',
    en: '{n} questions in this note have no answer written, so they are not graded: shown for reading, never in practice, exams or review.',
  },
  practiseNotes: { ko: '이 노트들로 연습', en: 'Practise these notes' },
  loadFailed: { ko: '채점 정보를 불러오지 못했습니다. 다시 시도하세요.', en: 'Could not load the answer key. Try again.' },
  contentProblems: { ko: '노트 문제', en: 'Content problems' },
  progressReset: { ko: '저장된 기록을 읽을 수 없어 따로 보관하고 새로 시작합니다.', en: 'Saved progress could not be read; it was kept aside and a new record started.' },
  storageUnavailable: { ko: '이 브라우저에는 기록을 저장할 수 없어 이번 방문 동안만 유지됩니다.', en: 'This browser cannot save progress; it lasts for this visit only.' },
  progressFuture: {
    ko: '저장된 기록이 이 앱보다 새 버전에서 만들어져 읽을 수 없습니다. 따로 보관하고 새로 시작합니다.',
    en: 'Saved progress comes from a newer version of this app; it was kept aside and a new record started.',
  },
  navPractice: { ko: '연습', en: 'Practice' },
  navExam: { ko: '모의고사', en: 'Mock exam' },
  navReview: { ko: '복습', en: 'Review' },
  navStats: { ko: '통계', en: 'Stats' },
  rateHeading: { ko: '얼마나 잘 알았나요?', en: 'How well did you know it?' },
  rateAgain: { ko: '다시', en: 'Again' },
  rateHard: { ko: '어려움', en: 'Hard' },
  rateGood: { ko: '좋음', en: 'Good' },
  rateEasy: { ko: '쉬움', en: 'Easy' },
  intervalMinute: { ko: '{n}분', en: '{n} min' },
  intervalHour: { ko: '{n}시간', en: '{n} hour{s}' },
  intervalDay: { ko: '{n}일', en: '{n} day{s}' },
  intervalMonth: { ko: '{n}개월', en: '{n} month{s}' },
  intervalYear: { ko: '{n}년', en: '{n} year{s}' },
  dueSummary: { ko: '지금 {now} · 오늘 {today}', en: '{now} now · {today} today' },
  rated: { ko: '평가를 저장했습니다', en: 'Rating saved' },
  rateSaving: { ko: '평가를 저장하는 중…', en: 'Saving rating…' },
  rateUnrated: { ko: "평가하지 않으면 '어려움'으로 예약됩니다", en: 'Not rated: scheduled as Hard' },
  progressNotSaved: {
    ko: '저장 공간이 부족해 마지막 답을 저장하지 못했습니다. 탭을 닫기 전에 통계에서 내보내세요.',
    en: 'Storage is full: your last answers are not saved. Export them from Stats before closing the tab.',
  },
  editedSince: { ko: '문제가 수정됨', en: 'Question edited since' },
  loadingQuestions: { ko: '문제를 불러오는 중…', en: 'Loading questions…' },
} as const satisfies Record<string, Record<Language, string>>;


export type MessageKey = keyof typeof messages;

export type MessageValues = Readonly<Record<string, string | number>>;

/** Fills `{name}` in a message; an unknown name stays as written, so a typo shows. */
export function fill(template: string, values: MessageValues = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
