import { memo } from 'react';
import { STATUSES } from '../data/types';
import { useLocale } from '../i18n/useLocale';
import type { PaintKey } from '../map/colour/palette';

/** The chart's key: every status with its colour, then the marks for uncertain and contested dates. */
export const HistoryLegend = memo(function HistoryLegend() {
  const { m } = useLocale();
  return (
    <ul className="hc-legend" aria-label={m.chart.legend}>
      {STATUSES.map((status) => (
        <li key={status}>
          <Swatch paint={`status-${status}`} />
          {m.statuses[status].label}
        </li>
      ))}
      <li>
        <svg className="swatch" width="14" height="14" aria-hidden="true">
          <rect width="14" height="14" rx="2" data-paint="status-member" />
          <rect width="14" height="14" rx="2" fill="url(#hc-hatch)" />
        </svg>
        {m.chart.uncertain}
      </li>
      <li>
        <svg className="swatch" width="14" height="14" aria-hidden="true">
          <text className="hc-mark" x="7" y="11">
            ▾
          </text>
        </svg>
        {m.chart.contested}
      </li>
    </ul>
  );
});

/** A status's swatch, painted by name from CSS (paletteCss.ts), as the map's shapes are. */
function Swatch({ paint }: { readonly paint: PaintKey }) {
  return (
    <svg className="swatch" width="14" height="14" aria-hidden="true">
      <rect x="0.5" y="0.5" width="13" height="13" rx="2" data-paint={paint} />
    </svg>
  );
}
