import { use, useEffect, useMemo, useRef, useState } from 'react';
import { loadImageWords } from '../i18n/imageWords';
import type { ImageWords } from '../i18n/imageWords';
import type { Lang } from '../i18n/locale';
import type { Messages } from '../i18n/messages';
import type { Locale } from '../i18n/locale';
import { useLocale } from '../i18n/useLocale';
import { bakeMap } from '../map/baked/bakedShapes';
import { useBakedMap } from '../map/baked/BakedMapContext';
import type { LabelledMap } from '../map/labels/labelledMap';
import { drawScene } from './drawScene';
import { imageFileName } from './imageFileName';
import type { ImageSubject } from './ImageDownload';
import { mapImage } from './mapImage';
import { downloadPermission, saveBlob } from './saveFile';
import { sceneSvg } from './sceneSvg';

/** The PNG is drawn at twice the image's size: 2400 px wide, sharp on a retina screen or in print. */
const PNG_RATIO = 2;

const prepared = new Map<Lang, Promise<{ words: ImageWords; map: LabelledMap }>>();

/**
 * The image's words and the map's outlines. The outlines are the drawn-in map's, read from the
 * page; a page without it (the development server) places them from the boundaries here.
 *
 * Only on the development server: every built page holds the drawn-in map. A built dialog that
 * could call bakeMap would bring its svgMap() and placeLabels() (the build's outline
 * and label placement, about 3.3 kB) into the browser's code, and since their modules are the first
 * view's too (bakedShapes, svgMap, labelPlacement), that code would load with the first view of
 * every page, for a page no reader gets. The build's other half of this is in vite.config.ts.
 */
function prepare(locale: Locale<Messages>, baked: LabelledMap | null) {
  let ready = prepared.get(locale.lang);
  if (!ready) {
    const map = baked
      ? Promise.resolve(baked)
      : import.meta.env.DEV
        ? import('../map/geometry/regionGeometry').then(async ({ loadRegionGeometry }) => {
            return bakeMap(await loadRegionGeometry(), {
              name: locale.m.countries,
              short: locale.m.countryShort,
            });
          })
        : Promise.reject(new Error('The page holds no drawn-in map to picture.'));
    ready = Promise.all([loadImageWords(locale.lang), map]).then(([words, map]) => ({
      words,
      map,
    }));
    prepared.set(locale.lang, ready);
  }
  return ready;
}

/** The canvas's text in the page's own font, as the page resolves it. */
const pageFont = () => getComputedStyle(document.body).fontFamily;

type Outcome = { kind: 'saved' | 'blocked' | 'unknown' | 'failed'; file: string } | null;

/**
 * A modal dialog offering the reader's view of the map as PNG and SVG, with a preview drawn by
 * the same code as the PNG. In a frame that may not save files it says so, with the full page's
 * address, instead of failing silently.
 */
export default function ImageDialog({
  view,
  onClose,
}: {
  readonly view: ImageSubject;
  readonly onClose: () => void;
}) {
  const locale = useLocale();
  const { m } = locale;
  const { words, map } = use(prepare(locale, useBakedMap()));
  const scene = useMemo(
    () => mapImage({ ...view, map, locale, words }),
    [view, map, locale, words],
  );
  const dialogRef = useRef<HTMLDialogElement>(null);
  const previewRef = useRef<HTMLCanvasElement>(null);
  const [outcome, setOutcome] = useState<Outcome>(null);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  useEffect(() => {
    if (previewRef.current) drawScene(previewRef.current, scene, pageFont(), 1);
  }, [scene]);

  const save = async (extension: 'png' | 'svg') => {
    const file = imageFileName(words.filePrefix, view, extension);
    const permission = downloadPermission(window);
    if (permission === 'blocked') return setOutcome({ kind: 'blocked', file });
    try {
      const blob =
        extension === 'svg'
          ? new Blob([sceneSvg(scene)], { type: 'image/svg+xml' })
          : await pngOf(scene);
      saveBlob(blob, file);
      setOutcome({ kind: permission === 'unknown' ? 'unknown' : 'saved', file });
    } catch {
      setOutcome({ kind: 'failed', file });
    }
  };

  return (
    <dialog
      ref={dialogRef}
      className="image-dialog"
      aria-labelledby="image-title"
      onClose={onClose}
    >
      <h2 id="image-title">{words.heading}</h2>
      <p>{words.intro}</p>
      {/* The canvas itself counts as interactive to assistive technology: its box is the image. */}
      <div role="img" aria-label={words.preview(scene.title)}>
        <canvas ref={previewRef} className="image-preview" aria-hidden="true" />
      </div>
      <div className="image-choices">
        <p>
          <button type="button" onClick={() => void save('png')}>
            {words.png}
          </button>{' '}
          {words.pngHint}
        </p>
        <p>
          <button type="button" onClick={() => void save('svg')}>
            {words.svg}
          </button>{' '}
          {words.svgHint}
        </p>
      </div>
      <p role="status" className="image-status">
        {outcome?.kind === 'saved' && words.saved(outcome.file)}
        {outcome?.kind === 'failed' && words.failed}
        {(outcome?.kind === 'blocked' || outcome?.kind === 'unknown') && (
          <>
            {outcome.kind === 'blocked' ? words.blocked : words.mayBeBlocked}{' '}
            <a href={view.address} target="_blank" rel="noopener">
              {view.address}
            </a>
          </>
        )}
      </p>
      <p className="image-credit">{words.credit(m.pages.site, view.address)}</p>
      <form method="dialog">
        <button type="submit">{words.close}</button>
      </form>
    </dialog>
  );
}

/** The scene painted at PNG_RATIO on a canvas of its own, as PNG bytes. */
function pngOf(scene: Parameters<typeof drawScene>[1]): Promise<Blob> {
  const canvas = document.createElement('canvas');
  drawScene(canvas, scene, pageFont(), PNG_RATIO);
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('No PNG'))), 'image/png'),
  );
}
