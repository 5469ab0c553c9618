import type { CountryCode } from '../../data/types';
import { countryStyle, outlined } from '../colour/countryStyle';
import type { CountryLook } from '../colour/countryStyle';
import type { InsetTile } from '../geometry/insetTiles';
import { bakedData } from '../colour/bakedAttributes';

interface SmallStateTilesProps {
  readonly tiles: readonly InsetTile[];
  readonly looks: Readonly<Record<CountryCode, CountryLook>>;
}

/**
 * The small states' tiles, drawn in both maps (BakedMap, and over Leaflet in MapInsets): a frame
 * and the state enlarged in it, coloured and outlined as its shape is (colours from CSS, as the
 * shapes': paletteCss.ts). Extra targets
 * for a pointer or a thumb (the map's click handler finds `data-inset`), hidden from assistive
 * technology: the named shape is the state's one name.
 */
export function SmallStateTiles({ tiles, looks }: SmallStateTilesProps) {
  return (
    <g className="map-insets" aria-hidden="true">
      {tiles.map(({ id, frame: [x, y, width, height], d }) => {
        const style = countryStyle(looks[id]);
        return (
          <g key={id} {...bakedData({ inset: id })}>
            <rect className="map-inset-frame" x={x} y={y} width={width} height={height} />
            <path
              d={d}
              {...bakedData({
                paint: looks[id].paint,
                edge: outlined(looks[id]) ? 'focus' : undefined,
              })}
              fillOpacity={style.fillOpacity === 1 ? undefined : style.fillOpacity}
              strokeWidth={style.weight}
              strokeDasharray={typeof style.dashArray === 'string' ? style.dashArray : undefined}
            />
          </g>
        );
      })}
    </g>
  );
}
