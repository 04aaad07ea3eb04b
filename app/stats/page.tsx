import type { Metadata } from 'next';
import { StatsDashboard } from '@/components/stats/stats-dashboard';
import { StudyMessage } from '@/components/study/study-message';
import { QUESTION_BANK_HREF } from '@/lib/links';
import { preloadFetch } from '@/components/ui/preload-fetch';

export const metadata: Metadata = { title: '통계', description: '정답률, 학습 연속 일수, 태그별 숙달도, 복습 예정, 기록 저장 공간.' };

export default function StatsPage() {
  preloadFetch(QUESTION_BANK_HREF);
  return (
    <div className="page-wide stats-page">
      <h1 className="page-title">
        <StudyMessage k="statsTitle" />
      </h1>
      <StatsDashboard />
    </div>
  );
}
