import { LANGUAGES, messages } from '@/lib/i18n';
import type { ListSort } from '@/lib/note-list/browsable-list';

export type Sort = ListSort;

/*
 * An <option> holds plain text, so it cannot carry both languages for CSS to choose from:
 * there is one select per language, and CSS shows the one <html lang> asks for (the other
 * is display: none, out of the tab order and the accessibility tree).
 */
export function SortSelect({ sort, onChange }: { sort: Sort; onChange: (sort: Sort) => void }) {
  return (
    <>
      {LANGUAGES.map((language) => (
        <label key={language} lang={language} className={`sort l10n-${language}`}>
          <span>{messages.sortLabel[language]}</span>
          <select value={sort} onChange={(event) => onChange(event.target.value === 'title' ? 'title' : 'newest')} data-testid="sort">
            <option value="newest">{messages.sortNewest[language]}</option>
            <option value="title">{messages.sortTitle[language]}</option>
          </select>
        </label>
      ))}
    </>
  );
}
