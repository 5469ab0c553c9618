import { memo, useMemo } from 'react';
import type { ReactNode } from 'react';
import { STATUS_CHANGES } from '../data/statusChanges';
import type { CountryCode } from '../data/types';
import type { Day } from '../model/dates';
import { TIMELINE_END, TIMELINE_START } from '../model/timeline';
import { useLocale } from '../i18n/useLocale';
import type { Messages } from '../i18n/messages';
import { Deferred } from '../ui/Deferred';
import { deferredPart } from '../ui/deferredParts';
import { HistoryAxis } from './HistoryAxis';
import { HistoryLegend } from './HistoryLegend';
import { HistoryPaints } from './HistoryPaints';
import { historyRows } from './historySegments';
import { widthOf, xOf } from './historyScale';

/** What a reader picks in the chart: a state, and with a segment the day it began. */
export type SelectInHistory = (country: CountryCode, day?: Day) => void;

// The rows, their labels and their keyboard and pointer handling: prerendered with the page, their
// code loaded once the chart comes on screen (not a screen ahead, like the parts further down: it
// sits just below the map, so that would put its code in every first view; a segment pressed
// meanwhile is pressed again once the code is in). They take no prop that changes with the date
// or the selection, so they never re-render while the reader scrubs (and never lose their server
// HTML while waiting); the rule and the selected row's band are drawn here, around them.
const HISTORY_CHART = deferredPart(
  () => import('./HistoryChart').then((module) => module.HistoryChart),
  { ahead: '0px' },
);

/** The rows in the page's language: its alphabetical order orders the states within each group. */
function rowsIn(m: Messages) {
  return historyRows(
    STATUS_CHANGES,
    (code) => m.countries[code],
    (status) => m.statuses[status].label,
    m.countryOrder,
  );
}

interface HistorySectionProps {
  readonly day: Day;
  readonly country: CountryCode | null;
  /** The date control, when the map (which usually holds it) is not shown. */
  readonly timeControl: ReactNode;
  readonly onSelect: SelectInHistory;
}

/** "Membership over time": every state's status through 1991–2025, one row each. */
export function HistorySection({ day, country, timeControl, onSelect }: HistorySectionProps) {
  const locale = useLocale();
  const words = locale.m.chart;
  const rows = useMemo(() => rowsIn(locale.m), [locale.m]);
  const props = useMemo(() => ({ rows, onSelect }), [rows, onSelect]);
  return (
    <section className="history-section" aria-labelledby="history-title">
      <h2 id="history-title">{words.heading}</h2>
      <p className="history-intro">
        {words.intro(locale.date(TIMELINE_START), locale.date(TIMELINE_END))}
      </p>
      {timeControl}
      <HistoryPaints />
      <HistoryLegend />
      <HistoryAxis />
      <div className="history-chart">
        <Band
          row={country ? rows.findIndex((row) => row.code === country) : -1}
          count={rows.length}
        />
        <Deferred part={HISTORY_CHART} props={props} />
        <Rule day={day} />
      </div>
      <p className="history-source">{words.source}</p>
    </section>
  );
}

/** The selected state's row, highlighted behind it (percentages: rows are all one height). */
const Band = memo(function Band({ row, count }: { readonly row: number; readonly count: number }) {
  const height = 100 / count;
  return (
    <svg className="hc-band" aria-hidden="true" focusable="false">
      {row >= 0 && <rect width="100%" y={`${row * height}%`} height={`${height}%`} />}
    </svg>
  );
});

/** The rule at the selected day, over the rows: the one thing that moves with the slider. */
const Rule = memo(function Rule({ day }: { readonly day: Day }) {
  const x = `${xOf(day) + widthOf(day, day) / 2}%`;
  return (
    <svg className="hc-rule" aria-hidden="true" focusable="false">
      <line className="hc-rule-halo" x1={x} x2={x} y1="0" y2="100%" />
      <line x1={x} x2={x} y1="0" y2="100%" />
    </svg>
  );
});
