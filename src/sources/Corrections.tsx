import type { Correction } from '../data/types';
import { formatDate } from '../model/dates';
import { SourceLinks } from './SourceLinks';

/** The corrections log, by the day each was made: what the page got wrong, and the sources for the fix. */
export function Corrections({ corrections }: { readonly corrections: readonly Correction[] }) {
  if (corrections.length === 0) return null;
  const days = [...new Set(corrections.map((correction) => correction.date))];
  return (
    <section className="corrections" aria-labelledby="corrections-title">
      <h2 id="corrections-title">Corrections</h2>
      {days.map((day) => (
        <div key={day}>
          <p className="correction-day">
            Corrected on <time dateTime={day}>{formatDate(day, 'long')}</time>:
          </p>
          <ul className="correction-list">
            {corrections
              .filter((correction) => correction.date === day)
              .map((correction) => (
                <li key={correction.id} id={`correction-${correction.id}`}>
                  {correction.text} <SourceLinks ids={correction.sourceIds} />
                </li>
              ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
