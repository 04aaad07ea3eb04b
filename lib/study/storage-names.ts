/*
 * The names the study record goes by in the browser, in one place: the store saves under
 * them, and a reading page asks whether anything was ever saved under them before it
 * loads the store's code.
 */

export const DB_NAME = 'aws-notes';
/** Each tab's store tells the others of its writes here. */
export const STUDY_CHANNEL = 'aws-notes/study';
/** Where the first releases kept progress; moved into IndexedDB on first load. */
export const LEGACY_PROGRESS_KEY = 'aws-notes/progress/v1';
/** Where the first release saved an exam in progress; moved into the study store on first load. */
export const LEGACY_EXAM_KEY = 'aws-notes/exam/v1';
