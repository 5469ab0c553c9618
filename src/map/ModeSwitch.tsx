import { MAP_MODES } from '../data/types';
import type { MapMode } from '../data/types';

import { useLocale } from '../i18n/useLocale';

/** Switches what the map colours: a labelled group of native radio buttons. */
export function ModeSwitch({
  mode,
  onChange,
}: {
  readonly mode: MapMode;
  readonly onChange: (mode: MapMode) => void;
}) {
  const { m } = useLocale();
  return (
    <fieldset className="mode-switch">
      <legend>{m.map.modeLegend}</legend>
      {MAP_MODES.map((value) => (
        <label key={value}>
          <input
            type="radio"
            name="map-mode"
            value={value}
            checked={mode === value}
            onChange={() => onChange(value)}
          />
          {m.map.modes[value]}
        </label>
      ))}
    </fieldset>
  );
}
