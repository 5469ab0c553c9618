import type { Correction } from '../data/types';
import { formatDate } from '../model/dates';
import { SourceLinks } from './SourceLinks';

/** The corrections log: what the page got wrong, when it was fixed, and the sources for the fix. */
export function Corrections({ corrections }: { readonly corrections: readonly Correction[] }) {
  if (corrections.length === 0) return null;
  return (
    <section className="corrections" aria-labelledby="corrections-title">
      <h2 id="corrections-title">Corrections</h2>
      <ul className="correction-list">
        {corrections.map((correction) => (
          <li key={correction.id} id={`correction-${correction.id}`}>
            <time dateTime={correction.date}>{formatDate(correction.date, 'long')}</time>:{' '}
            {correction.text} <SourceLinks ids={correction.sourceIds} />
          </li>
        ))}
      </ul>
    </section>
  );
}
