import { expect, test, type Page } from '@playwright/test';
import { GLUE_NOTE, gradedView, saveScreenshot, seriousViolations, siteQuestions, type SiteQuestion } from './helpers';
import { studyDump } from './study-db';

/*
 * The practice page: filters choose the questions, one question at a time with the quiz,
 * then a summary. The right answers come from the same answer-key files the quiz fetches.
 */

type BankQuestion = SiteQuestion;

const inner = { useInnerText: true };

const questionBank = siteQuestions;

async function answersOf(page: Page, question: BankQuestion): Promise<string[]> {
  const response = await page.request.get(`/quiz/${encodeURIComponent(question.slug)}.json`);
  const json: { questions: { id: string; answers: string[] }[] } = await response.json();
  const key = json.questions.find((each) => each.id === question.id);
  if (!key) throw new Error(`no answer key for ${question.id}`);
  return key.answers;
}

/** Answers the question on screen, right or wrong on purpose; returns which question it was. */
async function answerShown(page: Page, bank: BankQuestion[], right: boolean): Promise<BankQuestion> {
  const run = page.getByTestId('practice-run');
  const id = await run.getAttribute('data-question');
  const question = bank.find((each) => each.id === id);
  if (!question) throw new Error(`question ${id} is not in the bank`);
  const answers = await answersOf(page, question);
  const wrongFirst = [...question.options.map((option) => option.letter).filter((letter) => !answers.includes(letter)), ...answers];
  const picks = right ? answers : wrongFirst.slice(0, question.selectCount);
  const quiz = run.getByTestId('quiz');
  for (const letter of picks) await quiz.getByRole(question.selectCount > 1 ? 'checkbox' : 'radio', { name: new RegExp(`^${letter}\\.`) }).check();
  await quiz.getByTestId('quiz-submit').click();
  // A right pick made after the answer was shown reads "정답 — 해설을 본 뒤…", a clean one "정답입니다".
  await expect(quiz.getByTestId('quiz-status')).toContainText(right ? /^정답/ : '오답입니다');
  return question;
}

const tagBox = (page: Page, tag: string) => {
  const [namespace, value] = tag.split('/');
  return page.getByRole('group', { name: namespace, exact: true }).getByRole('checkbox', { name: new RegExp(`^${value}\\b`) });
};

