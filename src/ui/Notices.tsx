import type { Notice } from '../options/types';
import { sentencePieces } from './noticeSentences';

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
                {sentencePieces(notice.reason).map((piece, at) =>
                  typeof piece === 'string' ? (
                    piece
                  ) : piece.slot === 'param' ? (
                    <code key={at}>{notice.param}</code>
                  ) : (
                    <span key={at} className="notice-value">
                      {notice.value}
                    </span>
                  ),
                )}
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
