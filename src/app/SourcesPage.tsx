import { LanguageSwitch } from './LanguageSwitch';
import { PeriodLine } from './PeriodLine';
import { SOURCES_PATH } from '../options/pages';
import { useLocale } from '../i18n/useLocale';
import { usePageRoot } from '../ui/usePageRoot';
import { PageSources } from '../sources/PageSources';

/**
 * The sources page (sources/): every source the explainer cites and the corrections, as plain
 * HTML with no script, where a citation leads a reader without JavaScript (the explainer's own
 * pages carry only a link to it). Its citations point into itself.
 */
export function SourcesPage() {
  const { m } = useLocale();
  // The edition's root: this page's root is one folder up.
  const home = usePageRoot();
  return (
    <>
      <header className="page-header">
        <LanguageSwitch path={SOURCES_PATH} search="" />
        <p className="kicker">
          <a href={home}>{m.page.heading}</a>
        </p>
        <h1>{m.sources.page.title}</h1>
        <p className="period">
          <PeriodLine />
        </p>
      </header>
      <main>
        <PageSources intro={m.sources.page.intro} />
      </main>
    </>
  );
}
