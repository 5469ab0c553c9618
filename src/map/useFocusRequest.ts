import { useState } from 'react';
import type { CountryCode } from '../data/types';
import type { FocusRequest } from './geometry/focusBox';

/**
 * What the map brings into view. Selecting a state by any route (a tap, the table, the keys, a
 * link) brings it into view; the second value ("Show the whole region") goes back. A new selection
 * is a new request, even of the same view. A pair, as useState's.
 */
export function useFocusRequest(
  selected: CountryCode | null,
): readonly [request: FocusRequest, showWhole: () => void] {
  const [request, setRequest] = useState<FocusRequest & { readonly of: CountryCode | null }>({
    focus: selected,
    seq: 0,
    of: selected,
  });
  if (request.of !== selected) setRequest({ focus: selected, seq: request.seq + 1, of: selected });
  const showWhole = () => setRequest({ focus: null, seq: request.seq + 1, of: selected });
  return [request, showWhole];
}
