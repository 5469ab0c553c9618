import { Suspense, useState } from 'react';
import type { CountryCode, MapMode } from '../data/types';
import { useLocale } from '../i18n/useLocale';
import { SuspendingPart } from '../ui/Deferred';
import { deferredPart } from '../ui/deferredParts';
import type { Day } from '../model/dates';

/** The view an image is made of, taken when the reader opens the dialog. */
export interface ImageSubject {
  readonly day: Day;
  readonly mode: MapMode;
  readonly country: CountryCode | null;
  /** This view's address on the full page, absolute: the image's source line. */
  readonly address: string;
}

// The dialog, the image's drawing code and its words load only when the reader asks for them.
const IMAGE_DIALOG = deferredPart(() => import('./ImageDialog').then((m) => m.default));

/** "Download image": opens the dialog that offers the current view of the map as PNG and SVG. */
export function ImageDownload({ view }: { readonly view: () => ImageSubject }) {
  const { m } = useLocale();
  const [open, setOpen] = useState<ImageSubject | null>(null);
  return (
    <>
      <button type="button" className="image-button" onClick={() => setOpen(view())}>
        {m.image.button}
      </button>
      {open && (
        <Suspense fallback={<span role="status">{m.image.loading}</span>}>
          <SuspendingPart
            part={IMAGE_DIALOG}
            props={{ view: open, onClose: () => setOpen(null) }}
          />
        </Suspense>
      )}
    </>
  );
}
