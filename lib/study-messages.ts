import { messages } from './i18n';
import { examMessages } from './messages/exam';
import { marksMessages } from './messages/marks';
import { practiceMessages } from './messages/practice';
import { reviewMessages } from './messages/review';
import { statsMessages } from './messages/stats';
import { syncMessages } from './messages/sync';

/*
 * UI text for the study pages (practice, exam, review, stats) on top of the shared text.
 * A table of its own: the client JS of the home and note pages carries only lib/i18n.ts.
 */

/** Text every study page shares. */
const sharedStudyMessages = {
  studyLoadFailed: { ko: '문제 목록을 불러오지 못했습니다.', en: 'Could not load the questions.' },
  studyRetryLoad: { ko: '다시 시도', en: 'Try again' },
} as const;

export const studyMessages = { ...messages, ...sharedStudyMessages, ...practiceMessages, ...examMessages, ...reviewMessages, ...statsMessages, ...marksMessages, ...syncMessages };

export type StudyMessageKey = keyof typeof studyMessages;
