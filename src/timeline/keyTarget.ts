import type { Day } from '../model/dates';
import {
  nextStop,
  previousStop,
  shiftYears,
  TIMELINE_END,
  TIMELINE_START,
} from '../model/timeline';

/** Where a key moves the date, or undefined for keys the slider leaves alone. */
export function keyTarget(key: string, day: Day, stops: readonly Day[]): Day | undefined {
  switch (key) {
    case 'ArrowRight':
    case 'ArrowUp':
      return nextStop(stops, day) ?? TIMELINE_END;
    case 'ArrowLeft':
    case 'ArrowDown':
      return previousStop(stops, day) ?? TIMELINE_START;
    case 'PageUp':
      return shiftYears(day, 1);
    case 'PageDown':
      return shiftYears(day, -1);
    case 'Home':
      return TIMELINE_START;
    case 'End':
      return TIMELINE_END;
    default:
      return undefined;
  }
}
