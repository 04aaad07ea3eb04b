import type { Metadata } from 'next';
import { ExamApp } from '@/components/exam/exam-app';
import { StudyMessage } from '@/components/study/study-message';

export const metadata: Metadata = {
  title: '모의고사',
  description: '실제 AWS 시험처럼 제한 시간 안에 문제를 풀고 환산 점수와 해설을 확인하세요.',
};

/** The page is static; the exam itself lives in the browser (components/exam/exam-app.tsx). */
export default function ExamPage() {
  return (
    <div className="page-wide exam-page">
      <h1 className="page-title">
        <StudyMessage k="navExam" />
      </h1>
      <p className="exam-intro">
        <StudyMessage k="examIntro" />
      </p>
      <ExamApp />
    </div>
  );
}
