import type { KeyboardEvent } from 'react';
import { dayFromNumber, dayNumber } from '../model/dates';
import type { Day } from '../model/dates';
import { TIMELINE_END, TIMELINE_START } from '../model/timeline';
import { keyTarget } from './keyTarget';
import { useLocale } from '../i18n/useLocale';

interface DateSliderProps {
  readonly day: Day;
  /** Days worth stopping at (events and status changes): arrow keys step between them. */
  readonly stops: readonly Day[];
  readonly playing: boolean;
  readonly onDayChange: (day: Day) => void;
  readonly onPreviousEvent: () => void;
  readonly onNextEvent: () => void;
  readonly onTogglePlay: () => void;
  readonly canGoBack: boolean;
  readonly canGoForward: boolean;
}

const FIRST = dayNumber(TIMELINE_START);
const LAST = dayNumber(TIMELINE_END);

/**
 * The date control: a native range input over every day from 8 Dec 1991 to 22 Dec 2025, read out
 * as a date. Arrow keys step to the previous or next change, Page Up/Down by a year, Home/End to
 * the ends; dragging reaches any day.
 */
export function DateSlider(props: DateSliderProps) {
  const { day, stops, onDayChange } = props;
  const locale = useLocale();
  const { m } = locale;
  const spoken = locale.date(day, 'long');
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const target = keyTarget(event.key, day, stops);
    if (target === undefined) return;
    event.preventDefault();
    onDayChange(target);
  };
  return (
    <div className="date-control">
      <p className="date-label">
        {/* The label names the slider; its value text reads the date, so it is said once. */}
        <label htmlFor="date-slider">{m.slider.label}</label>{' '}
        <output htmlFor="date-slider">{spoken}</output>
      </p>
      <input
        id="date-slider"
        type="range"
        min={0}
        max={LAST - FIRST}
        step={1}
        value={dayNumber(day) - FIRST}
        aria-valuetext={spoken}
        onChange={(event) => onDayChange(dayFromNumber(FIRST + Number(event.currentTarget.value)))}
        onKeyDown={onKeyDown}
      />
      <div className="date-scale" aria-hidden="true">
        <span>{locale.date(TIMELINE_START.slice(0, 4))}</span>
        <span>{locale.date(TIMELINE_END.slice(0, 4))}</span>
      </div>
      <div className="date-buttons">
        <button type="button" onClick={props.onPreviousEvent} disabled={!props.canGoBack}>
          {m.slider.previous}
        </button>
        <button
          type="button"
          onClick={props.onTogglePlay}
          aria-pressed={props.playing}
          className="play"
        >
          {props.playing ? m.slider.pause : m.slider.play}
        </button>
        <button type="button" onClick={props.onNextEvent} disabled={!props.canGoForward}>
          {m.slider.next}
        </button>
      </div>
    </div>
  );
}
