import type { Metadata } from 'next';
import { ReviewSession } from '@/components/review-session';
import { T } from '@/components/study-t';

export const metadata: Metadata = { title: '복습', description: '오늘 복습할 문제와 노트별 다음 복습 날짜.' };

export default function ReviewPage() {
  return (
    <div className="page review-page">
      <h1 className="page-title">
        <T k="reviewTitle" />
      </h1>
      <p className="review-intro">
        <T k="reviewIntro" />
      </p>
      <ReviewSession />
    </div>
  );
}
