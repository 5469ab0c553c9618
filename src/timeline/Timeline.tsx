import { memo, useEffect, useRef } from 'react';
import { EVENT_CATEGORIES } from '../data/types';
import type { EventCategory, TimelineEvent } from '../data/types';
import { SourceLinks } from '../sources/SourceLinks';
import { useLocale } from '../i18n/useLocale';
import { eventWords } from '../i18n/recordWords';
import { flagsDoubtInline } from '../model/doubt';

interface TimelineProps {
  /** Events to list, already filtered and in date order. */
  readonly events: readonly TimelineEvent[];
  readonly categories: ReadonlySet<EventCategory>;
  readonly selected: string | null;
  readonly onToggleCategory: (category: EventCategory) => void;
  readonly onSelectEvent: (event: TimelineEvent) => void;
}

/** The ordered list of events, filterable by category; selecting one moves the map to its date. */
// Memoised: it need not re-render while the reader scrubs through time.
export const Timeline = memo(function Timeline({
  events,
  categories,
  selected,
  onToggleCategory,
  onSelectEvent,
}: TimelineProps) {
  const locale = useLocale();
  const { m } = locale;
  const listRef = useRef<HTMLOListElement>(null);
  // Keep the selected event in view inside the list only: never scroll the page (or a host page).
  useEffect(() => {
    const list = listRef.current;
    const item = list?.querySelector<HTMLElement>('[aria-current="true"]');
    if (!list || !item) return;
    const top = item.offsetTop - list.offsetTop;
    if (top < list.scrollTop || top + item.offsetHeight > list.scrollTop + list.clientHeight) {
      list.scrollTop = top - list.clientHeight / 3;
    }
  }, [selected]);

  return (
    <div className="timeline">
      <fieldset className="category-filter">
        <legend>{m.timeline.filter}</legend>
        {EVENT_CATEGORIES.map((category) => (
          <label key={category}>
            <input
              type="checkbox"
              checked={categories.has(category)}
              onChange={() => onToggleCategory(category)}
            />
            {m.timeline.categories[category]}
          </label>
        ))}
      </fieldset>
      <ol className="event-list" ref={listRef}>
        {events.map((event) => (
          <li
            key={event.id}
            aria-current={event.id === selected ? 'true' : undefined}
            className={`event event-${event.category}`}
          >
            <button
              type="button"
              className="event-button"
              aria-pressed={event.id === selected}
              onClick={() => onSelectEvent(event)}
            >
              <time dateTime={event.date}>
                {event.endDate ? locale.range(event.date, event.endDate) : locale.date(event.date)}
              </time>
              <span className="event-title">{eventWords(m, event.id).title}</span>
            </button>
            <p className="event-summary">
              {eventWords(m, event.id).summary}
              {flagsDoubtInline(event) && (
                <span className="certainty">{` ${m.flagged(m.certainty.contested)}`}</span>
              )}
            </p>
            <p className="event-meta">
              <span className="event-category">{m.timeline.categories[event.category]}</span>
              {/* One text node: adjacent JSX text costs a <!-- --> apiece in the prerendered HTML. */}
              {event.countries.length > 0
                ? ` · ${locale.list(event.countries.map((code) => m.countries[code]))} · `
                : ' · '}
              <SourceLinks ids={event.sourceIds} />
            </p>
          </li>
        ))}
      </ol>
      {events.length === 0 && <p>{m.timeline.none}</p>}
    </div>
  );
});
