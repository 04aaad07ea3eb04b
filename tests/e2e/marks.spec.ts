import { readFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { answerOnNote, FIREHOSE_NOTE, GLUE_NOTE, seriousViolations, siteEntries } from './helpers';
import { seedLegacyProgress, studyDump } from './study-db';

/*
 * The student's own marks on a question: a flag, a personal note, a suspension from
 * review, and the question's whole history. They live in the study log, so they survive a
 * reload and an export/import; practice draws from them, and review leaves suspended
 * questions out.
 */

const GLUE_Q = 'etl-glue-minimal-operations--q1';
const FIREHOSE_Q = 'kinesis-firehose-destinations--q1';
const ATHENA_NOTE = 'athena-partition-projection';
const inner = { useInnerText: true };
const NOTE_TEXT = 'Glue: 서버리스, 운영 최소. EMR은 클러스터 관리가 필요.';

/** The toolbar of one question, once its code and the store have loaded. */
async function marksOf(page: Page, questionId: string): Promise<Locator> {
  const marks = page.locator(`[data-testid="question-marks"][data-question-id="${questionId}"]`);
  await expect(marks.getByTestId('marks-flag')).toBeEnabled();
  return marks;
}

async function expectMarked(marks: Locator) {
  await expect(marks.getByTestId('marks-flag')).toHaveAttribute('aria-pressed', 'true');
  await expect(marks.getByTestId('marks-suspend')).toHaveAttribute('aria-pressed', 'true');
  await expect(marks.getByTestId('marks-note-text')).toContainText(NOTE_TEXT);
  await expect(marks.getByTestId('marks-suspended')).toContainText('복습 보류 중', inner);
}

async function openStats(page: Page): Promise<void> {
  await page.goto('/stats/');
  await expect(page.getByTestId('stats-dashboard')).toHaveAttribute('data-ready', 'true', { timeout: 15_000 });
}

test.describe('a student’s own marks on questions', () => {
  test('flag, note, suspend and history on a note survive a reload and an export/import round trip', async ({ page, browser }, testInfo) => {
    // Two browsers, a reload, an export and two imports: longer than one page's test on a busy machine.
    test.slow();
    await page.goto(GLUE_NOTE);
    const marks = await marksOf(page, GLUE_Q);
    // History shows past picks: not before this view has shown the answer.
    await expect(marks.getByTestId('marks-history')).toHaveCount(0);

    await marks.getByTestId('marks-flag').click();
    await expect(marks.getByTestId('marks-flag')).toHaveAttribute('aria-pressed', 'true');

    // The note editor, by keyboard: letters typed in it are the note's, never the quiz's picks.
    await marks.getByTestId('marks-note').focus();
    await page.keyboard.press('Enter');
    const editor = marks.getByTestId('marks-editor');
    const field = editor.getByRole('textbox', { name: '이 문제에 대한 메모' });
    await expect(field).toBeFocused();
    await page.keyboard.type('abc');
    await expect(page.locator('.quiz-option[data-state="chosen"]')).toHaveCount(0);
    await page.keyboard.press('Escape');
    await expect(editor).toHaveCount(0);
    await expect(marks.getByTestId('marks-note')).toBeFocused();
    await expect(marks.getByTestId('marks-note-text')).toHaveCount(0);
    await page.keyboard.press('Enter');
    await field.fill(NOTE_TEXT);
    await expect(editor).toContainText(`${NOTE_TEXT.length} / 2,000자`, inner);
    await page.keyboard.press('Control+Enter');
    await expect(marks.getByTestId('marks-note-text')).toContainText(NOTE_TEXT);

    await marks.getByTestId('marks-suspend').click();
    await expectMarked(marks);
    await expect.poll(async () => (await studyDump(page)).marks.map((mark) => mark.kind).sort()).toEqual(['flag', 'note', 'suspend']);

    // Answered wrong, the history opens: one answer on this note.
    const quiz = page.getByTestId('quiz');
    await quiz.getByRole('radio', { name: /^B\./ }).check();
    await quiz.getByTestId('quiz-submit').click();
    await expect(quiz).toHaveAttribute('data-phase', 'graded');
    await marks.getByTestId('marks-history').click();
    await expect(marks.getByTestId('marks-history')).toHaveAttribute('aria-expanded', 'true');
    const entries = marks.getByTestId('marks-history-entry');
    await expect(entries).toHaveCount(1);
    await expect(entries.first()).toContainText('노트 · 고른 답 B · 오답', inner);
    expect(await seriousViolations(page)).toEqual([]);

    // A reload keeps every mark; a clean right answer and its rating join the history, newest first.
    await page.reload();
    const again = await marksOf(page, GLUE_Q);
    await expectMarked(again);
    await answerOnNote(page, GLUE_NOTE, ['A']);
    await page.getByTestId('rate-good').click();
    await expect(page.getByTestId('rating-bar')).toHaveAttribute('data-rated', 'good');
    const reloaded = await marksOf(page, GLUE_Q);
    await reloaded.getByTestId('marks-history').click();
    const history = reloaded.getByTestId('marks-history-entry');
    await expect(history).toHaveCount(3);
    await expect(history.nth(0)).toHaveAttribute('data-kind', 'rating');
    await expect(history.nth(0)).toContainText('평가: 좋음', inner);
    await expect(history.nth(1)).toHaveAttribute('data-result', 'correct');
    await expect(history.nth(1)).toContainText('노트 · 고른 답 A · 정답', inner);
    await expect(history.nth(2)).toHaveAttribute('data-result', 'wrong');

    // Export carries the marks (version 4); a fresh browser imports them with the answers.
    await openStats(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('stats-export').click()]);
    const file = await download.path();
    const exported = JSON.parse(readFileSync(file, 'utf8'));
    expect(exported.progress.version).toBe(4);
    expect(exported.progress.marks).toHaveLength(3);

    const fresh = await browser.newContext({ baseURL: testInfo.project.use.baseURL });
    const other = await fresh.newPage();
    await openStats(other);
    await other.getByTestId('stats-import').setInputFiles(file);
    const result = other.getByTestId('stats-import-result');
    await expect(result).toHaveAttribute('data-ok', 'true');
    await expect(result).toContainText('표시 +3', inner);
    await other.goto(GLUE_NOTE);
    const imported = await marksOf(other, GLUE_Q);
    await expectMarked(imported);
    await other.getByTestId('quiz').getByRole('radio', { name: /^A\./ }).check();
    await other.getByTestId('quiz').getByTestId('quiz-submit').click();
    await imported.getByTestId('marks-history').click();
    await expect(imported.getByTestId('marks-history-entry')).toHaveCount(4);

    // Undone: unflagged, note deleted, unsuspended; the same file imported again changes nothing.
    await imported.getByTestId('marks-flag').click();
    await imported.getByTestId('marks-suspend').click();
    await imported.getByTestId('marks-note').click();
    await imported.getByTestId('marks-delete-note').click();
    await expect(imported.getByTestId('marks-flag')).toHaveAttribute('aria-pressed', 'false');
    await expect(imported.getByTestId('marks-suspend')).toHaveAttribute('aria-pressed', 'false');
    await expect(imported.getByTestId('marks-note-text')).toHaveCount(0);
    await openStats(other);
    await other.getByTestId('stats-import').setInputFiles(file);
    await expect(other.getByTestId('stats-import-result')).toContainText('새 기록이 없습니다');
    await other.goto(GLUE_NOTE);
    const undone = await marksOf(other, GLUE_Q);
    await expect(undone.getByTestId('marks-flag')).toHaveAttribute('aria-pressed', 'false');
    await expect(undone.getByTestId('marks-note-text')).toHaveCount(0);
    await fresh.close();
  });

  test('digits typed in a note after a right answer are the note\'s text, never a rating', async ({ page }) => {
    await answerOnNote(page, GLUE_NOTE, ['A']);
    await expect(page.getByTestId('rating-bar')).toHaveAttribute('data-rated', 'none');
    const marks = await marksOf(page, GLUE_Q);
    await marks.getByTestId('marks-note').click();
    const field = marks.getByTestId('marks-editor').getByRole('textbox', { name: '이 문제에 대한 메모' });
    await field.focus();
    await page.keyboard.type('S3 버킷 정책 3가지 1 2 4');
    await expect(field).toHaveValue('S3 버킷 정책 3가지 1 2 4');
    await page.keyboard.press('Control+Enter');
    await expect(marks.getByTestId('marks-note-text')).toContainText('S3 버킷 정책 3가지 1 2 4');
    // The flag button takes its own keys too: a digit on it rates nothing.
    await marks.getByTestId('marks-flag').focus();
    await page.keyboard.press('3');
    await expect(page.getByTestId('rating-bar')).toHaveAttribute('data-rated', 'none');
    await expect.poll(async () => (await studyDump(page)).marks.map((mark) => mark.text)).toEqual(['S3 버킷 정책 3가지 1 2 4']);
    expect((await studyDump(page)).ratings).toEqual([]);
    // Outside the toolbar the digits still rate.
    await page.getByTestId('quiz-status').focus();
    await page.keyboard.press('3');
    await expect(page.getByTestId('rating-bar')).toHaveAttribute('data-rated', 'good');
  });

  test('a fast double click on the flag writes one mark, not the same toggle twice', async ({ page }) => {
    await page.goto(GLUE_NOTE);
    const marks = await marksOf(page, GLUE_Q);
    await marks.getByTestId('marks-flag').dblclick();
    await expect(marks.getByTestId('marks-flag')).toHaveAttribute('aria-pressed', 'true');
    await marks.getByTestId('marks-flag').click();
    await expect(marks.getByTestId('marks-flag')).toHaveAttribute('aria-pressed', 'false');
    await expect.poll(async () => (await studyDump(page)).marks.map((mark) => mark.kind).sort()).toEqual(['flag', 'unflag']);
  });

  test('practice draws exactly the flagged, the missed-anywhere and the suspended questions', async ({ page }) => {
    const athena = (await siteEntries(page)).filter((entry) => entry.slug === ATHENA_NOTE);
    expect(athena).toHaveLength(1);
    const ATHENA_Q = athena[0]?.id ?? '';

    // Flagged: Glue, answered right only.
    await answerOnNote(page, GLUE_NOTE, ['A']);
    const glueMarks = await marksOf(page, GLUE_Q);
    await glueMarks.getByTestId('marks-flag').click();
    // Pressed once the write has landed: leaving the page sooner would cut it off.
    await expect(glueMarks.getByTestId('marks-flag')).toHaveAttribute('aria-pressed', 'true');
    // Missed anywhere: Firehose, wrong once, then right (its latest answer is right).
    await answerOnNote(page, FIREHOSE_NOTE, ['A', 'B']);
    await answerOnNote(page, FIREHOSE_NOTE, ['A', 'C']);
    await expect(page.getByTestId('quiz-status')).toContainText('정답입니다');
    // Suspended: Athena, never answered.
    await page.goto(`/notes/${ATHENA_NOTE}/`);
    await (await marksOf(page, ATHENA_Q)).getByTestId('marks-suspend').click();
    await expect.poll(async () => (await studyDump(page)).marks.length).toBe(2);

    await page.goto('/practice/');
    const source = page.getByTestId('practice-source');
    await expect(source.getByRole('radio', { name: '모든 문제' })).toBeChecked();
    const matches = page.getByTestId('practice-match-count');
    for (const [label, expected] of [
      ['플래그한 문제', GLUE_Q],
      ['한 번이라도 틀린 문제 (노트·연습·모의고사·복습)', FIREHOSE_Q],
      ['복습 보류한 문제', ATHENA_Q],
    ] as const) {
      await source.getByRole('radio', { name: label }).check();
      await expect(matches).toHaveAttribute('data-count', '1');
      await page.getByTestId('practice-start').click();
      const run = page.getByTestId('practice-run');
      await expect(run).toHaveAttribute('data-question', expected);
      await expect(run.getByTestId('practice-position')).toContainText('1문제 중 1번째', inner);
      // The toolbar is in practice too, showing the mark that brought the question here.
      await expect(run.getByTestId('question-marks')).toHaveAttribute('data-question-id', expected);
      await page.goto('/practice/');
      // The unfinished session resumes on a reload: this test closes it and starts over.
      await page.evaluate(async () => {
        const db = await new Promise<IDBDatabase>((resolve, reject) => {
          const request = indexedDB.open('aws-notes');
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
        await new Promise((resolve) => {
          const request = db.transaction('open', 'readwrite').objectStore('open').delete('practice');
          request.onsuccess = resolve;
        });
        db.close();
      });
      await page.reload();
    }
    // "Only answered wrong" is the latest answer: Firehose's is right now, so nothing.
    await page.getByRole('checkbox', { name: '최근에 틀린 문제만' }).check();
    await source.getByRole('radio', { name: '모든 문제' }).check();
    await expect(matches).toHaveAttribute('data-count', '0');
  });

  test('a suspended question is not offered in review, nor counted due; unsuspended, it is back', async ({ page }) => {
    // Both answered wrong two days ago: due now.
    const at = new Date(Date.now() - 2 * 86_400_000).toISOString();
    const attempts = [GLUE_Q, FIREHOSE_Q].map((questionId, index) => ({ id: `seeded-${index}`, questionId, fingerprint: 'seeded', chosen: ['B'], correct: false, at, mode: 'note' }));
    await seedLegacyProgress(page, { version: 2, attempts, ratings: [], sessions: [] });
    await page.goto('/review/');
    await expect(page.getByTestId('review-due-count')).toHaveAttribute('data-count', '2');

    await page.goto(FIREHOSE_NOTE);
    await (await marksOf(page, FIREHOSE_Q)).getByTestId('marks-suspend').click();
    await expect(page.getByTestId('nav-due-count')).toHaveAttribute('data-count', '1');

    await page.goto('/review/');
    await expect(page.getByTestId('review-due-count')).toHaveAttribute('data-count', '1');
    await page.getByTestId('review-start').click();
    const run = page.getByTestId('review-run');
    await expect(run.getByTestId('review-position')).toContainText('1 / 1');
    await expect(run.getByTestId('question-marks')).toHaveAttribute('data-question-id', GLUE_Q);

    await page.goto(FIREHOSE_NOTE);
    await (await marksOf(page, FIREHOSE_Q)).getByTestId('marks-suspend').click();
    await expect(page.getByTestId('nav-due-count')).toHaveAttribute('data-count', '2');
  });
});
