import { memo } from 'react';
import { STATUSES } from '../data/types';
import { BASE_COLORS, STATUS_COLORS } from '../map/palette';
import type { Scheme } from '../map/palette';
import { inkOn } from './inkOn';

/**
 * The chart's colours as SVG paint servers, from the map's palette: `url(#hc-member)` fills a
 * member's segment, `url(#hc-ink-member)` its label, `url(#hc-hatch)` an uncertain start. The
 * rows refer to them by name, so a change of scheme repaints the chart without re-rendering it
 * (and the prerendered rows, which load their code later, are never touched).
 */
export const HistoryPaints = memo(function HistoryPaints({ scheme }: { readonly scheme: Scheme }) {
  const colors = STATUS_COLORS[scheme];
  return (
    <svg className="hc-paints" width="0" height="0" aria-hidden="true" focusable="false">
      {STATUSES.map((status) => (
        <linearGradient key={status} id={`hc-${status}`}>
          <stop stopColor={colors[status]} />
        </linearGradient>
      ))}
      {STATUSES.map((status) => (
        <linearGradient key={status} id={`hc-ink-${status}`}>
          <stop stopColor={inkOn(colors[status])} />
        </linearGradient>
      ))}
      <pattern
        id="hc-hatch"
        width="6"
        height="6"
        patternUnits="userSpaceOnUse"
        patternTransform="rotate(45)"
      >
        <rect width="3" height="6" fill={BASE_COLORS[scheme].border} fillOpacity="0.75" />
      </pattern>
    </svg>
  );
});
