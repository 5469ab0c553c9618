import type { Correction } from '../data/types';
import { SourceLinks } from './SourceLinks';
import { Template } from '../i18n/Template';
import { useLocale } from '../i18n/useLocale';
import { correctionText } from '../i18n/recordWords';

/** The corrections log, by the day each was made: what the page got wrong, and the sources for the fix. */
export function Corrections({ corrections }: { readonly corrections: readonly Correction[] }) {
  const locale = useLocale();
  if (corrections.length === 0) return null;
  const days = [...new Set(corrections.map((correction) => correction.date))];
  return (
    <section className="corrections" aria-labelledby="corrections-title">
      <h2 id="corrections-title">{locale.m.corrections.heading}</h2>
      {days.map((day) => (
        <div key={day}>
          <p className="correction-day">
            <Template
              text={locale.m.corrections.day}
              slots={{ date: <time dateTime={day}>{locale.date(day, 'long')}</time> }}
            />
          </p>
          <ul className="correction-list">
            {corrections
              .filter((correction) => correction.date === day)
              .map((correction) => (
                <li key={correction.id} id={`correction-${correction.id}`}>
                  {correctionText(locale.m, correction.id)}{' '}
                  <SourceLinks ids={correction.sourceIds} />
                </li>
              ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
