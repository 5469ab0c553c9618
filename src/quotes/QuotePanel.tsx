import { memo, useRef } from 'react';
import type { Quote } from '../data/types';
import { SOURCES } from '../data/sources';
import { CONTESTED_POINTS } from '../data/contested';
import { formatDate } from '../model/dates';
import { resolveSources } from '../model/citations';
import { SourceLinks } from '../sources/SourceLinks';
import { useCopy } from '../ui/useCopy';
import { quoteCitation, quoteWords } from './quoteCitation';

interface QuotePanelProps {
  readonly quotes: readonly Quote[];
  readonly selected: string | null;
  readonly onSelect: (id: string) => void;
}

const ORIGIN_LABELS = {
  seed: 'As reported by MENAFN',
  'kremlin-transcript': 'From the Kremlin’s English transcript',
} as const satisfies Record<Quote['origin'], string>;

/** One quote at a time, verbatim and cited, with previous/next, a list, and copy with citation. */
// Memoised: it need not re-render while the reader scrubs through time.
export const QuotePanel = memo(function QuotePanel({
  quotes,
  selected,
  onSelect,
}: QuotePanelProps) {
  const index = Math.max(
    0,
    quotes.findIndex((quote) => quote.id === selected),
  );
  const quote = quotes[index];
  const copying = useCopy<'citation'>();
  const manualRef = useRef<HTMLTextAreaElement>(null);
  if (!quote) return null;
  const citation = quoteCitation(quote, resolveSources(quote.sourceIds, SOURCES));
  const go = (to: number) => {
    const target = quotes[to];
    if (!target) return;
    copying.reset();
    onSelect(target.id);
  };

  return (
    <div className="quote-panel">
      <figure className="quote" aria-labelledby={`quote-caption-${quote.id}`}>
        <blockquote cite={resolveSources(quote.sourceIds, SOURCES)[0]?.url}>
          <p>
            {quote.lead && <span className="quote-lead">{quote.lead} </span>}“{quote.text}”
          </p>
        </blockquote>
        <figcaption id={`quote-caption-${quote.id}`}>
          <strong>{quote.speaker}</strong>, {quote.role}. {quote.place},{' '}
          <time dateTime={quote.date}>{formatDate(quote.date, 'long')}</time>.{' '}
          <span className="quote-origin">{ORIGIN_LABELS[quote.origin]}.</span>{' '}
          <SourceLinks ids={quote.sourceIds} label="Source" />
        </figcaption>
      </figure>
      {quote.notes.length > 0 && (
        <ul className="quote-notes" aria-label="Notes on this quote">
          {quote.notes.map((note) => (
            <li key={note.text}>
              {note.contested && (
                <strong>
                  {CONTESTED_POINTS.find((p) => p.id === note.contested)?.title ?? 'Sources differ'}
                  :{' '}
                </strong>
              )}
              {note.text} <SourceLinks ids={note.sourceIds} />
            </li>
          ))}
        </ul>
      )}
      <div className="quote-controls">
        <button type="button" onClick={() => go(index - 1)} disabled={index === 0}>
          ← Previous quote
        </button>
        <span className="quote-count" aria-live="polite">
          Quote {index + 1} of {quotes.length}
        </span>
        <button type="button" onClick={() => go(index + 1)} disabled={index === quotes.length - 1}>
          Next quote →
        </button>
        <button
          type="button"
          onClick={() => void copying.copy('citation', citation, () => manualRef.current)}
        >
          Copy quote with citation
        </button>
      </div>
      <p className="copy-status" role="status">
        {copying.statusOf('citation', 'Copied the quote and its citation.')}
      </p>
      {copying.stateOf('citation') === 'blocked' && (
        <textarea
          ref={manualRef}
          className="copy-fallback"
          readOnly
          value={citation}
          aria-label="Quote with citation"
          rows={4}
        />
      )}
      <nav aria-label="All quotes">
        <ol className="quote-list">
          {quotes.map((q, i) => (
            <li key={q.id}>
              <button
                type="button"
                className="link-button"
                aria-current={i === index ? 'true' : undefined}
                onClick={() => go(i)}
              >
                {quoteWords(q)}
              </button>
            </li>
          ))}
        </ol>
      </nav>
    </div>
  );
});
