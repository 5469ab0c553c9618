import { memo, useRef } from 'react';
import type { Quote } from '../data/types';
import { MEETING_QUOTES } from './quoteOrder';
import { MEETING_SOURCES } from '../data/meetingSources';
import { QUOTE_NOTE_TEXTS } from '../i18n/quoteNoteWords';
import { resolveSources } from '../model/citations';
import { SourceLinks } from '../sources/SourceLinks';
import { useCopy } from '../ui/useCopy';
import { quoteCitation, quoteWords } from './quoteCitation';
import { notesFor, wordingOf } from './quoteWording';
import { Template } from '../i18n/Template';
import { useLocale } from '../i18n/useLocale';
import { contestedWords } from '../i18n/recordWords';

interface QuotePanelProps {
  readonly quotes: readonly Quote[];
  readonly selected: string | null;
  readonly onSelect: (id: string) => void;
}

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
  const locale = useLocale();
  const { m } = locale;
  const quote = quotes[index];
  const copying = useCopy<'citation'>();
  const manualRef = useRef<HTMLTextAreaElement>(null);
  if (!quote) return null;
  // The words as spoken where the page is in their language, else the quote's translation.
  const wording = wordingOf(quote, locale.lang);
  const sources = resolveSources(wording.sourceIds, MEETING_SOURCES);
  const notes = notesFor(quote, wording);
  const citation = quoteCitation(quote, sources, locale);
  const go = (to: number) => {
    const target = quotes[to];
    if (!target) return;
    copying.reset();
    onSelect(target.id);
  };

  return (
    <div className="quote-panel">
      <figure className="quote" aria-labelledby={`quote-caption-${quote.id}`}>
        {wording.form === 'verbatim' ? (
          <blockquote cite={sources[0]?.url} lang={wording.spoken ? quote.spoken?.lang : undefined}>
            <p>
              {wording.lead && <span className="quote-lead">{wording.lead} </span>}
              {m.quotes.quoted(wording.text)}
            </p>
          </blockquote>
        ) : (
          // Reported speech is the outlet's sentence, not the speaker's words: no quotation marks.
          <p className="quote-reported">{wording.text}</p>
        )}
        <figcaption id={`quote-caption-${quote.id}`}>
          <Template
            text={m.quotes.caption}
            slots={{
              speaker: <strong>{m.people[quote.speaker].name}</strong>,
              role: m.people[quote.speaker].office,
              place: m.meetingFacts.venue,
              date: <time dateTime={quote.date}>{locale.date(quote.date, 'long')}</time>,
              origin: (
                <span className="quote-origin">
                  {wording.spoken
                    ? m.quotes.spokenOrigins[wording.adapted ? 'adapted' : wording.form]
                    : m.quotes.origins[quote.origin]}
                </span>
              ),
            }}
          />{' '}
          <SourceLinks ids={wording.sourceIds} label={m.quotes.source} />
        </figcaption>
      </figure>
      {notes.length > 0 && (
        <ul className="quote-notes" aria-label={m.quotes.notes}>
          {notes.map((note) => (
            <li key={note.id}>
              {note.contested && (
                <strong>
                  {m.quotes.noteHeading(
                    note.contested
                      ? contestedWords(m, note.contested).title
                      : m.certainty.contested,
                  )}{' '}
                </strong>
              )}
              {QUOTE_NOTE_TEXTS[locale.lang][note.id]} <SourceLinks ids={note.sourceIds} />
            </li>
          ))}
        </ul>
      )}
      <div className="quote-controls">
        <button type="button" onClick={() => go(index - 1)} disabled={index === 0}>
          {m.quotes.previous}
        </button>
        <span className="quote-count" aria-live="polite">
          {m.quotes.count(index + 1, quotes.length)}
        </span>
        <button type="button" onClick={() => go(index + 1)} disabled={index === quotes.length - 1}>
          {m.quotes.next}
        </button>
        <button
          type="button"
          onClick={() => void copying.copy('citation', citation, () => manualRef.current)}
        >
          {m.quotes.copy}
        </button>
      </div>
      <p className="copy-status" role="status">
        {copying.statusOf('citation', m.quotes.copied)}
      </p>
      {copying.stateOf('citation') === 'blocked' && (
        <textarea
          ref={manualRef}
          className="copy-fallback"
          readOnly
          value={citation}
          aria-label={m.quotes.copyBox}
          rows={4}
        />
      )}
      <nav aria-label={m.quotes.all}>
        <ol className="quote-list">
          {quotes.map((q, i) => (
            <li key={q.id}>
              <button
                type="button"
                className="link-button"
                aria-current={i === index ? 'true' : undefined}
                onClick={() => go(i)}
              >
                {quoteWords(q, locale)}
              </button>
            </li>
          ))}
        </ol>
      </nav>
    </div>
  );
});

/** The meeting's quotes in the panel, strongest first (quoteOrder.ts). */
export function MeetingQuotes(props: Omit<QuotePanelProps, 'quotes'>) {
  return <QuotePanel quotes={MEETING_QUOTES} {...props} />;
}
