import type { Notice } from '../embed/urlOptions';

/** Polite, visible notices about URL values that were ignored or adjusted. Values render as text. */
export function Notices({
  notices,
  onDismiss,
}: {
  readonly notices: readonly Notice[];
  readonly onDismiss: () => void;
}) {
  return (
    <div role="status" aria-live="polite" className="notices">
      {notices.length > 0 && (
        <div className="notice">
          <p>Some settings in the address could not be used, so defaults are shown instead:</p>
          <ul>
            {notices.map((notice, index) => (
              <li key={index}>
                <code>{notice.param}</code> “<span className="notice-value">{notice.value}</span>”{' '}
                {notice.message}.
              </li>
            ))}
          </ul>
          <button type="button" onClick={onDismiss}>
            Dismiss
          </button>
        </div>
      )}
    </div>
  );
}
