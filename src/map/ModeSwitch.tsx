import { MAP_MODES } from '../data/types';
import type { MapMode } from '../data/types';

const LABELS = {
  status: 'Membership status',
  meeting: 'At the 22 Dec 2025 meeting',
} as const satisfies Record<MapMode, string>;

/** Switches what the map colours: a labelled group of native radio buttons. */
export function ModeSwitch({
  mode,
  onChange,
}: {
  readonly mode: MapMode;
  readonly onChange: (mode: MapMode) => void;
}) {
  return (
    <fieldset className="mode-switch">
      <legend>Map shows</legend>
      {MAP_MODES.map((value) => (
        <label key={value}>
          <input
            type="radio"
            name="map-mode"
            value={value}
            checked={mode === value}
            onChange={() => onChange(value)}
          />
          {LABELS[value]}
        </label>
      ))}
    </fieldset>
  );
}
