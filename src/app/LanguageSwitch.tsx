import { EDITIONS, editionPath } from '../i18n/editions';
import { LANGS } from '../i18n/locale';
import { useLocale } from '../i18n/useLocale';

/**
 * Links to the same page in each language, keeping the reader's state (country, date, mode…):
 * `search` is the page's current query string. A reader picks; the page never redirects by the
 * browser's language. Each language is named in itself, marked with its own `lang`.
 */
export function LanguageSwitch({ search }: { readonly search: string }) {
  const { lang, m } = useLocale();
  return (
    <nav className="language-switch" aria-label={m.languages.label}>
      <ul>
        {LANGS.map((other) => (
          <li key={other}>
            {other === lang ? (
              <a aria-current="page" href={`./${search}`} lang={other}>
                {EDITIONS[other].name}
              </a>
            ) : (
              <a href={`${editionPath(lang, other)}${search}`} hrefLang={other} lang={other}>
                {EDITIONS[other].name}
              </a>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
