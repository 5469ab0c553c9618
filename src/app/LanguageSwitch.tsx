import { EDITIONS, editionPath, joinPath } from '../i18n/editions';
import { usePageRoot } from '../ui/usePageRoot';
import { LANGS } from '../i18n/locale';
import { useLocale } from '../i18n/useLocale';

/**
 * Links to the same page in each language, keeping the reader's state (country, date, mode…):
 * `path` is the page's folder from its edition's root (a state's page: 'country/ge/') and
 * `search` the page's current query string. A reader picks; the page never redirects by the
 * browser's language. Each language is named in itself, marked with its own `lang`.
 */
export function LanguageSwitch({
  path,
  search,
}: {
  readonly path: string;
  readonly search: string;
}) {
  const { lang, m } = useLocale();
  const root = usePageRoot();
  const href = (other: typeof lang) => {
    const edition = joinPath(root, editionPath(lang, other));
    return `${path ? joinPath(edition, path) : edition}${search}`;
  };
  return (
    <nav className="language-switch" aria-label={m.languages.label}>
      <ul>
        {LANGS.map((other) => (
          <li key={other}>
            {other === lang ? (
              <a aria-current="page" href={href(other)} lang={other}>
                {EDITIONS[other].name}
              </a>
            ) : (
              <a href={href(other)} hrefLang={other} lang={other}>
                {EDITIONS[other].name}
              </a>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
