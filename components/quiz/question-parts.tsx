import type { AnswerKey } from '@/lib/browser-schema';
import type { QuizQuestion } from '@/lib/content/schema';
import { optionState, type OptionState } from '@/lib/quiz';
import { Message } from '@/components/ui/message';
import { TranslationToggle } from '@/components/quiz/translation';

/*
 * The pieces every way of showing a question shares: the "choose N" hint, the options
 * (as inputs while answering, as plain text in a review) with their verdicts and
 * explanations once the answer is known, and the notes that follow.
 */

export function SelectHint({ id, selectCount }: { id: string; selectCount: number }) {
  return (
    <span className="quiz-select-hint" id={id}>
      {selectCount > 1 ? <Message k="selectMany" values={{ n: selectCount }} /> : <Message k="selectOne" />}
    </span>
  );
}

/**
 * "1 / 2 selected" as the student picks, and why a pick beyond the count did nothing.
 * Polite, so it is heard after the checkbox's own state.
 */
export function SelectCount({ chosen, selectCount, refused }: { chosen: number; selectCount: number; refused: boolean }) {
  if (selectCount < 2) return null;
  return (
    <p className="quiz-select-count" aria-live="polite" data-testid="select-count">
      <Message k="selectedCount" values={{ k: chosen, n: selectCount }} />
      {refused ? (
        <span className="quiz-refused" data-testid="select-refused">
          {' '}
          <Message k="pickRefused" values={{ n: selectCount }} />
        </span>
      ) : null}
    </p>
  );
}

/** Under the right answer once graded: the answer line's own words, then the note's key point. */
function WhyRight({ answerKey }: { answerKey: Partial<Pick<AnswerKey, 'keyPointHtml' | 'answerWords'>> }) {
  if (!answerKey.answerWords && !answerKey.keyPointHtml) return null;
  return (
    <div className="quiz-why" lang="ko" data-testid="quiz-why">
      {answerKey.answerWords ? (
        <p data-testid="quiz-why-words">
          <strong>
            <Message k="answerWords" />:
          </strong>{' '}
          {answerKey.answerWords}
        </p>
      ) : null}
      {answerKey.keyPointHtml ? (
        <>
          <strong>
            <Message k="keyPoint" />
          </strong>
          <div className="prose" dangerouslySetInnerHTML={{ __html: answerKey.keyPointHtml }} />
        </>
      ) : null}
    </div>
  );
}

function Verdict({ state }: { state: OptionState }) {
  if (state === 'idle' || state === 'chosen') return null;
  return (
    <p className="quiz-verdict">
      {state === 'correct-picked' ? (
        <>
          <Message k="correctAnswer" /> · <Message k="yourPick" />
        </>
      ) : (
        <Message k={state === 'correct-missed' ? 'correctAnswer' : 'yourPick'} />
      )}
    </p>
  );
}

const HANGUL = /\p{Script=Hangul}/u;

/** Stems and options are English in most vaults and Korean in some: a screen reader must know which. */
export function langOf(html: string): 'ko' | 'en' {
  return HANGUL.test(html.replace(/<[^>]*>/g, '')) ? 'ko' : 'en';
}

function OptionText({ letter, html, translationHtml }: { letter: string; html: string; translationHtml?: string | undefined }) {
  return (
    <>
      <span className="quiz-letter" aria-hidden="true">
        {letter}
      </span>
      <span className="sr-only">{letter}. </span>
      {translationHtml ? (
        <span className="quiz-option-body">
          <span lang={langOf(html)} className="quiz-option-text" dangerouslySetInnerHTML={{ __html: html }} />
          <span lang="ko" className="quiz-translation quiz-option-translation" dangerouslySetInnerHTML={{ __html: translationHtml }} />
        </span>
      ) : (
        <span lang={langOf(html)} className="quiz-option-text" dangerouslySetInnerHTML={{ __html: html }} />
      )}
    </>
  );
}

/** The stem, and its translation with the toggle that shows it, when the question has one. */
export function QuestionStem({ id, question }: { id?: string; question: Pick<QuizQuestion, 'stemHtml' | 'translationHtml' | 'options'> }) {
  const translated = Boolean(question.translationHtml) || question.options.some((option) => option.translationHtml);
  return (
    <>
      <div id={id} lang={langOf(question.stemHtml)} className="quiz-stem prose" dangerouslySetInnerHTML={{ __html: question.stemHtml }} />
      {question.translationHtml ? <div lang="ko" className="quiz-translation prose" data-testid="stem-translation" dangerouslySetInnerHTML={{ __html: question.translationHtml }} /> : null}
      {translated ? <TranslationToggle /> : null}
    </>
  );
}

type OptionsProps = {
  question: Pick<QuizQuestion, 'options' | 'selectCount'>;
  chosen: readonly string[];
  /** Known once graded: marks right answers and wrong picks, and shows explanations. */
  answerKey: (Pick<AnswerKey, 'answers' | 'explanations'> & Partial<Pick<AnswerKey, 'keyPointHtml' | 'answerWords'>>) | null;
  /** Inputs while the student can still choose; without it the options are plain text. */
  input?: { name: string; onChoose: (letter: string) => void; disabled: boolean };
};

export function QuestionOptions({ question, chosen, answerKey, input }: OptionsProps) {
  return (
    <ul className="quiz-options">
      {question.options.map((option) => {
        const state = optionState(option.letter, chosen, answerKey?.answers ?? null);
        const explanation = answerKey?.explanations[option.letter];
        return (
          <li key={option.letter} className="quiz-option" data-state={state} data-letter={option.letter}>
            {input ? (
              <label>
                <input
                  type={question.selectCount > 1 ? 'checkbox' : 'radio'}
                  name={input.name}
                  value={option.letter}
                  checked={chosen.includes(option.letter)}
                  onChange={() => input.onChoose(option.letter)}
                  disabled={input.disabled}
                />
                <OptionText letter={option.letter} html={option.html} translationHtml={option.translationHtml} />
              </label>
            ) : (
              <div className="quiz-option-static">
                <OptionText letter={option.letter} html={option.html} translationHtml={option.translationHtml} />
              </div>
            )}
            <Verdict state={state} />
            {explanation ? <div className="quiz-explanation prose" lang="ko" dangerouslySetInnerHTML={{ __html: explanation }} /> : null}
            {/* Once, under the first right option: the key point speaks for all of them. */}
            {answerKey && option.letter === question.options.find((each) => answerKey.answers.includes(each.letter))?.letter ? <WhyRight answerKey={answerKey} /> : null}
          </li>
        );
      })}
    </ul>
  );
}

/** The explanation notes that name no option, and what follows the question in the note. */
export function AfterNotes({ answerKey, headingLevel: Heading = 'h3' }: { answerKey: Pick<AnswerKey, 'notes' | 'afterHtml'>; headingLevel?: 'h3' | 'h4' }) {
  if (answerKey.notes.length === 0 && !answerKey.afterHtml) return null;
  return (
    <div className="quiz-after prose" lang="ko">
      {answerKey.notes.length > 0 ? (
        <>
          <Heading>
            <Message k="explanationNotes" />
          </Heading>
          <ul>
            {answerKey.notes.map((note) => (
              <li key={note} dangerouslySetInnerHTML={{ __html: note }} />
            ))}
          </ul>
        </>
      ) : null}
      {answerKey.afterHtml ? <div dangerouslySetInnerHTML={{ __html: answerKey.afterHtml }} /> : null}
    </div>
  );
}
