import { contrast } from '../map/labelColors';

/**
 * Black or white text, whichever contrasts more with the fill `hex` ('#1d4e89'): segment labels
 * sit on the status colours of either scheme. WCAG contrast, as the map's labels use it.
 */
export function inkOn(hex: string): '#000000' | '#ffffff' {
  return contrast('#000000', hex) >= contrast('#ffffff', hex) ? '#000000' : '#ffffff';
}
