import type { Metadata } from 'next';
import { PracticeSession } from '@/components/practice-session';
import { T } from '@/components/study-t';
import { siteContent } from '@/lib/content/site';
import { tagNamespaces } from '@/lib/tags';

export const metadata: Metadata = { title: '연습' };

export default function PracticePage() {
  // One entry per question, so the chooser's counts are questions, and tags with none are left out.
  const questions = siteContent().notes.flatMap((note) => note.questions.map(() => ({ tags: note.tags })));
  return (
    <div className="practice-page">
      <h1 className="page-title">
        <T k="practiceTitle" />
      </h1>
      <p className="practice-intro">
        <T k="practiceIntro" />
      </p>
      <PracticeSession namespaces={tagNamespaces(questions)} />
    </div>
  );
}
