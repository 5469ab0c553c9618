import type { Correction } from '../data/types';
import { SourceLinks } from './SourceLinks';
import { Template } from '../i18n/Template';
import { useLocale } from '../i18n/useLocale';
import { correctionText } from '../i18n/recordWords';

/** The corrections log, one line each, newest first: what the page got wrong, and the sources for the fix. */
export function Corrections({ corrections }: { readonly corrections: readonly Correction[] }) {
  const locale = useLocale();
  if (corrections.length === 0) return null;
  return (
    <section className="corrections" aria-labelledby="corrections-title">
      <h2 id="corrections-title">{locale.m.corrections.heading}</h2>
      <ul className="correction-list">
        {corrections.map((correction) => (
          <li key={correction.id} id={`correction-${correction.id}`}>
            <Template
              text={locale.m.story.corrections.line}
              slots={{
                date: <time dateTime={correction.date}>{locale.date(correction.date)}</time>,
                text: correctionText(locale.m, correction.id),
              }}
            />{' '}
            <SourceLinks ids={correction.sourceIds} />
          </li>
        ))}
      </ul>
    </section>
  );
}
