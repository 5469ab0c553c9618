import { memo } from 'react';

/**
 * The chart's one paint server: `url(#hc-hatch)`, the hatching over an uncertain start. Its colour
 * comes from CSS (paletteCss.ts), as the segments' and labels' do (`data-paint`, `data-ink`), so a
 * change of scheme repaints the chart without re-rendering it (and the prerendered rows, which load
 * their code later, are never touched), before and after the app hydrates alike.
 */
export const HistoryPaints = memo(function HistoryPaints() {
  return (
    <svg className="hc-paints" width="0" height="0" aria-hidden="true" focusable="false">
      <pattern
        id="hc-hatch"
        className="hc-hatch"
        width="6"
        height="6"
        patternUnits="userSpaceOnUse"
        patternTransform="rotate(45)"
      >
        <rect width="3" height="6" fillOpacity="0.75" />
      </pattern>
    </svg>
  );
});
