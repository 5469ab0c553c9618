import type { Notice } from '../options/types';
import { Template } from '../i18n/Template';
import { useLocale } from '../i18n/useLocale';

/** Polite, visible notices about URL values that were ignored or adjusted. Values render as text. */
export function Notices({
  notices,
  onDismiss,
}: {
  readonly notices: readonly Notice[];
  readonly onDismiss: () => void;
}) {
  const { m } = useLocale();
  return (
    <div role="status" aria-live="polite" className="notices">
      {notices.length > 0 && (
        <div className="notice">
          <p>{m.notices.intro}</p>
          <ul>
            {notices.map((notice, index) => (
              <li key={index}>
                <Template
                  text={m.notices.reasons[notice.reason]}
                  slots={{
                    param: <code>{notice.param}</code>,
                    value: <span className="notice-value">{notice.value}</span>,
                  }}
                />
              </li>
            ))}
          </ul>
          <button type="button" onClick={onDismiss}>
            {m.notices.dismiss}
          </button>
        </div>
      )}
    </div>
  );
}
