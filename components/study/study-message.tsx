import { fill, type MessageValues } from '@/lib/i18n';
import { studyMessages, type StudyMessageKey } from '@/lib/study-messages';
import { Bilingual } from '@/components/ui/bilingual';

/*
 * <Message> for the study pages: the same rendering (both languages, CSS shows one), looked up
 * in the study pages' table, which the reading pages never load.
 */

export function StudyMessage({ k, values }: { k: StudyMessageKey; values?: MessageValues }) {
  return <Bilingual text={(language) => fill(studyMessages[k][language], values)} />;
}

/** The same inside SVG, as <tspan>s. */
export function SvgStudyMessage({ k, values }: { k: StudyMessageKey; values?: MessageValues }) {
  return <Bilingual as="tspan" text={(language) => fill(studyMessages[k][language], values)} />;
}

/** Numbers and messages joined with commas, one text per language (read aloud in one go). */
export function StudyMessageList({ items, className }: { items: readonly ({ k: StudyMessageKey } | number)[]; className?: string }) {
  return (
    <Bilingual className={className} text={(language) => items.map((item) => (typeof item === 'number' ? String(item) : studyMessages[item.k][language])).join(', ')} />
  );
}

/** A table's column headings, each a study message. */
export function ColumnHeads({ columns }: { columns: readonly StudyMessageKey[] }) {
  return (
    <thead>
      <tr>
        {columns.map((column) => (
          <th key={column} scope="col">
            <StudyMessage k={column} />
          </th>
        ))}
      </tr>
    </thead>
  );
}
