import type { Map as LeafletMap, Point } from 'leaflet';

/**
 * The map's one hover and focus label: a name beside the pointer, or at a focused shape's centre.
 * Drawn here rather than with L.Tooltip, which would bring Leaflet's overlay code for one label.
 * Hidden from screen readers: every shape's and marker's accessible name already says the same.
 */
export interface MapTooltip {
  /** Shows `text` beside `at` (a point in the map container), on the side with more room. */
  show(text: string, at: Point): void;
  /** Changes the text in place, if the label is showing. */
  setText(text: string): void;
  hide(): void;
}

const TOOLTIPS = new WeakMap<LeafletMap, MapTooltip>();

/** The map's label, made on first use; one per map, shared by every layer that labels things. */
export function mapTooltip(map: LeafletMap): MapTooltip {
  const existing = TOOLTIPS.get(map);
  if (existing) return existing;
  const container = map.getContainer();
  const label = document.createElement('div');
  label.className = 'map-tooltip';
  label.setAttribute('aria-hidden', 'true');
  label.hidden = true;
  container.append(label);
  const tooltip: MapTooltip = {
    show(text, at) {
      // textContent, never HTML: names come from our data, but nothing here should parse markup.
      label.textContent = text;
      label.hidden = false;
      const leftward = at.x > container.clientWidth / 2;
      label.style.transform =
        `translate(${Math.round(at.x)}px, ${Math.round(at.y)}px) ` +
        `translate(${leftward ? 'calc(-100% - 14px)' : '14px'}, -50%)`;
    },
    setText(text) {
      if (!label.hidden) label.textContent = text;
    },
    hide() {
      label.hidden = true;
    },
  };
  // A label left behind by a zoom or a drag would point at the wrong place.
  map.on('movestart zoomstart', tooltip.hide);
  TOOLTIPS.set(map, tooltip);
  return tooltip;
}
