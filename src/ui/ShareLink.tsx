import { useRef } from 'react';
import { useLocale } from '../i18n/useLocale';
import { useCopy } from './useCopy';

interface ShareLinkProps {
  /** The address to share, relative to the page (made absolute when shared). */
  readonly href: string;
  /** What the share sheet calls it: the page's title. */
  readonly title: string;
  /** The button's accessible name: "Share the page for Georgia". */
  readonly label: string;
}

/**
 * "Share": the system's share sheet where the browser has one (the Web Share API, on phones),
 * else the link copied to the clipboard, or shown selected where copying is blocked.
 */
export function ShareLink({ href, title, label }: ShareLinkProps) {
  const { m } = useLocale();
  const copying = useCopy<'link'>();
  const fallbackRef = useRef<HTMLTextAreaElement>(null);
  const url = typeof window === 'undefined' ? href : new URL(href, window.location.href).href;
  const share = async () => {
    if (typeof navigator.share === 'function') {
      try {
        await navigator.share({ title, url });
        return;
      } catch (error) {
        // Closing the share sheet is the reader's choice, not a failure to fall back from.
        if (error instanceof DOMException && error.name === 'AbortError') return;
      }
    }
    await copying.copy('link', url, () => fallbackRef.current);
  };
  return (
    <>
      <button
        type="button"
        className="share-button"
        aria-label={label}
        onClick={() => void share()}
      >
        {m.pages.share}
      </button>
      <span className="copy-status" role="status">
        {copying.statusOf('link', m.pages.shareCopied)}
      </span>
      {copying.stateOf('link') === 'blocked' && (
        <textarea
          ref={fallbackRef}
          className="copy-fallback"
          readOnly
          value={url}
          aria-label={m.pages.shareBox}
          rows={1}
        />
      )}
    </>
  );
}
