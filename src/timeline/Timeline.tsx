import { memo, useEffect, useRef } from 'react';
import { EVENT_CATEGORIES } from '../data/types';
import type { EventCategory, TimelineEvent } from '../data/types';
import { COUNTRY_NAMES } from '../data/countries';
import { formatDate } from '../model/dates';
import { SourceLinks } from '../sources/SourceLinks';

const CATEGORY_LABELS = {
  founding: 'Founding',
  membership: 'Membership',
  treaties: 'Treaties and institutions',
  summits: 'Summits',
  crises: 'Crises',
} as const satisfies Record<EventCategory, string>;

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
        <legend>Show events about</legend>
        {EVENT_CATEGORIES.map((category) => (
          <label key={category}>
            <input
              type="checkbox"
              checked={categories.has(category)}
              onChange={() => onToggleCategory(category)}
            />
            {CATEGORY_LABELS[category]}
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
                {formatDate(event.date)}
                {event.endDate && <> – {formatDate(event.endDate)}</>}
              </time>
              <span className="event-title">{event.title}</span>
            </button>
            <p className="event-summary">
              {event.summary}
              {event.certainty === 'contested' && (
                <span className="certainty"> (sources differ)</span>
              )}
            </p>
            <p className="event-meta">
              <span className="event-category">{CATEGORY_LABELS[event.category]}</span>
              {event.countries.length > 0 && (
                <> · {event.countries.map((code) => COUNTRY_NAMES[code]).join(', ')}</>
              )}{' '}
              · <SourceLinks ids={event.sourceIds} />
            </p>
          </li>
        ))}
      </ol>
      {events.length === 0 && <p>No events in the chosen categories.</p>}
    </div>
  );
});
