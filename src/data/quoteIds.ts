/**
 * The quotes' ids, in the panel's order: all an address needs to check `?quote=`, without the
 * quotes' words, which load with the quote panel (data/quotes.ts holds them, in this order).
 */
export const QUOTE_IDS = [
  'trade',
  'converging-approaches',
  'world-order',
  'new-year-meeting',
  'preserved-ties',
] as const;
