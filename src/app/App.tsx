import { useCallback, useEffect, useState } from 'react';
import type { CountryCode, MapMode } from '../data/types';
import type { Day } from '../model/dates';
import type { Notice, UrlOptions } from '../options/types';
import { useHeightReporter } from '../embed/useHeightReporter';
import { HistorySection } from '../history/HistorySection';
import { MapSection } from '../map/MapSection';
import { MeetingSummary } from '../quotes/MeetingSummary';
import { SourcesOnPage } from '../sources/SourceLinks';
import { SourcesSection } from '../sources/SourcesSection';
import { DateSlider } from '../timeline/DateSlider';
import { Timeline } from '../timeline/Timeline';
import { Notices } from '../ui/Notices';
import { Deferred } from '../ui/Deferred';
import { deferredPart } from '../ui/deferredParts';
import { PanelBoundary } from '../ui/PanelBoundary';
import { EmbedCredit } from './EmbedCredit';
import { KeyMoments } from '../timeline/KeyMoments';
import { Lede } from './Lede';
import { PeriodLine } from './PeriodLine';
import { StateLead } from './StateLead';
import { LanguageSwitch } from './LanguageSwitch';
import { PageFooter } from './PageFooter';
import { useSelection } from './useSelection';
import type { SiteAddress } from './useSelection';
import { pageTitle } from '../site/pageHead';
import { PageRoot, usePageRoot } from '../ui/usePageRoot';
import { useTimeline } from './useTimeline';
import { useLocale } from '../i18n/useLocale';

// Below the fold: their code, and the full source records, load as the reader nears them.
// The quotes' words come with their panel: the first view carries none of them.
const QUOTE_PANEL = deferredPart(() => import('../quotes/QuotePanel').then((m) => m.MeetingQuotes));
const DATA_DOWNLOADS = deferredPart(() =>
  import('../downloads/DataDownloads').then((m) => m.DataDownloads),
);
const NO_PROPS = {};

/** Layout only: the selection comes from one hook, every panel is controlled by it. */
export function App({
  options,
  notices,
  site,
}: {
  readonly options: UrlOptions;
  readonly notices: readonly Notice[];
  /** The full page's address (main.tsx): a selected state's address is then its own page. */
  readonly site?: SiteAddress;
}) {
  const locale = useLocale();
  const { m } = locale;
  const { selection, dispatch, root: addressRoot, address } = useSelection(options, site);
  const root = usePageRoot();
  // A state's page is titled for the state: the title follows when the address moves.
  const title = addressRoot !== null ? pageTitle(locale, selection.country) : null;
  useEffect(() => {
    if (title !== null) document.title = title;
  }, [title]);
  const timeline = useTimeline(selection, dispatch);
  useHeightReporter(options.embed, options.childId);
  const [shownNotices, setShownNotices] = useState(notices);
  // Stable callbacks, so the memoised panels skip re-rendering while the date moves.
  const selectQuote = useCallback(
    (quote: string) => dispatch({ type: 'selectQuote', quote }),
    [dispatch],
  );
  const selectCountry = useCallback(
    (country: CountryCode | null) => dispatch({ type: 'selectCountry', country }),
    [dispatch],
  );
  const setMode = useCallback((mode: MapMode) => dispatch({ type: 'setMode', mode }), [dispatch]);
  const selectInHistory = useCallback(
    (country: CountryCode, day?: Day) => {
      dispatch({ type: 'selectCountry', country });
      if (day) dispatch({ type: 'setDay', day });
    },
    [dispatch],
  );
  const show = (part: 'map' | 'history' | 'timeline' | 'quotes') =>
    options.view === 'all' || options.view === part;
  const full = options.view === 'all';
  // A state's page leads with the state; the selection moves the address to that page, and the
  // headline follows it.
  const state = options.embed ? null : selection.country;

  const slider = (
    <DateSlider
      day={selection.day}
      stops={timeline.stops}
      playing={selection.playing}
      onDayChange={(day) => dispatch({ type: 'setDay', day })}
      onPreviousEvent={() => timeline.previous && timeline.selectEvent(timeline.previous)}
      onNextEvent={() => timeline.next && timeline.selectEvent(timeline.next)}
      onTogglePlay={timeline.togglePlay}
      canGoBack={timeline.previous !== undefined}
      canGoForward={timeline.next !== undefined}
    />
  );

  return (
    <PageRoot.Provider value={addressRoot ?? root}>
      <SourcesOnPage.Provider value={full}>
        {!options.embed && (
          <header className="page-header">
            <LanguageSwitch path={address.path} search={address.search} />
            {state ? (
              <>
                <p className="kicker">
                  <a href={addressRoot ?? root}>{m.page.heading}</a>
                </p>
                <h1>{m.story.state.heading(m.countries[state])}</h1>
                <StateLead country={state} />
              </>
            ) : (
              <>
                <p className="kicker">{m.page.kicker}</p>
                <h1>{m.page.heading}</h1>
              </>
            )}
            <p className="period">
              <PeriodLine />
            </p>
          </header>
        )}
        <Notices notices={shownNotices} onDismiss={() => setShownNotices([])} />
        <main>
          {options.embed && <h1 className="visually-hidden">{m.page.heading}</h1>}
          {full && !options.embed && !state && <Lede />}
          {show('map') && (
            <MapSection
              day={selection.day}
              country={selection.country}
              mode={selection.mode}
              highlighted={timeline.highlighted}
              timeControl={selection.mode === 'status' ? slider : null}
              onSelectCountry={selectCountry}
              onModeChange={setMode}
              compact={options.embed && options.view === 'map'}
            />
          )}
          {show('quotes') && (
            <PanelBoundary panel="quotes">
              <section className="meeting-section" aria-labelledby="meeting-title">
                <h2 id="meeting-title">{m.meeting.heading}</h2>
                {!options.embed && <MeetingSummary />}
                <Deferred
                  part={QUOTE_PANEL}
                  props={{ selected: selection.quote, onSelect: selectQuote }}
                />
              </section>
            </PanelBoundary>
          )}
          {full && (
            <PanelBoundary panel="timeline">
              <KeyMoments />
            </PanelBoundary>
          )}
          {show('history') && (
            <PanelBoundary panel="history">
              <HistorySection
                day={selection.day}
                country={selection.country}
                timeControl={!show('map') && slider}
                onSelect={selectInHistory}
              />
            </PanelBoundary>
          )}
          {show('timeline') && (
            <PanelBoundary panel="timeline">
              <section className="timeline-section" aria-labelledby="timeline-title">
                <h2 id="timeline-title">{m.timeline.heading}</h2>
                {!show('map') && !show('history') && slider}
                <Timeline
                  events={timeline.events}
                  categories={timeline.categories}
                  selected={selection.event}
                  onToggleCategory={timeline.toggleCategory}
                  onSelectEvent={timeline.selectEvent}
                />
              </section>
            </PanelBoundary>
          )}
          {full && (
            <>
              <PanelBoundary panel="sources">
                <SourcesSection embed={options.embed} />
              </PanelBoundary>
              {!options.embed && (
                <PanelBoundary panel="downloads">
                  <Deferred part={DATA_DOWNLOADS} props={NO_PROPS} />
                </PanelBoundary>
              )}
            </>
          )}
        </main>
        {options.embed ? (
          <EmbedCredit selection={selection} options={options} />
        ) : (
          <PageFooter selection={selection} options={options} />
        )}
      </SourcesOnPage.Provider>
    </PageRoot.Provider>
  );
}
