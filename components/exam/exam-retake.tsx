'use client';

import { useRouter } from 'next/navigation';
import { useRef, useState } from 'react';
import { practiceHref } from '@/lib/links';
import { retakeSession, type QuestionResult } from '@/lib/study/exam';
import { newId } from '@/lib/study/record-id';
import { studyStore } from '@/components/study/progress-store';
import { StudyMessage } from '@/components/study/study-message';

/*
 * "Retake the missed ones": a practice of exactly the questions not right, saved as the
 * open practice session, which the practice page resumes. A practice already under way is
 * replaced only when the student says so.
 */

type Notice = 'not-saved' | null;

export function ExamRetake({ results }: { results: readonly QuestionResult[] }) {
  const router = useRouter();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [notice, setNotice] = useState<Notice>(null);
  const missed = results.filter((result) => !result.correct).length;
  if (missed === 0) return null;

  const start = async () => {
    const now = new Date();
    const session = retakeSession(results, now, newId(now));
    if (!session) return;
    const saved = await studyStore()
      .saveOpenSession(session)
      .catch(() => false);
    if (saved) router.push(practiceHref());
    else setNotice('not-saved');
  };

  const ask = async () => {
    const open = await studyStore()
      .openSession('practice')
      .catch(() => null);
    if (open?.session) dialogRef.current?.showModal();
    else await start();
  };

  return (
    <>
      <button type="button" className="button button-primary" onClick={() => void ask()} data-testid="exam-retake">
        <StudyMessage k="examRetakeMissed" values={{ n: missed }} />
      </button>
      {notice ? (
        <p role="alert" className="notice" data-testid="exam-retake-notice">
          <StudyMessage k="examRetakeNotSaved" />
        </p>
      ) : null}
      <dialog ref={dialogRef} className="exam-dialog" aria-labelledby="exam-retake-heading" aria-describedby="exam-retake-text" data-testid="exam-retake-confirm">
        <h2 id="exam-retake-heading" className="exam-dialog-heading">
          <StudyMessage k="examRetakeConfirmHeading" />
        </h2>
        <p id="exam-retake-text" className="exam-dialog-text">
          <StudyMessage k="examRetakeConfirmText" />
        </p>
        <form method="dialog" className="exam-actions">
          <button type="submit" className="button" autoFocus data-testid="exam-retake-cancel">
            <StudyMessage k="examCancel" />
          </button>
          <button
            type="button"
            className="button button-primary"
            data-testid="exam-retake-replace"
            onClick={() => {
              dialogRef.current?.close();
              void start();
            }}
          >
            <StudyMessage k="examRetakeReplace" />
          </button>
        </form>
      </dialog>
    </>
  );
}
