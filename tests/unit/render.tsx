import { render as renderBare } from '@testing-library/react';
import type { RenderOptions } from '@testing-library/react';
import type { ReactElement, ReactNode } from 'react';
import { EN } from '../../src/i18n/en';
import type { Locale } from '../../src/i18n/locale';
import type { Messages } from '../../src/i18n/messages';
import { LocaleContext } from '../../src/i18n/useLocale';

export * from '@testing-library/react';

/** Testing Library's render inside a locale, as the composition root provides one (English by default). */
export function render(
  ui: ReactElement,
  { locale = EN, ...options }: RenderOptions & { locale?: Locale<Messages> } = {},
) {
  const Wrapper = ({ children }: { children: ReactNode }) => (
    <LocaleContext.Provider value={locale}>{children}</LocaleContext.Provider>
  );
  return renderBare(ui, { wrapper: Wrapper, ...options });
}
