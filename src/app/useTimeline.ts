import { useCallback, useMemo, useState } from 'react';
import type { Dispatch } from 'react';
import { EVENTS } from '../data/events';
import { STATUS_CHANGES } from '../data/statusChanges';
import { EVENT_CATEGORIES } from '../data/types';
import type { CountryCode, EventCategory, TimelineEvent } from '../data/types';
import { startOf } from '../model/dates';
import { adjacentEvent, sortedEvents, timelineStops } from '../model/timeline';
import type { Selection, SelectionAction } from './selection';
import { usePlay } from './usePlay';

const STOPS = timelineStops(STATUS_CHANGES, EVENTS);
const NONE: ReadonlySet<CountryCode> = new Set();

/** Timeline state derived from the selection: filtered events, stepping, Play, highlighted states. */
export function useTimeline(selection: Selection, dispatch: Dispatch<SelectionAction>) {
  const [categories, setCategories] = useState<ReadonlySet<EventCategory>>(
    () => new Set(EVENT_CATEGORIES),
  );
  const events = useMemo(() => sortedEvents(EVENTS, categories), [categories]);
  const selectedEvent = EVENTS.find((event) => event.id === selection.event);
  const highlighted = useMemo(
    () => (selectedEvent ? new Set<CountryCode>(selectedEvent.countries) : NONE),
    [selectedEvent],
  );
  const previous = adjacentEvent(events, selection.event, selection.day, -1);
  const next = adjacentEvent(events, selection.event, selection.day, 1);

  const selectEvent = useCallback(
    (event: TimelineEvent) =>
      dispatch({ type: 'selectEvent', event: event.id, day: startOf(event.date) }),
    [dispatch],
  );
  const step = useCallback(() => {
    if (!next) return false;
    dispatch({ type: 'tick', event: next.id, day: startOf(next.date) });
    return true;
  }, [next, dispatch]);
  const stop = useCallback(() => dispatch({ type: 'stop' }), [dispatch]);
  usePlay(selection.playing, step, stop);

  const togglePlay = () => {
    if (selection.playing) return stop();
    // Playing from the end starts again from the first event.
    const first = events[0];
    if (!next && first) dispatch({ type: 'tick', event: first.id, day: startOf(first.date) });
    dispatch({ type: 'play' });
  };
  const toggleCategory = useCallback(
    (category: EventCategory) =>
      setCategories((current) => {
        const updated = new Set(current);
        if (!updated.delete(category)) updated.add(category);
        return updated;
      }),
    [],
  );

  return {
    stops: STOPS,
    events,
    categories,
    highlighted,
    previous,
    next,
    selectEvent,
    togglePlay,
    toggleCategory,
  };
}
