import type { Metadata } from 'next';
import { Suspense } from 'react';
import { ExamApp } from '@/components/exam/exam-app';
import { StudyMessage } from '@/components/study/study-message';
import { siteContent } from '@/lib/content/site';
import { tagNamespaces } from '@/lib/tags';
import { QUESTION_BANK_HREF } from '@/lib/links';
import { preloadFetch } from '@/components/ui/preload-fetch';
import { StudyDataStart } from '@/components/study/study-data-start';

export const metadata: Metadata = {
  title: '모의고사',
  description: '실제 AWS 시험처럼 제한 시간 안에 문제를 풀고 환산 점수와 해설을 확인하세요.',
};

/** The page is static; the exam itself lives in the browser (components/exam/exam-app.tsx). */
export default function ExamPage() {
  preloadFetch(QUESTION_BANK_HREF);
  // One entry per question, so the tag chooser's counts are questions, and tags with none are left out.
  const questions = siteContent().notes.flatMap((note) => note.questions.map(() => ({ tags: note.tags })));
  return (
    <div className="page-wide exam-page">
      <h1 className="page-title">
        <StudyMessage k="navExam" />
      </h1>
      <StudyDataStart />
      {/* A past exam's results are at ?result=…, which a static page reads only in the browser. */}
      <Suspense>
        <ExamApp namespaces={tagNamespaces(questions)} />
      </Suspense>
    </div>
  );
}
