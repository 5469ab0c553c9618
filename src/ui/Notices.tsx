import { useEffect, useState } from 'react';
import type { Notice } from '../options/types';
import { Template } from '../i18n/Template';
import { loadNoticeWords, noticeWords } from '../i18n/noticeWords';
import { useLocale } from '../i18n/useLocale';

/**
 * Polite, visible notices about URL values that were ignored or adjusted. Values render as text.
 * Their words load only when there is something to say (mount.tsx loads them before drawing).
 */
export function Notices({
  notices,
  onDismiss,
}: {
  readonly notices: readonly Notice[];
  readonly onDismiss: () => void;
}) {
  const { lang } = useLocale();
  const [words, setWords] = useState(() => noticeWords(lang));
  const needed = notices.length > 0 && words === undefined;
  useEffect(() => {
    if (!needed) return;
    let live = true;
    loadNoticeWords(lang).then(
      (loaded) => live && setWords(loaded),
      () => {},
    );
    return () => {
      live = false;
    };
  }, [needed, lang]);
  return (
    <div role="status" aria-live="polite" className="notices">
      {notices.length > 0 && words && (
        <div className="notice">
          <p>{words.intro}</p>
          <ul>
            {notices.map((notice, index) => (
              <li key={index}>
                <Template
                  text={words.reasons[notice.reason]}
                  slots={{
                    param: <code>{notice.param}</code>,
                    value: <span className="notice-value">{notice.value}</span>,
                  }}
                />
              </li>
            ))}
          </ul>
          <button type="button" onClick={onDismiss}>
            {words.dismiss}
          </button>
        </div>
      )}
    </div>
  );
}
