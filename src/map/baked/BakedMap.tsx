import { memo, useMemo } from 'react';
import type { CountryCode } from '../../data/types';
import { isCountryCode } from '../../data/types';
import { useLocale } from '../../i18n/useLocale';
import { BAKED_MAP_CLASS } from './bakedShapes';
import { BAKED_ATTRS, bakedData } from '../colour/bakedAttributes';
import type { LabelledMap } from '../labels/labelledMap';
import { SmallStateTiles } from './SmallStateTiles';
import { BakedLabels, BakedZoomedLabels } from './BakedLabels';
import type { ZoomedLabels } from '../labels/zoomedLabels';
import { insetTiles } from '../geometry/insetTiles';
import { contextStyle, countryStyle, outlined } from '../colour/countryStyle';
import type { CountryLook } from '../colour/countryStyle';

interface BakedMapProps {
  readonly map: LabelledMap;
  readonly looks: Readonly<Record<CountryCode, CountryLook>>;
  readonly names: Readonly<Record<CountryCode, string>>;
  /** A tap before the Leaflet map has taken over still selects the state. */
  readonly onSelect: (country: CountryCode) => void;
  /**
   * Zoomed in (null: the whole region, as prerendered): the labels placed for the view, or
   * 'pending' while they are worked out. Zoomed in, the tiles are left out: each state is large
   * enough on its own, and a tile is not left half in view.
   */
  readonly zoom?: ZoomedLabels | 'pending' | null;
}

/**
 * The map drawn into the HTML: the same outlines, projection, fit and colours as the Leaflet map
 * (svgMap.ts, countryStyle.ts; the colours by name, from CSS, so they follow the colour scheme
 * before and without JavaScript), so it paints with the first frame, prints, works without
 * JavaScript, and the interactive map replaces it in place. Each state is a named image.
 */
export const BakedMap = memo(function BakedMap({
  map,
  looks,
  names,
  onSelect,
  zoom = null,
}: BakedMapProps) {
  const { m } = useLocale();
  const backdrop = contextStyle();
  const tiles = useMemo(() => insetTiles(map), [map]);
  return (
    // The keyboard's way in is the Leaflet map, which a key press loads: this click only keeps a
    // first tap from being lost while it does.
    <svg
      onClick={(event) => {
        const target = (event.target as Element).closest(
          `[${BAKED_ATTRS.shape}], [${BAKED_ATTRS.inset}]`,
        );
        const id =
          target?.getAttribute(BAKED_ATTRS.shape) ?? target?.getAttribute(BAKED_ATTRS.inset);
        if (id && isCountryCode(id)) onSelect(id);
      }}
      className={BAKED_MAP_CLASS}
      viewBox={map.viewBox}
      preserveAspectRatio="xMidYMid meet"
      role="group"
      aria-label={m.map.label}
    >
      {map.shapes.map(({ id, context, d }) => {
        if (context || !isCountryCode(id)) {
          return (
            <path
              key={id}
              d={d}
              {...bakedData({ shape: id, context: '' })}
              strokeWidth={backdrop.weight}
              aria-hidden="true"
            />
          );
        }
        const style = countryStyle(looks[id]);
        return (
          <path
            key={id}
            d={d}
            {...bakedData({
              shape: id,
              paint: looks[id].paint,
              edge: outlined(looks[id]) ? 'focus' : undefined,
            })}
            fillOpacity={style.fillOpacity === 1 ? undefined : style.fillOpacity}
            strokeWidth={style.weight}
            strokeDasharray={typeof style.dashArray === 'string' ? style.dashArray : undefined}
            role="img"
            aria-label={names[id]}
          />
        );
      })}
      {zoom === null && <SmallStateTiles tiles={tiles} looks={looks} />}
      {zoom === null ? (
        <BakedLabels labels={map.labels} tiles={tiles} looks={looks} />
      ) : (
        zoom !== 'pending' && <BakedZoomedLabels zoomed={zoom} looks={looks} />
      )}
    </svg>
  );
});
