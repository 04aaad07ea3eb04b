import type { Metadata } from 'next';
import { ReviewSession } from '@/components/review/review-session';
import { StudyMessage } from '@/components/study/study-message';

export const metadata: Metadata = { title: '복습', description: '오늘 복습할 문제와 노트별 다음 복습 날짜.' };

export default function ReviewPage() {
  return (
    <div className="page review-page">
      <h1 className="page-title">
        <StudyMessage k="reviewTitle" />
      </h1>
      <p className="review-intro">
        <StudyMessage k="reviewIntro" />
      </p>
      <ReviewSession />
    </div>
  );
}
