import { useState } from 'react';
import type { Notice, UrlOptions } from '../embed/urlOptions';
import { MapSection } from '../map/MapSection';
import { Notices } from '../ui/Notices';
import { useScheme } from './useScheme';
import { useSelection } from './useSelection';

const NO_HIGHLIGHT: ReadonlySet<never> = new Set();

/** Layout only: the selection comes from one hook, every panel is controlled by it. */
export function App({
  options,
  notices,
}: {
  readonly options: UrlOptions;
  readonly notices: readonly Notice[];
}) {
  const [selection, dispatch] = useSelection(options);
  const scheme = useScheme(options.theme);
  const [shownNotices, setShownNotices] = useState(notices);

  return (
    <>
      <header className="page-header">
        <p className="kicker">Explainer</p>
        <h1>The Commonwealth of Independent States</h1>
        <p className="dek">
          Who is in the CIS, since when, and who came to the leaders’ meeting in St Petersburg on 22
          December 2025.
        </p>
      </header>
      <Notices notices={shownNotices} onDismiss={() => setShownNotices([])} />
      <main>
        <MapSection
          day={selection.day}
          country={selection.country}
          mode={selection.mode}
          highlighted={NO_HIGHLIGHT}
          scheme={scheme}
          onSelectCountry={(country) => dispatch({ type: 'selectCountry', country })}
          onModeChange={(mode) => dispatch({ type: 'setMode', mode })}
        />
      </main>
    </>
  );
}
