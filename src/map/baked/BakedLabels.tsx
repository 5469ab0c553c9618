import type { CountryCode } from '../../data/types';
import { useLocale } from '../../i18n/useLocale';
import type { CountryLook } from '../colour/countryStyle';
import type { InsetTile } from '../geometry/insetTiles';
import { LABEL_FONT } from '../labels/labelPlacement';
import type { LabelSet, PlacedLabel } from '../labels/labelPlacement';
import type { ZoomedLabels } from '../labels/zoomedLabels';
import { bakedData } from '../colour/bakedAttributes';

interface BakedLabelsProps {
  readonly labels: Readonly<Record<LabelSet, readonly PlacedLabel[]>>;
  readonly tiles: readonly InsetTile[];
  readonly looks: Readonly<Record<CountryCode, CountryLook>>;
}

const SETS: readonly LabelSet[] = ['wide', 'narrow'];

/**
 * The states' names in the drawn-in map, placed at build time (labelPlacement.ts): both label
 * sets, of which the map frame's width shows one (styles.css). Presentational: the shapes carry
 * the names for assistive technology. The tiles' labels are their short forms.
 */
export function BakedLabels({ labels, tiles, looks }: BakedLabelsProps) {
  const { m } = useLocale();
  return (
    <g className="map-labels" aria-hidden="true">
      {SETS.map((set) => (
        <g key={set} className={`map-labels-${set}`} fontSize={LABEL_FONT[set]}>
          {labels[set].map(({ id, x, y, form, leader }) => {
            // A label on open ground (with a leader) stands on the backdrop, not on its state.
            // Its colours come from CSS (paletteCss.ts), so they follow the scheme before the app.
            const on = leader ? 'panel' : looks[id].paint;
            return (
              <g key={id}>
                {leader && (
                  <line
                    x1={leader[0]}
                    y1={leader[1]}
                    x2={x}
                    y2={y}
                    {...bakedData({ on: 'panel' })}
                  />
                )}
                <text
                  x={x}
                  y={y}
                  {...bakedData({
                    label: id,
                    set,
                    form,
                    leader: leader ? leader.join(' ') : undefined,
                    on,
                  })}
                >
                  {form === 'name' ? m.countries[id] : m.countryShort[id]}
                </text>
              </g>
            );
          })}
          {tiles.map(({ id, labelAt: [x, y] }) => (
            <text key={id} x={x} y={y} {...bakedData({ tileLabel: id, on: 'panel' })}>
              {m.countryShort[id]}
            </text>
          ))}
        </g>
      ))}
    </g>
  );
}

/**
 * The drawn-in map's labels zoomed in (zoomedLabels.ts): one set, placed for the frame's view at
 * the whole map's size. Coloured as the whole map's labels are, from CSS.
 */
export function BakedZoomedLabels({
  zoomed,
  looks,
}: {
  readonly zoomed: ZoomedLabels;
  readonly looks: Readonly<Record<CountryCode, CountryLook>>;
}) {
  return (
    <g className="map-labels map-labels-zoomed" aria-hidden="true" fontSize={zoomed.font}>
      {zoomed.labels.map(({ id, x, y, text, leader }) => {
        const on = leader ? 'panel' : looks[id].paint;
        return (
          <g key={id}>
            {leader && (
              <line x1={leader[0]} y1={leader[1]} x2={x} y2={y} {...bakedData({ on: 'panel' })} />
            )}
            <text x={x} y={y} {...bakedData({ label: id, on })}>
              {text}
            </text>
          </g>
        );
      })}
    </g>
  );
}
