import type { ImageSubject } from '../image/ImageDownload';
import type { UrlOptions } from '../options/types';
import { outsideFrame } from '../options/urlParams';
import type { Selection } from './selection';
import { toSearch } from './urlState';

/**
 * The view a downloaded image shows, and the address that opens it on the full page (outside any
 * frame; the timeline's event and the quote left out, as the picture shows neither), from `root`,
 * the way back to the edition's root.
 */
export function imageSubject(
  selection: Selection,
  options: UrlOptions,
  root: string,
): ImageSubject {
  const { day, mode, country } = selection;
  const search = toSearch({ ...selection, event: null, quote: null }, outsideFrame(options));
  return { day, mode, country, address: new URL(`${root}${search}`, window.location.href).href };
}
