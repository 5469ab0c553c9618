import { useEffect, useRef } from 'react';
import { useMap } from 'react-leaflet/hooks';

/** How far (CSS px) one finger moves on the map before it counts as a swipe, not a tap. */
const SWIPE = 10;

/**
 * The map never traps the page, as embedded Google Maps: one finger on the map scrolls the page
 * (the container's touch-action is pan-y, in styles.css, and Leaflet's drag is off for touch);
 * two fingers move and zoom the map (Leaflet's touch zoom, which pans with the pinch's centre). A
 * mouse still drags. `onSwipe` is called when one finger swipes across the map, for a hint.
 * A few lines instead of leaflet-gesture-handling, which brings its own stylesheet and strings.
 */
export function TouchGestures({ onSwipe }: { readonly onSwipe: () => void }) {
  const map = useMap();
  const onSwipeRef = useRef(onSwipe);
  useEffect(() => {
    onSwipeRef.current = onSwipe;
  }, [onSwipe]);
  useEffect(() => {
    const container = map.getContainer();
    // Pointer events come before the touch or mouse events Leaflet's drag listens to.
    const onPointerDown = (event: PointerEvent) => {
      if (event.pointerType === 'touch') map.dragging.disable();
      else map.dragging.enable();
    };
    let start: { x: number; y: number } | null = null;
    const onTouchStart = (event: TouchEvent) => {
      const touch = event.touches.length === 1 ? event.touches[0] : undefined;
      start = touch ? { x: touch.clientX, y: touch.clientY } : null;
    };
    const onTouchMove = (event: TouchEvent) => {
      const touch = event.touches[0];
      if (!start || !touch || event.touches.length !== 1) return;
      if (Math.hypot(touch.clientX - start.x, touch.clientY - start.y) < SWIPE) return;
      start = null;
      onSwipeRef.current();
    };
    const options = { capture: true, passive: true };
    container.addEventListener('pointerdown', onPointerDown, options);
    container.addEventListener('touchstart', onTouchStart, options);
    container.addEventListener('touchmove', onTouchMove, options);
    return () => {
      container.removeEventListener('pointerdown', onPointerDown, options);
      container.removeEventListener('touchstart', onTouchStart, options);
      container.removeEventListener('touchmove', onTouchMove, options);
    };
  }, [map]);
  return null;
}
