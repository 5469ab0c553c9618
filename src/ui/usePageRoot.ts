import { createContext, useContext } from 'react';

/**
 * The relative way from the page's folder back to the site's root ('./' on the home page,
 * '../../' on a state's page), so links to other pages work from any folder of any static host.
 */
export const PageRoot = createContext('./');

export function usePageRoot(): string {
  return useContext(PageRoot);
}
