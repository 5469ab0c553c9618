import { useState } from 'react';
import { copyText } from './copyText';
import { useLocale } from '../i18n/useLocale';

/** How the last copy of one button went. */
export type CopyState = 'idle' | 'copied' | 'blocked';

/**
 * Copy-to-clipboard for one or more buttons, told apart by key: the state of the last copy and what
 * to say about it. Where the page may not write to the clipboard, the text in `fallback()` (a
 * textarea the caller shows) is selected for the reader to copy by hand.
 */
export function useCopy<K extends string>() {
  const { m } = useLocale();
  const [last, setLast] = useState<{ readonly key: K; readonly state: CopyState } | null>(null);
  const stateOf = (key: K): CopyState => (last?.key === key ? last.state : 'idle');
  return {
    stateOf,
    /** The sentence for `key`'s status line: `copied` once copied, the fallback's when blocked. */
    statusOf: (key: K, copied: string): string =>
      ({ idle: '', copied, blocked: m.copyBlocked })[stateOf(key)],
    copy: async (key: K, text: string, fallback: () => HTMLTextAreaElement | null) => {
      const copied = await copyText(text);
      setLast({ key, state: copied ? 'copied' : 'blocked' });
      // After the next paint: the fallback may only be shown once the copy is blocked.
      if (!copied) requestAnimationFrame(() => fallback()?.select());
    },
    reset: () => setLast(null),
  };
}
