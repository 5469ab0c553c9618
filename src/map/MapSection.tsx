import { Suspense, useEffect, useMemo, useRef, useState } from 'react';
import type { ReactNode, RefObject } from 'react';
import { COUNTRIES } from '../data/countries';
import { MEETING_RECORDS } from '../data/meeting';
import { STATUS_CHANGES } from '../data/statusChanges';
import { ATTENDANCE, STATUSES } from '../data/types';
import type { CountryCode, MapMode } from '../data/types';
import type { Day } from '../model/dates';
import { historyOf, statusesAt } from '../model/status';
import { SuspendingPart } from '../ui/Deferred';
import { loadPart } from '../ui/deferredParts';
import { PanelBoundary } from '../ui/PanelBoundary';
import { countryLooks, countryNames } from './colour/countryLooks';
import { COUNTRY_DETAILS } from './countryDetailsPart';
import { CountryTable } from './CountryTable';
import { legendItems } from './colour/legendItems';
import { MapLegend } from './MapLegend';
import { MapPanel } from './MapPanel';
import { ModeSwitch } from './ModeSwitch';
import { useLocale } from '../i18n/useLocale';

interface MapSectionProps {
  readonly day: Day;
  readonly country: CountryCode | null;
  readonly mode: MapMode;
  /** States involved in the selected timeline event, outlined on the map. */
  readonly highlighted: ReadonlySet<CountryCode>;
  /** The date control, shown under the map (status mode only). */
  readonly timeControl: ReactNode;
  readonly onSelectCountry: (country: CountryCode | null) => void;
  readonly onModeChange: (mode: MapMode) => void;
  /**
   * A compact map for an embed beside a story: the legend lists only the statuses present,
   * without definitions, and the table and definitions wait behind a disclosure.
   */
  readonly compact?: boolean;
}

/** Fetches the details panel's code as soon as the reader points at or tabs into `section`. */
function usePrefetchDetails(section: RefObject<HTMLElement | null>) {
  useEffect(() => {
    const element = section.current;
    if (!element) return;
    const stop = () => {
      element.removeEventListener('pointerover', prefetch);
      element.removeEventListener('focusin', prefetch);
    };
    const prefetch = () => {
      // A failed prefetch is no error of its own: the panel, if opened, meets the same failure and
      // its boundary reports it.
      loadPart(COUNTRY_DETAILS).catch(() => {});
      stop();
    };
    element.addEventListener('pointerover', prefetch);
    element.addEventListener('focusin', prefetch);
    return stop;
  }, [section]);
}

const ATTENDANCE_BY_COUNTRY = new Map(MEETING_RECORDS.map((record) => [record.country, record]));

/** The map with its mode switch, legend, details panel and table, all driven by the selection. */
export function MapSection({
  day,
  country,
  mode,
  highlighted,
  timeControl,
  onSelectCountry,
  onModeChange,
  compact = false,
}: MapSectionProps) {
  const locale = useLocale();
  const { m } = locale;
  const statuses = useMemo(() => statusesAt(STATUS_CHANGES, day), [day]);
  // The legend entry pointed at (or focused) wins over the one pinned by a click or tap.
  const [preview, setPreview] = useState<string | null>(null);
  const [pinned, setPinned] = useState<string | null>(null);
  // A pick left over from the other mode (a status in meeting mode) picks nothing.
  const keys: readonly string[] = mode === 'meeting' ? ATTENDANCE : STATUSES;
  const picked = [preview, pinned].find((key) => key !== null && keys.includes(key)) ?? null;
  const looks = useMemo(
    () =>
      countryLooks({
        mode,
        statuses,
        attendance: ATTENDANCE_BY_COUNTRY,
        selected: country,
        highlighted,
        picked,
      }),
    [mode, statuses, country, highlighted, picked],
  );
  const names = useMemo(
    () => countryNames(mode, statuses, ATTENDANCE_BY_COUNTRY, m),
    [mode, statuses, m],
  );
  const legend = useMemo(
    () => legendItems(mode, statuses, ATTENDANCE_BY_COUNTRY, m),
    [mode, statuses, m],
  );
  const selected = country ? COUNTRIES.find((c) => c.code === country) : undefined;
  const legendTitle =
    mode === 'meeting' ? m.legend.titleMeeting : m.legend.titleStatus(locale.date(day));
  const table = (
    <CountryTable
      countries={COUNTRIES}
      statuses={statuses}
      attendance={ATTENDANCE_BY_COUNTRY}
      mode={mode}
      day={day}
      selected={country}
      onSelect={onSelectCountry}
    />
  );
  const sectionRef = useRef<HTMLElement>(null);
  usePrefetchDetails(sectionRef);

  return (
    <section
      ref={sectionRef}
      className={compact ? 'map-section compact' : 'map-section'}
      aria-labelledby="map-title"
    >
      <h2 id="map-title" tabIndex={-1}>
        {mode === 'meeting' ? m.map.headingMeeting : m.map.headingStatus(locale.date(day))}
      </h2>
      <ModeSwitch mode={mode} onChange={onModeChange} />
      <div className="map-layout">
        <div className="map-column">
          <PanelBoundary panel="map">
            <MapPanel
              looks={looks}
              names={names}
              selected={country}
              showPlaces={mode === 'meeting'}
              onSelect={onSelectCountry}
              onClear={() => onSelectCountry(null)}
            />
          </PanelBoundary>
          {timeControl}
          {!compact && <p className="map-note">{m.map.note}</p>}
        </div>
        <div className="side-column">
          {/* The key first: it stays in view beside the map whatever is selected. */}
          <MapLegend
            title={legendTitle}
            items={compact ? legend.filter((item) => item.count > 0) : legend}
            definitions={!compact && !selected}
            pick={{
              picked,
              pinned,
              onPreview: setPreview,
              onPin: setPinned,
            }}
          />
          {selected ? (
            <PanelBoundary panel="details">
              <Suspense
                fallback={
                  <p className="details-hint">{m.map.loadingDetails(m.countries[selected.code])}</p>
                }
              >
                <SuspendingPart
                  part={COUNTRY_DETAILS}
                  props={{
                    country: selected,
                    day,
                    current: statuses[selected.code],
                    history: historyOf(STATUS_CHANGES, selected.code),
                    mode,
                    meeting: ATTENDANCE_BY_COUNTRY.get(selected.code),
                    onClose: () => onSelectCountry(null),
                    compact,
                  }}
                />
              </Suspense>
            </PanelBoundary>
          ) : (
            !compact && <p className="details-hint">{m.map.detailsHint}</p>
          )}
          {/* What a page's first paint waits for (<link rel="expect">, scripts/prerender.mjs): on
              a phone the details show above the key but come after it in the HTML, and a paint
              between the two moved the key down by the details' height (a layout shift of 0.18). */}
          <span id="map-side-end" hidden />
        </div>
      </div>
      {compact ? (
        <details className="map-more">
          <summary>{m.map.more}</summary>
          <dl className="definitions">
            {legend.map((item) => (
              <div key={item.key}>
                <dt>{item.label}</dt>
                <dd>{item.definition}</dd>
              </div>
            ))}
          </dl>
          {table}
          <p className="map-note">{m.map.note}</p>
        </details>
      ) : (
        table
      )}
    </section>
  );
}
