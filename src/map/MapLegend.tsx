import { useLocale } from '../i18n/useLocale';
import type { LegendItem } from './colour/legendItems';

/** Which entry the reader is pointing at or has tapped, and how to change it. */
export interface LegendPick {
  /** The entry whose states stand out on the map (pointed at, focused or pinned). */
  readonly picked: string | null;
  /** The entry a click or tap has pinned, so it stays picked when the pointer leaves. */
  readonly pinned: string | null;
  readonly onPreview: (key: string | null) => void;
  readonly onPin: (key: string | null) => void;
}

/**
 * The legend, generated from the status (or attendance) table, never written by hand. The entries
 * any state has on the shown day come first, each with its count; the statuses no state has that
 * day are folded into one closed line under them ("Not on this date: 4 more statuses"), still
 * there with their definitions for the reader who opens it, and recomputed as the date moves.
 * With `pick`, each entry is a button: pointing at, focusing or tapping it picks out its states
 * on the map, and a polite live region says how many there are.
 */
export function MapLegend({
  title,
  items,
  pick,
  definitions = true,
}: {
  readonly title: string;
  readonly items: readonly LegendItem[];
  readonly pick?: LegendPick;
  /** False where the details or a disclosure already say what each status means. */
  readonly definitions?: boolean;
}) {
  const { m } = useLocale();
  const picked = pick && items.find((item) => item.key === pick.picked);
  const shown = items.filter((item) => item.count > 0);
  const absent = items.filter((item) => item.count === 0);
  return (
    <section className="legend" aria-labelledby="legend-title">
      <h3 id="legend-title">{title}</h3>
      <ul>
        {shown.map((item) => {
          const entry = (
            <>
              <svg className="swatch" width="14" height="14" aria-hidden="true">
                <rect x="0.5" y="0.5" width="13" height="13" rx="3" data-paint={item.paint} />
              </svg>
              <span className="legend-label">{item.label}</span>{' '}
              <span className="legend-count">{m.legend.count(item.count)}</span>
            </>
          );
          return (
            <li key={item.key} className={pick?.picked === item.key ? 'legend-picked' : undefined}>
              {pick ? (
                <button
                  type="button"
                  className="legend-entry"
                  aria-pressed={pick.pinned === item.key}
                  onPointerEnter={() => pick.onPreview(item.key)}
                  onPointerLeave={() => pick.onPreview(null)}
                  onFocus={() => pick.onPreview(item.key)}
                  onBlur={() => pick.onPreview(null)}
                  onClick={() => pick.onPin(pick.pinned === item.key ? null : item.key)}
                >
                  {entry}
                </button>
              ) : (
                entry
              )}
              {definitions && <span className="legend-definition">{item.definition}</span>}
            </li>
          );
        })}
      </ul>
      {absent.length > 0 && (
        <details className="legend-absent">
          <summary>{m.legend.absent(absent.length)}</summary>
          <ul>
            {absent.map((item) => (
              <li key={item.key}>
                <svg className="swatch" width="14" height="14" aria-hidden="true">
                  <rect x="0.5" y="0.5" width="13" height="13" rx="3" data-paint={item.paint} />
                </svg>
                <span className="legend-label">{item.label}</span>
                {definitions && <span className="legend-definition">{item.definition}</span>}
              </li>
            ))}
          </ul>
        </details>
      )}
      {pick && (
        <p className="visually-hidden" role="status">
          {picked ? m.legend.picked(picked.label, picked.count) : ''}
        </p>
      )}
    </section>
  );
}
