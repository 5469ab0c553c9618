import type { CountryCode } from '../data/types';
import { contextStyle, countryStyle } from './countryStyle';
import type { CountryLook } from './countryStyle';
import type { InsetTile } from './insetTiles';
import { BASE_COLORS } from './palette';
import type { Scheme } from './palette';

interface BakedInsetsProps {
  readonly tiles: readonly InsetTile[];
  readonly looks: Readonly<Record<CountryCode, CountryLook>>;
  readonly scheme: Scheme;
}

/**
 * The small states' tiles in the drawn-in map: a frame and the state enlarged in it, coloured
 * and outlined as its shape is. Extra targets for a pointer or a thumb (the map's click handler
 * finds `data-inset`), hidden from assistive technology: the named shape is the state's one name.
 */
export function BakedInsets({ tiles, looks, scheme }: BakedInsetsProps) {
  const frame = contextStyle(scheme);
  return (
    <g className="map-insets" aria-hidden="true">
      {tiles.map(({ id, frame: [x, y, width, height], d }) => {
        const style = countryStyle(looks[id], scheme);
        return (
          <g key={id} data-inset={id}>
            <rect
              className="map-inset-frame"
              x={x}
              y={y}
              width={width}
              height={height}
              fill={BASE_COLORS[scheme].border}
              stroke={frame.color}
            />
            <path
              d={d}
              fill={style.fillColor}
              stroke={style.color}
              strokeWidth={style.weight}
              strokeDasharray={typeof style.dashArray === 'string' ? style.dashArray : undefined}
            />
          </g>
        );
      })}
    </g>
  );
}
