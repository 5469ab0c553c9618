import type { Correction } from '../data/types';
import { SourceLinks } from './SourceLinks';
import { Template } from '../i18n/Template';
import { useLocale } from '../i18n/useLocale';
import { correctionText, type CorrectionTexts } from '../i18n/correctionWords';

/** The corrections log, one line each, newest first: what the page got wrong, and the sources for the fix. */
export function Corrections({
  corrections,
  texts,
}: {
  readonly corrections: readonly Correction[];
  /** The entries' words; the page language's own unless given. */
  readonly texts?: CorrectionTexts;
}) {
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
                text: correctionText(locale.lang, correction.id, texts),
              }}
            />{' '}
            <SourceLinks ids={correction.sourceIds} />
          </li>
        ))}
      </ul>
    </section>
  );
}
