import { useEffect, useLayoutEffect, useMemo, useState } from 'react';
import type { RefObject } from 'react';
import type { CountryCode } from '../../data/types';
import { focusBox, sameBox, viewOf } from '../geometry/focusBox';
import { svgMapBoxes, svgViewBox } from '../geometry/svgMap';
import type { ProjectedBox } from '../geometry/fitView';
import type { LabelledMap } from '../labels/labelledMap';
import { BAKED_MAP_CLASS } from './bakedShapes';

/** The drawn-in map's box inside its padding, and the frame's width (which picks the label set), in px. */
export type BakedSize = readonly [width: number, height: number, frameWidth: number];

/** Where the drawn-in map is brought to: the box it shows (null: the whole region). */
export interface BakedFocus {
  readonly box: ProjectedBox | null;
  readonly size: BakedSize | null;
  /** It shows less than the whole region. */
  readonly zoomed: boolean;
}

/**
 * The drawn-in map follows a focus request as the Leaflet map does, through its viewBox, fitted
 * to its box's shape (measured as it is laid out), until the Leaflet map has replaced it
 * (`replaced`). The viewBox is set here, not rendered: the server's HTML always frames the whole
 * region, so hydration never disagrees with it.
 */
export function useBakedFocus(
  frame: RefObject<HTMLElement | null>,
  baked: LabelledMap | null,
  focus: CountryCode | null,
  replaced: boolean,
): BakedFocus {
  // Read off the paths once a state is to be framed, then kept: every state's box is in them.
  const framing = focus !== null;
  const boxes = useMemo(() => (baked && framing ? svgMapBoxes(baked) : null), [baked, framing]);
  const [size, setSize] = useState<BakedSize | null>(null);
  useEffect(() => {
    const svg = svgIn(frame);
    if (!svg || replaced) return;
    const observer = new ResizeObserver(() => {
      const css = getComputedStyle(svg);
      const width = svg.clientWidth - parseFloat(css.paddingLeft) - parseFloat(css.paddingRight);
      const height = svg.clientHeight - parseFloat(css.paddingTop) - parseFloat(css.paddingBottom);
      if (width > 0 && height > 0) setSize([width, height, svg.clientWidth]);
    });
    observer.observe(svg);
    return () => observer.disconnect();
  }, [frame, replaced]);
  const state = focus ? boxes?.states[focus] : undefined;
  const box = useMemo(
    () => (state && boxes && size ? focusBox(state, boxes.whole, size[0], size[1]) : null),
    [state, boxes, size],
  );
  useLayoutEffect(() => {
    const svg = svgIn(frame);
    if (svg && baked) svg.setAttribute('viewBox', box ? svgViewBox(box) : baked.viewBox);
  }, [frame, baked, box]);
  const zoomed = Boolean(
    box && boxes && size && !sameBox(box, viewOf(boxes.whole, size[0] / size[1])),
  );
  return { box, size, zoomed };
}

/** The drawn-in map's <svg> in the frame, if it is still there. */
function svgIn(frame: RefObject<HTMLElement | null>): SVGSVGElement | null {
  return frame.current?.querySelector<SVGSVGElement>(`svg.${BAKED_MAP_CLASS}`) ?? null;
}
