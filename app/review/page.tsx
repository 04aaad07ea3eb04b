import type { Metadata } from 'next';
import { ReviewSession } from '@/components/review/review-session';
import { StudyMessage } from '@/components/study/study-message';
import { QUESTION_BANK_HREF } from '@/lib/links';
import { preloadFetch } from '@/components/ui/preload-fetch';

export const metadata: Metadata = { title: '복습', description: '지금, 오늘, 7일 안에 복습할 문제 수와 태그별 복습할 문제.' };

export default function ReviewPage() {
  preloadFetch(QUESTION_BANK_HREF);
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