test.describe('practice', () => {
  test('keys work the moment a question appears: b chooses B, Enter grades, with the focus on the question\'s heading', async ({ page }) => {
    // One single-answer question, so one letter is a whole answer.
    await page.goto(`/practice/?note=${GLUE_NOTE.split('/')[2]}`);
    await page.getByTestId('practice-start').click();
    const run = page.getByTestId('practice-run');
    await expect(run.getByTestId('quiz')).toBeVisible();
    await expect(run.getByTestId('practice-position')).toBeFocused();
    // Typing in the search box never answers the question.
    await page.locator('#site-search').fill('ab');
    await expect(run.locator('.quiz-option[data-state="chosen"]')).toHaveCount(0);
    await run.getByTestId('practice-position').focus();
    await page.keyboard.press('b');
    await expect(run.locator('.quiz-option[data-letter="B"]')).toHaveAttribute('data-state', 'chosen');
    await page.keyboard.press('Enter');
    await expect(run.getByTestId('quiz')).toHaveAttribute('data-phase', 'graded');
    await expect(run.getByTestId('quiz-status')).toContainText('오답입니다');
  });

  test('an unfinished session resumes after a reload at the same question', async ({ page }) => {
    const bank = await questionBank(page);
    await page.goto('/practice/');
    await expect(page.getByTestId('practice-match-count')).toHaveAttribute('data-count', String(bank.length));
    await page.getByTestId('practice-start').click();
    const first = await answerShown(page, bank, false);
    await page.getByTestId('practice-next').click();
    const second = await page.getByTestId('practice-run').getAttribute('data-question');
    await expect(page.getByTestId('practice-position')).toHaveText('10문제 중 2번째', inner);
    // The save is a write in flight: wait for it, as a reload in the same milliseconds could beat it.
    await expect.poll(async () => (await studyDump(page)).open.find((session) => session.mode === 'practice')?.current).toBe(1);

    await page.reload();
    await expect(page.getByTestId('practice-run')).toHaveAttribute('data-question', second ?? '');
    await expect(page.getByTestId('practice-position')).toHaveText('10문제 중 2번째', inner);
    await expect(page.getByTestId('practice-progress')).toHaveAttribute('value', '1');
    const open = (await studyDump(page)).open.find((session) => session.mode === 'practice');
    expect(open).toMatchObject({ current: 1, results: { [first.id]: false } });
  });

  test('a graded question resumes after a reload as it was: picks, grade, explanations, the rating row; rated then, the next follows', async ({ page }) => {
    const bank = await questionBank(page);
    await page.goto('/practice/');
    await expect(page.getByTestId('practice-match-count')).toHaveAttribute('data-count', String(bank.length));
    await page.getByTestId('practice-start').click();
    const run = page.getByTestId('practice-run');
    const quiz = run.getByTestId('quiz');
    const asked = await answerShown(page, bank, true);
    const answers = await answersOf(page, asked);
    await expect(run.getByTestId('rating-bar')).toHaveAttribute('data-rated', 'none');
    const before = await gradedView(quiz);
    expect(before.explanations.length).toBeGreaterThan(0);
    // The save is a write in flight: wait for it, as a reload in the same milliseconds could beat it.
    await expect.poll(async () => Object.keys((await studyDump(page)).open.find((session) => session.mode === 'practice')?.graded ?? {})).toEqual([asked.id]);

    await page.reload();
    await expect(run).toHaveAttribute('data-question', asked.id);
    await expect(quiz).toHaveAttribute('data-phase', 'graded');
    await expect(run.getByTestId('practice-position')).toHaveText('10문제 중 1번째', inner);
    await expect(run.getByTestId('practice-position')).toBeFocused();
    await expect(run.getByTestId('practice-progress')).toHaveAttribute('value', '1');
    await expect(quiz.getByTestId('quiz-status')).toHaveText('정답입니다', inner);
    for (const letter of answers) await expect(quiz.locator(`.quiz-option[data-letter="${letter}"]`)).toHaveAttribute('data-state', 'correct-picked');
    await expect(quiz.getByRole(asked.selectCount > 1 ? 'checkbox' : 'radio', { checked: true })).toHaveCount(answers.length);
    expect(await gradedView(quiz)).toEqual(before);
    await expect(run.getByTestId('practice-note-link')).toBeVisible();
    const bar = run.getByTestId('rating-bar');
    await expect(bar).toHaveAttribute('data-rated', 'none');
    await expect(bar.getByRole('button')).toHaveText([/^1\s*다시\s*\d+분$/, /^2\s*어려움\s*\d+분$/, /^3\s*좋음\s*\d+일$/, /^4\s*쉬움\s*\d+(일|개월)$/], inner);
    await page.evaluate(() => window.scrollTo(0, 0));
    await saveScreenshot(page, 'practice-resumed-graded-desktop-light');

    // The keys work at once, the focus still on the heading: 3 rates "good", Enter goes on.
    await page.keyboard.press('3');
    await expect(bar).toHaveAttribute('data-rated', 'good');
    await expect(run.getByTestId('practice-next')).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(run.getByTestId('practice-position')).toHaveText('10문제 중 2번째', inner);
    await expect(quiz).toHaveAttribute('data-phase', 'answering');

    // One answer in the log, not a second one "after seeing the answer"; the rating is that answer's.
    const attempts = (await studyDump(page)).attempts.filter((attempt) => attempt.questionId === asked.id);
    expect(attempts).toEqual([expect.objectContaining({ correct: true, revealed: false, mode: 'practice' })]);
    await expect.poll(async () => (await studyDump(page)).ratings.map(({ attemptId, rating }) => ({ attemptId, rating }))).toEqual([{ attemptId: attempts[0]?.id, rating: 'good' }]);
    const open = (await studyDump(page)).open.find((session) => session.mode === 'practice');
    expect(open).toMatchObject({ current: 1, results: { [asked.id]: true } });
  });

  test('a wrong answer resumes as it was; R tries again from the page, and that try is made after seeing the answer', async ({ page }) => {
    const bank = await questionBank(page);
    await page.goto('/practice/');
    await expect(page.getByTestId('practice-match-count')).toHaveAttribute('data-count', String(bank.length));
    await page.getByTestId('practice-start').click();
    const run = page.getByTestId('practice-run');
    const quiz = run.getByTestId('quiz');
    const asked = await answerShown(page, bank, false);
    const before = await gradedView(quiz);
    await expect.poll(async () => Object.keys((await studyDump(page)).open.find((session) => session.mode === 'practice')?.graded ?? {})).toEqual([asked.id]);

    await page.reload();
    await expect(quiz).toHaveAttribute('data-phase', 'graded');
    await expect(quiz.getByTestId('quiz-status')).toContainText('오답입니다');
    expect(await gradedView(quiz)).toEqual(before);
    await expect(run.getByTestId('rating-bar')).toHaveCount(0);
    await expect(run.getByTestId('practice-next')).toBeVisible();
    await page.keyboard.press('r');
    await expect(quiz).toHaveAttribute('data-phase', 'answering');
    await answerShown(page, bank, true);
    await expect(quiz.getByTestId('quiz-status')).toContainText('해설을 본 뒤라 맞힌 것으로 세지 않습니다');
    await page.getByTestId('practice-next').click();
    await expect(run.getByTestId('practice-progress')).toHaveAttribute('value', '1');
    const attempts = (await studyDump(page)).attempts.filter((attempt) => attempt.questionId === asked.id);
    expect(attempts.map(({ correct, revealed }) => ({ correct, revealed }))).toEqual([
      { correct: false, revealed: false },
      { correct: true, revealed: true },
    ]);
    expect((await studyDump(page)).open.find((session) => session.mode === 'practice')).toMatchObject({ results: { [asked.id]: false } });
  });

  test('retrying the missed ones: their answers were shown, so a right pick is kept but does not score', async ({ page }) => {
    const bank = await questionBank(page);
    await page.goto('/practice/');
    await page.getByRole('spinbutton').fill('1');
    await page.getByTestId('practice-start').click();
    const asked = await answerShown(page, bank, false);
    await page.getByTestId('practice-next').click();
    await page.getByTestId('practice-retry-missed').click();
    await answerShown(page, bank, true);
    await expect(page.getByTestId('quiz-status')).toContainText('해설을 본 뒤라 맞힌 것으로 세지 않습니다');
    await page.getByTestId('practice-next').click();
    await expect(page.getByTestId('practice-score')).toContainText('0 / 1');
    const attempts = (await studyDump(page)).attempts.filter((attempt) => attempt.questionId === asked.id);
    expect(attempts.map(({ correct, revealed }) => ({ correct, revealed }))).toEqual(
      expect.arrayContaining([
        { correct: false, revealed: false },
        { correct: true, revealed: true },
      ]),
    );
  });

  test('a session by tag: one question at a time, a moving progress bar, a summary by tag, missed notes linked', async ({ page }) => {
    const bank = await questionBank(page);
    const redshift = bank.filter((question) => question.tags.includes('service/redshift'));
    const total = redshift.length;
    expect(total).toBeGreaterThan(1);

    await page.goto('/practice/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('연습', inner);
    const matchCount = page.getByTestId('practice-match-count');
    await expect(matchCount).toHaveAttribute('data-count', String(bank.length));
    await tagBox(page, 'service/redshift').check();
    await expect(matchCount).toHaveText(`조건에 맞는 문제 ${total}개`, inner);
    // Ten asked for by default, clamped to what matches.
    await expect(page.getByTestId('practice-count')).toHaveValue('10');
    await expect(page.getByTestId('practice-start')).toHaveText(`${total}문제 시작`, inner);
    await saveScreenshot(page, 'practice-setup-desktop-light');

    await page.getByTestId('practice-start').click();
    const progress = page.getByRole('progressbar');
    const asked: BankQuestion[] = [];
    for (let k = 1; k <= total; k += 1) {
      await expect(page.getByTestId('practice-position')).toHaveText(`${total}문제 중 ${k}번째`, inner);
      await expect(page.getByTestId('practice-position')).toBeFocused();
      await expect(progress).toHaveJSProperty('value', k - 1);
      await expect(page.getByTestId('practice-next')).toHaveCount(0);
      // The first question is answered wrong, then retried right: only the first answer counts.
      const question = await answerShown(page, bank, k !== 1);
      if (k === 1) {
        await page.getByTestId('quiz-retry').click();
        await answerShown(page, bank, true);
      }
      asked.push(question);
      await expect(progress).toHaveJSProperty('value', k);
      await expect(page.getByTestId('practice-next')).toHaveText(k === total ? /^결과 보기/ : /^다음 문제/, inner);
      await page.getByTestId('practice-next').click();
    }
    expect(asked.map((question) => question.id).sort()).toEqual(redshift.map((question) => question.id).sort());

    const summary = page.getByTestId('practice-summary');
    const missed = asked[0];
    if (!missed) throw new Error('no question was asked');
    await expect(summary.getByTestId('practice-score')).toContainText(`${total - 1} / ${total}`);
    await expect(summary.getByTestId('practice-score')).toContainText(`${Math.round(((total - 1) / total) * 100)}%`);
    // Only the tag the session was chosen by: the questions' other tags are not what was practised.
    await expect(summary.getByTestId('practice-tag-row')).toHaveCount(1);
    await expect(summary.locator('[data-tag="service/redshift"]')).toContainText(`${total - 1} / ${total}`);
    const missedLinks = summary.getByTestId('practice-missed').getByRole('link');
    await expect(missedLinks).toHaveCount(1);
    await expect(missedLinks).toHaveText(missed.title);
    await expect(missedLinks).toHaveAttribute('href', `/notes/${missed.slug}/`);

    await expect.poll(async () => (await studyDump(page)).sessions.length).toBe(1);
    const saved = await studyDump(page);
    expect(saved.sessions).toEqual([
      expect.objectContaining({ mode: 'practice', correct: total - 1, total, questionIds: asked.map((question) => question.id) }),
    ]);

    await page.getByTestId('theme-toggle').click();
    await expect(page.locator('html')).toHaveClass(/dark/);
    await saveScreenshot(page, 'practice-summary-desktop-dark');

    // Again, just the missed one; missed again, its note is one click away.
    await summary.getByTestId('practice-retry-missed').click();
    await expect(page.getByTestId('practice-position')).toHaveText('1문제 중 1번째', inner);
    await expect(page.getByTestId('practice-run')).toHaveAttribute('data-question', missed.id);
    await answerShown(page, bank, false);
    await page.getByTestId('practice-next').click();
    await expect(summary.getByTestId('practice-score')).toContainText('0 / 1');
    await summary.getByTestId('practice-missed').getByRole('link').click();
    await expect(page).toHaveURL(new RegExp(`/notes/${missed.slug}/$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(missed.title);
  });

  test('a session of many tags: the summary groups them by namespace, the three weakest of each in view, the rest one click away', async ({ page }) => {
    const bank = await questionBank(page);
    const count = 7;
    await page.goto('/practice/');
    await expect(page.getByTestId('practice-match-count')).toHaveAttribute('data-count', String(bank.length));
    await page.getByTestId('practice-count').fill(String(count));
    await page.getByTestId('practice-shuffle').uncheck();
    await page.getByTestId('practice-start').click();
    // Every other question right, so the tags' shares differ.
    const scores = new Map<string, { correct: number; total: number }>();
    for (let k = 0; k < count; k += 1) {
      const right = k % 2 === 1;
      const question = await answerShown(page, bank, right);
      for (const tag of new Set(question.tags)) {
        const score = scores.get(tag) ?? { correct: 0, total: 0 };
        scores.set(tag, { correct: score.correct + (right ? 1 : 0), total: score.total + 1 });
      }
      await page.getByTestId('practice-next').click();
    }

    // Expected: by namespace (`service/glue` → service; no slash → other), weakest share first, then more questions, then by name.
    const namespaceOf = (tag: string) => (tag.includes('/') ? tag.slice(0, tag.indexOf('/')) : 'other');
    const expected = new Map<string, string[]>();
    for (const tag of scores.keys()) expected.set(namespaceOf(tag), [...(expected.get(namespaceOf(tag)) ?? []), tag]);
    const share = (tag: string) => (scores.get(tag)?.correct ?? 0) / (scores.get(tag)?.total ?? 1);
    for (const tags of expected.values()) tags.sort((a, b) => share(a) - share(b) || (scores.get(b)?.total ?? 0) - (scores.get(a)?.total ?? 0) || a.localeCompare(b));
    // The content must make this a real fold: more tags than rows in view, some namespace past three.
    expect(scores.size).toBeGreaterThan(9);
    expect([...expected.values()].some((tags) => tags.length > 3)).toBe(true);

    const summary = page.getByTestId('practice-summary');
    const groups = summary.getByTestId('practice-tag-group');
    await expect(groups).toHaveCount(expected.size);
    await expect(groups.first()).toHaveAttribute('data-namespace', 'service');
    expect((await groups.evaluateAll((each) => each.map((group) => group.getAttribute('data-namespace') ?? ''))).sort()).toEqual([...expected.keys()].sort());
    await expect(summary.getByTestId('practice-tag-row').filter({ visible: true })).toHaveCount([...expected.values()].reduce((sum, tags) => sum + Math.min(tags.length, 3), 0));
    for (const [namespace, tags] of expected) {
      const group = summary.locator(`[data-testid="practice-tag-group"][data-namespace="${namespace}"]`);
      const inView = group.locator(':scope > table').getByTestId('practice-tag-row');
      await expect(inView).toHaveCount(Math.min(tags.length, 3));
      expect(await inView.evaluateAll((rows) => rows.map((row) => row.getAttribute('data-tag')))).toEqual(tags.slice(0, 3));
      for (const tag of tags) await expect(group.locator(`[data-tag="${tag}"]`)).toContainText(`${scores.get(tag)?.correct} / ${scores.get(tag)?.total}`);
      const more = group.getByTestId('practice-tag-more');
      if (tags.length <= 3) {
        await expect(more).toHaveCount(0);
        continue;
      }
      // The rest, strongest last, behind "n개 더 보기".
      const folded = more.getByTestId('practice-tag-row');
      await expect(more.locator('summary')).toHaveText(new RegExp(`^${tags.length - 3}개 더 보기\\s*${namespace}$`), inner);
      await expect(folded.first()).toBeHidden();
      await more.locator('summary').click();
      await expect(folded).toHaveCount(tags.length - 3);
      await expect(folded.first()).toBeVisible();
      expect(await folded.evaluateAll((rows) => rows.map((row) => row.getAttribute('data-tag')))).toEqual(tags.slice(3));
    }
    expect(await seriousViolations(page)).toEqual([]);
    await saveScreenshot(page, 'practice-summary-grouped-desktop-light');
  });

  test('"only answered wrong" after a wrong answer picks exactly that question, and lets it go once it is right', async ({ page }) => {
    const bank = await questionBank(page);
    await page.goto(GLUE_NOTE);
    await page.getByTestId('quiz').getByRole('radio', { name: /^B\./ }).check();
    await page.getByTestId('quiz-submit').click();
    await expect(page.getByTestId('quiz-status')).toContainText('오답입니다');

    await page.goto('/practice/');
    const matchCount = page.getByTestId('practice-match-count');
    await expect(matchCount).toHaveAttribute('data-count', String(bank.length));
    await page.getByRole('checkbox', { name: '아직 풀지 않은 문제만' }).check();
    await expect(matchCount).toHaveAttribute('data-count', String(bank.length - 1));
    await page.getByRole('checkbox', { name: '아직 풀지 않은 문제만' }).uncheck();
    await page.getByRole('checkbox', { name: '최근에 틀린 문제만' }).check();
    await expect(matchCount).toHaveText('조건에 맞는 문제 1개', inner);
    await expect(page.getByTestId('practice-start')).toHaveText('1문제 시작', inner);
    await page.getByTestId('practice-start').click();

    await expect(page.getByTestId('practice-position')).toHaveText('1문제 중 1번째', inner);
    await expect(page.getByTestId('practice-run')).toHaveAttribute('data-question', 'etl-glue-minimal-operations--q1');
    await answerShown(page, bank, true);
    await page.getByTestId('practice-next').click();
    await expect(page.getByTestId('practice-score')).toContainText('1 / 1');
    await expect(page.getByTestId('practice-score')).toContainText('100%');
    await expect(page.getByTestId('practice-none-missed')).toBeVisible();
    await expect(page.getByTestId('practice-retry-missed')).toHaveCount(0);

    // A new session keeps the filters; the latest answer is right now, so nothing matches.
    await page.getByTestId('practice-new-session').click();
    await expect(page.getByRole('heading', { name: '문제 고르기' })).toBeFocused();
    await expect(page.getByRole('checkbox', { name: '최근에 틀린 문제만' })).toBeChecked();
    await expect(matchCount).toHaveAttribute('data-count', '0');
    await expect(matchCount).toHaveText('조건에 맞는 문제가 없습니다. 태그나 조건을 하나 빼 보세요.', inner);
    await expect(page.getByTestId('practice-start')).toBeDisabled();
  });

  test('all of / any of tags, and the count is clamped and taken in bank order when not shuffled', async ({ page }) => {
    const bank = await questionBank(page);
    const both = bank.filter((question) => question.tags.includes('service/redshift') && question.tags.includes('service/s3'));
    const either = bank.filter((question) => question.tags.includes('service/redshift') || question.tags.includes('service/s3'));
    expect(either.length).toBeGreaterThan(both.length);

    await page.goto('/practice/');
    const matchCount = page.getByTestId('practice-match-count');
    await expect(matchCount).toHaveAttribute('data-count', String(bank.length));
    await tagBox(page, 'service/redshift').check();
    await tagBox(page, 'service/s3').check();
    await expect(page.getByRole('radio', { name: /모두 붙은 문제/ })).toBeChecked();
    await expect(matchCount).toHaveAttribute('data-count', String(both.length));
    await page.getByRole('radio', { name: /하나라도 붙은 문제/ }).check();
    await expect(matchCount).toHaveAttribute('data-count', String(either.length));
    await expect(page.getByTestId('practice-start')).toHaveText(`${Math.min(10, either.length)}문제 시작`, inner);

    await page.getByTestId('practice-count').fill('3');
    await expect(page.getByTestId('practice-start')).toHaveText('3문제 시작', inner);
    await page.getByTestId('practice-count').fill('500');
    await expect(page.getByTestId('practice-start')).toHaveText(`${either.length}문제 시작`, inner);
    await page.getByTestId('practice-count').fill('3');
    await page.getByTestId('practice-shuffle').uncheck();
    await page.getByTestId('practice-count').press('Enter');

    await expect(page.getByTestId('practice-position')).toHaveText('3문제 중 1번째', inner);
    await expect(page.getByTestId('practice-run')).toHaveAttribute('data-question', either[0]?.id ?? '');
    await answerShown(page, bank, true);
    await page.getByTestId('practice-next').click();
    await expect(page.getByTestId('practice-run')).toHaveAttribute('data-question', either[1]?.id ?? '');
  });

  test.describe('on a 360 px phone in dark mode', () => {
    test.use({ viewport: { width: 360, height: 740 } });

    test('setup and a graded question fit without sideways scrolling', async ({ page }) => {
      const bank = await questionBank(page);
      await page.emulateMedia({ colorScheme: 'dark' });
      await page.goto('/practice/');
      await expect(page.locator('html')).toHaveClass(/dark/);
      await expect(page.getByTestId('practice-match-count')).toHaveAttribute('data-count', String(bank.length));
      // The start button stays in reach at the bottom of the screen while the tags scroll.
      await expect(page.getByTestId('practice-start')).toBeInViewport();
      const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(await overflow()).toBeLessThanOrEqual(0);

      // The long tag list is folded away until asked for.
      await expect(tagBox(page, 'service/redshift')).toBeHidden();
      const showTags = page.getByRole('button', { name: '태그 고르기' });
      await expect(showTags).toHaveAttribute('aria-expanded', 'false');
      await showTags.click();
      await expect(showTags).toHaveAttribute('aria-expanded', 'true');
      await tagBox(page, 'service/redshift').check();
      await expect(page.getByTestId('practice-start')).toBeInViewport();
      await page.getByTestId('practice-start').click();
      await answerShown(page, bank, false);
      await expect(page.getByRole('progressbar')).toHaveJSProperty('value', 1);
      expect(await overflow()).toBeLessThanOrEqual(0);
      await page.evaluate(() => window.scrollTo(0, 0));
      await saveScreenshot(page, 'practice-question-phone-dark');
    });
  });

  test.describe('axe-core finds no serious or critical violation', () => {
    for (const theme of ['light', 'dark'] as const) {
      test(`setup and summary (${theme})`, async ({ page }) => {
        const bank = await questionBank(page);
        await page.emulateMedia({ colorScheme: theme });
        await page.goto('/practice/');
        await expect(page.getByTestId('practice-match-count')).toHaveAttribute('data-count', String(bank.length));
        await tagBox(page, 'service/redshift').check();
        expect(await seriousViolations(page)).toEqual([]);

        await page.getByTestId('practice-count').fill('2');
        await page.getByTestId('practice-start').click();
        await answerShown(page, bank, false);
        expect(await seriousViolations(page)).toEqual([]);
        await page.getByTestId('practice-next').click();
        await answerShown(page, bank, true);
        await page.getByTestId('practice-next').click();
        await expect(page.getByTestId('practice-score')).toContainText('1 / 2');
        expect(await seriousViolations(page)).toEqual([]);
      });
    }
  });

  test.describe('practice from anywhere', () => {
    const GLUE_SLUG = 'etl-glue-minimal-operations';

    test('a note page\'s link practises that note\'s questions; the note link shows only once graded', async ({ page }) => {
      const bank = await questionBank(page);
      const own = bank.filter((question) => question.slug === GLUE_SLUG);
      await page.goto(GLUE_NOTE);
      const link = page.getByTestId('practice-link');
      await expect(link).toHaveText('이 노트로 연습 →', inner);
      await expect(link).toHaveAttribute('href', `/practice/?note=${GLUE_SLUG}`);
      await link.click();
      await expect(page).toHaveURL(`/practice/?note=${GLUE_SLUG}`);
      const title = own[0]?.title ?? '';
      await expect(page.getByTestId('practice-note-scope')).toContainText(title);
      await expect(page.getByTestId('practice-match-count')).toHaveAttribute('data-count', String(own.length));
      await saveScreenshot(page, 'practice-linked-note-desktop-light');

      await page.getByTestId('practice-start').click();
      const run = page.getByTestId('practice-run');
      await expect(run).toHaveAttribute('data-slug', GLUE_SLUG);
      // Before grading the title could name the answer: no link, and the title is nowhere in the run.
      await expect(page.getByTestId('practice-note-link')).toHaveCount(0);
      await expect(run).not.toContainText(title);
      // A reload resumes the session rather than offering it (the address no longer holds the filter).
      await expect(page).toHaveURL('/practice/');
      await answerShown(page, bank, false);
      const noteLink = page.getByTestId('practice-note-link').getByRole('link');
      await expect(noteLink).toHaveText(title);
      await expect(noteLink).toHaveAttribute('href', `/notes/${GLUE_SLUG}/`);
      // The right answer explained, here as on the note page.
      await expect(run.getByTestId('quiz-why')).toHaveCount(1);
      await expect(run.locator('[data-letter="A"]').getByTestId('quiz-why')).toContainText('핵심 포인트');
      await saveScreenshot(page, 'practice-linked-note-graded-desktop-light');
      await noteLink.click();
      await expect(page).toHaveURL(`/notes/${GLUE_SLUG}/`);
    });

    test('a tag page\'s link starts with that tag; the address follows the filters and loads as shared', async ({ page }) => {
      const bank = await questionBank(page);
      const redshift = bank.filter((question) => question.tags.includes('service/redshift'));
      await page.goto('/tags/service/redshift/');
      const link = page.getByTestId('practice-link');
      await expect(link).toHaveText('이 노트들로 연습 →', inner);
      await link.click();
      await expect(page).toHaveURL('/practice/?tag=service%2Fredshift');
      await expect(tagBox(page, 'service/redshift')).toBeChecked();
      await expect(page.getByTestId('practice-chosen-tags')).toContainText('service/redshift');
      await expect(page.getByTestId('practice-match-count')).toHaveAttribute('data-count', String(redshift.length));

      // Choosing in the setup rewrites the address, so it can be copied as it stands.
      await tagBox(page, 'service/athena').check();
      await page.getByRole('radio', { name: /하나라도 붙은 문제/ }).check();
      await expect(page).toHaveURL('/practice/?tag=service%2Fredshift&tag=service%2Fathena&match=any');
      const either = bank.filter((question) => question.tags.includes('service/redshift') || question.tags.includes('service/athena'));
      await expect(page.getByTestId('practice-match-count')).toHaveAttribute('data-count', String(either.length));

      // The same address loaded fresh sets the same filters.
      await page.goto('/practice/?tag=service%2Fredshift&tag=service%2Fathena&match=any');
      await expect(tagBox(page, 'service/redshift')).toBeChecked();
      await expect(tagBox(page, 'service/athena')).toBeChecked();
      await expect(page.getByRole('radio', { name: /하나라도 붙은 문제/ })).toBeChecked();
      await expect(page.getByTestId('practice-match-count')).toHaveAttribute('data-count', String(either.length));
      expect(await seriousViolations(page)).toEqual([]);

      await tagBox(page, 'service/redshift').uncheck();
      await expect(page).toHaveURL('/practice/?tag=service%2Fathena');
    });

    test('the summary scores only the session\'s tags, weakest first', async ({ page }) => {
      const bank = await questionBank(page);
      const tags = ['service/athena', 'service/dynamodb'];
      const asked = bank.filter((question) => tags.some((tag) => question.tags.includes(tag)));
      await page.goto(`/practice/?tag=${encodeURIComponent(tags[0] ?? '')}&tag=${encodeURIComponent(tags[1] ?? '')}&match=any`);
      await expect(page.getByTestId('practice-match-count')).toHaveAttribute('data-count', String(asked.length));
      await page.getByTestId('practice-start').click();
      // Athena questions right, DynamoDB ones wrong.
      const rows = new Map(tags.map((tag) => [tag, { correct: 0, total: 0 }]));
      for (let k = 0; k < asked.length; k += 1) {
        const id = await page.getByTestId('practice-run').getAttribute('data-question');
        const question = bank.find((each) => each.id === id);
        const right = question?.tags.includes('service/athena') ?? false;
        await answerShown(page, bank, right);
        for (const tag of tags) {
          const row = rows.get(tag);
          if (row && question?.tags.includes(tag)) rows.set(tag, { correct: row.correct + (right ? 1 : 0), total: row.total + 1 });
        }
        await page.getByTestId('practice-next').click();
      }
      const summary = page.getByTestId('practice-summary');
      const tagRows = summary.getByTestId('practice-tag-row');
      await expect(tagRows).toHaveCount(2);
      // DynamoDB (all wrong) comes before Athena (all right), though Athena has more questions and comes first alphabetically.
      expect(rows.get('service/dynamodb')?.correct).toBe(0);
      expect(rows.get('service/athena')?.correct).toBe(rows.get('service/athena')?.total);
      await expect(tagRows.nth(0)).toHaveAttribute('data-tag', 'service/dynamodb');
      await expect(tagRows.nth(1)).toHaveAttribute('data-tag', 'service/athena');
      for (const [tag, row] of rows) await expect(summary.locator(`[data-tag="${tag}"]`)).toContainText(`${row.correct} / ${row.total}`);
      await saveScreenshot(page, 'practice-summary-session-tags-desktop-light');
    });

    test('arriving by a link with a session open offers to resume it beside the link\'s filters', async ({ page }) => {
      const bank = await questionBank(page);
      await page.goto('/practice/');
      await expect(page.getByTestId('practice-match-count')).toHaveAttribute('data-count', String(bank.length));
      await page.getByTestId('practice-start').click();
      const open = await answerShown(page, bank, false);
      await expect.poll(async () => Object.keys((await studyDump(page)).open.find((session) => session.mode === 'practice')?.results ?? {}).length).toBe(1);

      await page.goto('/practice/?tag=service%2Fredshift');
      const offer = page.getByTestId('practice-resume');
      await expect(offer).toContainText('끝내지 않은 연습이 있습니다');
      await expect(offer).toContainText('1/10 답함');
      await expect(tagBox(page, 'service/redshift')).toBeChecked();
      expect(await seriousViolations(page)).toEqual([]);
      await saveScreenshot(page, 'practice-resume-offer-desktop-light');
      await offer.getByTestId('practice-resume-button').click();
      await expect(page.getByTestId('practice-run')).toHaveAttribute('data-question', open.id);
      await expect(page.getByTestId('practice-position')).toHaveText('10문제 중 1번째', inner);

      // Or start afresh with the link's filter: the open session is replaced.
      await page.goto('/practice/?tag=service%2Fredshift');
      await expect(page.getByTestId('practice-resume')).toBeVisible();
      await page.getByTestId('practice-start').click();
      const redshift = bank.filter((question) => question.tags.includes('service/redshift'));
      await expect(page.getByTestId('practice-position')).toHaveText(`${redshift.length}문제 중 1번째`, inner);
      await expect.poll(async () => (await studyDump(page)).open.find((session) => session.mode === 'practice')?.questionIds).toHaveLength(redshift.length);
    });

    test.describe('on a 360 px phone', () => {
      test.use({ viewport: { width: 360, height: 740 } });
      for (const theme of ['light', 'dark'] as const) {
        test(`a linked setup and a graded question fit, axe clean (${theme})`, async ({ page }) => {
          const bank = await questionBank(page);
          await page.emulateMedia({ colorScheme: theme });
          await page.goto(`/practice/?note=${GLUE_SLUG}`);
          await expect(page.getByTestId('practice-match-count')).toHaveAttribute('data-count', '1');
          const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
          expect(await overflow()).toBeLessThanOrEqual(0);
          expect(await seriousViolations(page)).toEqual([]);
          await saveScreenshot(page, `practice-linked-note-phone-${theme}`);
          await page.getByTestId('practice-start').click();
          await answerShown(page, bank, false);
          await expect(page.getByTestId('practice-note-link')).toBeVisible();
          expect(await overflow()).toBeLessThanOrEqual(0);
          expect(await seriousViolations(page)).toEqual([]);
          await saveScreenshot(page, `practice-linked-graded-phone-${theme}`);
        });
      }
    });
  });
});
