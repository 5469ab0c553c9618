import { createContext, useContext } from 'react';
import type { Messages } from './messages';
import type { Locale } from './locale';

/** The page's language, provided once by the composition root (mount.tsx, entry-server.tsx). */
export const LocaleContext = createContext<Locale<Messages> | null>(null);

/** The page's locale; every view takes its words from here. */
export function useLocale(): Locale<Messages> {
  const locale = useContext(LocaleContext);
  if (!locale) throw new Error('No LocaleContext provider: the composition root provides one.');
  return locale;
}
