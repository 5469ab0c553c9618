import type { CountryCode } from '../data/types';
import { useLocale } from '../i18n/useLocale';
import type { CountryLook } from './countryStyle';
import type { InsetTile } from './insetTiles';
import { labelColors } from './labelColors';
import { LABEL_FONT } from './labelPlacement';
import type { LabelSet, PlacedLabel } from './labelPlacement';
import { BASE_COLORS } from './palette';
import type { Scheme } from './palette';

interface BakedLabelsProps {
  readonly labels: Readonly<Record<LabelSet, readonly PlacedLabel[]>>;
  readonly tiles: readonly InsetTile[];
  readonly looks: Readonly<Record<CountryCode, CountryLook>>;
  readonly scheme: Scheme;
}

const SETS: readonly LabelSet[] = ['wide', 'narrow'];

/**
 * The states' names in the drawn-in map, placed at build time (labelPlacement.ts): both label
 * sets, of which the map frame's width shows one (styles.css). Presentational: the shapes carry
 * the names for assistive technology. The tiles' labels are their short forms.
 */
export function BakedLabels({ labels, tiles, looks, scheme }: BakedLabelsProps) {
  const { m } = useLocale();
  const onPanel = { text: BASE_COLORS[scheme].focus, halo: BASE_COLORS[scheme].border };
  return (
    <g className="map-labels" aria-hidden="true">
      {SETS.map((set) => (
        <g key={set} className={`map-labels-${set}`} fontSize={LABEL_FONT[set]}>
          {labels[set].map(({ id, x, y, form, leader }) => {
            // A label on open ground (with a leader) stands on the backdrop, not on its state.
            const { text, halo } = leader ? onPanel : labelColors(looks[id].fill, scheme);
            return (
              <g key={id}>
                {leader && (
                  <line x1={leader[0]} y1={leader[1]} x2={x} y2={y} stroke={onPanel.text} />
                )}
                <text
                  x={x}
                  y={y}
                  data-label={id}
                  data-set={set}
                  data-form={form}
                  data-leader={leader ? leader.join(' ') : undefined}
                  fill={text}
                  stroke={halo}
                >
                  {form === 'name' ? m.countries[id] : m.countryShort[id]}
                </text>
              </g>
            );
          })}
          {tiles.map(({ id, labelAt: [x, y] }) => (
            <text
              key={id}
              x={x}
              y={y}
              data-tile-label={id}
              fill={onPanel.text}
              stroke={onPanel.halo}
            >
              {m.countryShort[id]}
            </text>
          ))}
        </g>
      ))}
    </g>
  );
}
