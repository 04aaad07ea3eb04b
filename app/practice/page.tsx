import type { Metadata } from 'next';
import { Suspense } from 'react';
import { PracticeSession } from '@/components/practice/practice-session';
import { StudyMessage } from '@/components/study/study-message';
import { siteContent } from '@/lib/content/site';
import { tagNamespaces } from '@/lib/tags';
import { QUESTION_BANK_HREF } from '@/lib/links';
import { preloadFetch } from '@/components/ui/preload-fetch';
import { StudyDataStart } from '@/components/study/study-data-start';

export const metadata: Metadata = { title: '연습' };

export default function PracticePage() {
  preloadFetch(QUESTION_BANK_HREF);
  // One entry per question, so the chooser's counts are questions, and tags with none are left out.
  const questions = siteContent().notes.flatMap((note) => note.questions.map(() => ({ tags: note.tags })));
  return (
    <div className="practice-page">
      <h1 className="page-title">
        <StudyMessage k="practiceTitle" />
      </h1>
      <p className="practice-intro">
        <StudyMessage k="practiceIntro" />
      </p>
      <StudyDataStart />
      {/* A link's filters are in the query (?tag=…, ?note=…), which a static page reads only in the browser. */}
      <Suspense
        fallback={
          <p className="practice-hint">
            <StudyMessage k="loadingQuestions" />
          </p>
        }
      >
        <PracticeSession namespaces={tagNamespaces(questions)} />
      </Suspense>
    </div>
  );
}
