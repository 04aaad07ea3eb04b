import { LANGUAGES, type Language } from '@/lib/i18n';

/*
 * UI text in both languages; CSS shows the one that matches <html lang>, so switching
 * needs no re-render. `values` fill `{name}` placeholders.
 */

type Text = (language: Language) => string;

export function Bilingual({ text, as: Tag = 'span', className }: { text: Text; as?: 'span' | 'tspan'; className?: string }) {
  return (
    <>
      {LANGUAGES.map((language) => (
        <Tag key={language} lang={language} className={`l10n-${language}${className ? ` ${className}` : ''}`}>
          {text(language)}
        </Tag>
      ))}
    </>
  );
}
