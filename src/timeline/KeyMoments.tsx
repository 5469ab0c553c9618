import { memo } from 'react';
import { EVENTS } from '../data/events';
import { KEY_MOMENTS } from '../data/story';
import { sortedEvents } from '../model/timeline';
import { SourceLinks } from '../sources/SourceLinks';
import { useLocale } from '../i18n/useLocale';
import { eventWords } from '../i18n/recordWords';

/** The key moments (data/story.ts), in the timeline's date order. */
const MOMENTS = sortedEvents(
  EVENTS.filter((event) => (KEY_MOMENTS as readonly string[]).includes(event.id)),
);

/** About a dozen events that tell the story, each dated and sourced, before the full timeline. */
// Memoised: it need not re-render while the reader scrubs through time.
export const KeyMoments = memo(function KeyMoments() {
  const locale = useLocale();
  const { m } = locale;
  return (
    <section className="key-moments" aria-labelledby="key-moments-title">
      <h2 id="key-moments-title">{m.story.keyMoments.heading}</h2>
      <ol className="moments">
        {MOMENTS.map((event) => (
          <li key={event.id}>
            <time dateTime={event.date}>
              {event.endDate ? locale.range(event.date, event.endDate) : locale.date(event.date)}
            </time>{' '}
            <strong>{eventWords(m, event.id).title}</strong> <SourceLinks ids={event.sourceIds} />
          </li>
        ))}
      </ol>
      <p className="moments-more">
        <a href="#timeline-title">{m.story.keyMoments.all}</a>
      </p>
    </section>
  );
});
