import { useLocale } from '../i18n/useLocale';

/** One legend row: a swatch, a label, a count and what the label means. */
export interface LegendItem {
  readonly key: string;
  readonly label: string;
  readonly definition: string;
  readonly color: string;
  readonly count: number;
}

/**
 * The legend, generated from the status (or attendance) table, never written by hand. Rows with
 * no country at this date are kept but dimmed, so the legend does not jump while scrubbing.
 */
export function MapLegend({
  title,
  items,
}: {
  readonly title: string;
  readonly items: readonly LegendItem[];
}) {
  const { m } = useLocale();
  return (
    <section className="legend" aria-labelledby="legend-title">
      <h3 id="legend-title">{title}</h3>
      <ul>
        {items.map((item) => (
          <li key={item.key} className={item.count === 0 ? 'legend-empty' : undefined}>
            <svg className="swatch" width="14" height="14" aria-hidden="true">
              <rect x="0.5" y="0.5" width="13" height="13" rx="3" fill={item.color} />
            </svg>
            <span className="legend-label">{item.label}</span>{' '}
            <span className="legend-count">{m.legend.count(item.count)}</span>
            <span className="legend-definition">{item.definition}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
