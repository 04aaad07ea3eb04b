import { PRACTICE_SOURCES, type PracticeSource } from '@/lib/study/practice';
import type { StudyMessageKey } from '@/lib/study-messages';
import { StudyMessage } from '@/components/study/study-message';

/*
 * Where practice draws from: every question, or the student's own: flagged, missed at
 * least once anywhere (notes, practice, exams, review), or suspended from review.
 */

const LABEL: Record<PracticeSource, StudyMessageKey> = {
  all: 'marksSourceAll',
  flagged: 'marksSourceFlagged',
  missed: 'marksSourceMissed',
  suspended: 'marksSourceSuspended',
};

export function PracticeSourceChooser({ source, onSource }: { source: PracticeSource; onSource: (source: PracticeSource) => void }) {
  return (
    <fieldset className="practice-box" data-testid="practice-source">
      <legend className="practice-legend">
        <StudyMessage k="marksSourceLegend" />
      </legend>
      {PRACTICE_SOURCES.map((each) => (
        <label key={each} className="practice-choice">
          <input type="radio" name="practice-source" value={each} checked={source === each} onChange={() => onSource(each)} data-source={each} />
          <span>
            <StudyMessage k={LABEL[each]} />
          </span>
        </label>
      ))}
    </fieldset>
  );
}
