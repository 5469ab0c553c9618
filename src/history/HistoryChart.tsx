import { Fragment, memo, useCallback, useEffect, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import type { Locale } from '../i18n/locale';
import type { Messages } from '../i18n/messages';
import { useLocale } from '../i18n/useLocale';
import type { SelectInHistory } from './HistorySection';
import type { HistoryRow, HistorySegment } from './historySegments';
import { flagsDoubtInline } from '../model/doubt';

/** A segment by row and position in the row. */
type Spot = readonly [row: number, segment: number];

/**
 * The chart's rows: one per state, each a list of focusable segments named for assistive
 * technology. One Tab stop for the whole chart (a roving tabindex): arrows move between segments
 * and rows, Home and End go to a row's ends, Enter or Space (or a click) selects the state and
 * moves the date to the segment's start. Pointing at or focusing a segment shows its dates and
 * sources.
 */
export function HistoryChart({
  rows,
  onSelect,
}: {
  readonly rows: readonly HistoryRow[];
  readonly onSelect: SelectInHistory;
}) {
  const locale = useLocale();
  const [roving, setRoving] = useState<Spot>([0, 0]);
  const [focused, setFocused] = useState<Spot | null>(null);
  const [hovered, setHovered] = useState<Spot | null>(null);
  const list = useRef<HTMLOListElement>(null);
  const shown = hovered ?? focused;
  // Only the Tab stop has a tabindex (shorter HTML): an arrow key moves the stop, then focus.
  const moved = useRef(false);
  useEffect(() => {
    if (!moved.current) return;
    moved.current = false;
    const row = list.current?.querySelectorAll('.hc-row')[roving[0]];
    row?.querySelectorAll<SVGRectElement>('.hc-seg')[roving[1]]?.focus();
  }, [roving]);

  const onKey = useCallback(
    (event: KeyboardEvent, [row, segment]: Spot) => {
      const segments = rows[row]?.segments ?? [];
      const here = segments[segment]?.period.start ?? '';
      const across = (to: number) => {
        const target = rows[to]?.segments ?? [];
        return [
          to,
          Math.max(
            0,
            target.findLastIndex((s) => s.period.start <= here),
          ),
        ] as const;
      };
      const moves: Record<string, () => Spot> = {
        ArrowRight: () => [row, Math.min(segment + 1, segments.length - 1)],
        ArrowLeft: () => [row, Math.max(segment - 1, 0)],
        ArrowDown: () => across(Math.min(row + 1, rows.length - 1)),
        ArrowUp: () => across(Math.max(row - 1, 0)),
        Home: () => [row, 0],
        End: () => [row, segments.length - 1],
      };
      const move = moves[event.key];
      if (move) {
        event.preventDefault();
        moved.current = true;
        setRoving(move());
      } else if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        const chosen = rows[row];
        if (chosen) onSelect(chosen.code, segments[segment]?.period.start);
      }
    },
    [rows, onSelect],
  );
  const onFocus = useCallback((spot: Spot) => {
    setRoving(spot);
    setFocused(spot);
  }, []);
  const onBlur = useCallback(() => setFocused(null), []);
  // A click on a row's name selects the state, for pointers; keyboards and screen readers select
  // it through the row's segments (the name is not a second button named like the table's).
  useEffect(() => {
    const element = list.current;
    const onClick = (event: MouseEvent) => {
      const name = event.target instanceof Element && event.target.closest('.hc-name');
      const code = name && rows.find((row) => row.code === name.getAttribute('data-country'));
      if (code) onSelect(code.code);
    };
    element?.addEventListener('click', onClick);
    return () => element?.removeEventListener('click', onClick);
  }, [rows, onSelect]);

  return (
    <ol ref={list} className="hc-rows" aria-label={locale.m.chart.rows}>
      {rows.map((row, index) => (
        <ChartRow
          key={row.code}
          row={row}
          index={index}
          locale={locale}
          tabStop={roving[0] === index ? roving[1] : -1}
          shown={shown?.[0] === index ? shown[1] : -1}
          onSelect={onSelect}
          onKey={onKey}
          onFocus={onFocus}
          onBlur={onBlur}
          onHover={setHovered}
        />
      ))}
    </ol>
  );
}

interface ChartRowProps {
  readonly row: HistoryRow;
  readonly index: number;
  readonly locale: Locale<Messages>;
  /** The segment that takes the chart's Tab stop, or -1 if it is in another row. */
  readonly tabStop: number;
  /** The segment whose details are shown, or -1. */
  readonly shown: number;
  readonly onSelect: SelectInHistory;
  readonly onKey: (event: KeyboardEvent, spot: Spot) => void;
  readonly onFocus: (spot: Spot) => void;
  readonly onBlur: () => void;
  readonly onHover: (spot: Spot | null) => void;
}

/** One state's row; memoised, so hovering or moving along one row re-renders only that row. */
const ChartRow = memo(function ChartRow(props: ChartRowProps) {
  const { row, index, locale, tabStop, shown, onSelect } = props;
  const select = (segment: HistorySegment) => onSelect(row.code, segment.period.start);
  const tipId = `hc-tip-${row.code}`;
  const detail = row.segments[shown];
  return (
    <li className={row.opensGroup ? 'hc-row hc-group' : 'hc-row'}>
      <span className="hc-name" data-country={row.code}>
        {row.name}
      </span>
      <div className="hc-plot">
        <svg className="hc-bars" focusable="false">
          {row.segments.map((segment, s) => {
            const { period, x, width } = segment;
            return (
              // One focusable shape per segment, named in full; the marks drawn on it are not.
              <rect
                key={period.start}
                className="hc-seg"
                x={`${x}%`}
                width={`${width}%`}
                y="5"
                height="20"
                data-paint={`status-${period.status}`}
                role="button"
                tabIndex={s === tabStop ? 0 : undefined}
                aria-label={segmentName(locale, row.name, segment)}
                aria-describedby={s === shown ? tipId : undefined}
                onClick={() => select(segment)}
                onKeyDown={(event) => props.onKey(event, [index, s])}
                onFocus={() => props.onFocus([index, s])}
                onBlur={props.onBlur}
                onPointerEnter={() => props.onHover([index, s])}
                onPointerLeave={() => props.onHover(null)}
              />
            );
          })}
          <g aria-hidden="true" className="hc-marks">
            {row.segments.map(({ period, x, uncertain, tier }) => (
              <Fragment key={period.start}>
                {uncertain > 0 && (
                  <rect
                    x={`${x}%`}
                    width={`${uncertain}%`}
                    y="5"
                    height="20"
                    fill="url(#hc-hatch)"
                  />
                )}
                {period.change && flagsDoubtInline(period.change) && (
                  <text className="hc-mark" x={`${x}%`} y="5">
                    ▾
                  </text>
                )}
                {tier !== null && (
                  <text
                    className={`hc-label t${tier}`}
                    x={`${x}%`}
                    dx="5"
                    y="19"
                    data-ink={`status-${period.status}`}
                  >
                    {locale.m.statuses[period.status].label}
                  </text>
                )}
              </Fragment>
            ))}
          </g>
        </svg>
        {detail && <Tip id={tipId} locale={locale} segment={detail} below={index < 8} />}
      </div>
    </li>
  );
});

/** "Georgia: Member state, 19 Apr 1994 – 18 Aug 2009", flagged when the sources differ. */
function segmentName(locale: Locale<Messages>, country: string, segment: HistorySegment): string {
  const { period } = segment;
  const words = locale.m.chart;
  const dates = locale.range(period.change?.from ?? period.start, period.next?.from ?? period.end);
  const status = locale.m.statuses[period.status].label;
  const change = period.change;
  // Contested only where it changes the conclusion (the tip and the details say the rest).
  const flag =
    change?.certainty === 'single-source'
      ? 'single-source'
      : change && flagsDoubtInline(change)
        ? 'contested'
        : null;
  return flag
    ? words.segmentFlagged(country, status, dates, locale.m.certainty[flag])
    : words.segment(country, status, dates);
}

/** The hover and focus label: status, dates (with their certainty) and sources. */
function Tip({
  id,
  locale,
  segment,
  below,
}: {
  readonly id: string;
  readonly locale: Locale<Messages>;
  readonly segment: HistorySegment;
  readonly below: boolean;
}) {
  const { period, x, width } = segment;
  const words = locale.m.chart;
  const change = period.change;
  const certainty = change && change.certainty !== 'confirmed' ? change.certainty : null;
  const names = (change?.sourceIds ?? []).map(
    (id) => `${locale.m.publisherName(id) ?? id} [${id}]`,
  );
  // Anchored on the side with more room, so it never runs off the chart.
  const side =
    x + width / 2 < 50 ? { left: `${Math.max(x, 0)}%` } : { right: `${100 - x - width}%` };
  return (
    <div id={id} role="tooltip" className={below ? 'hc-tip' : 'hc-tip hc-tip-above'} style={side}>
      <strong>{locale.m.statuses[period.status].label}</strong>
      <br />
      {locale.range(change?.from ?? period.start, period.next?.from ?? period.end)}
      {certainty && ` ${locale.m.flagged(locale.m.certainty[certainty])}`}
      {names.length > 0 && (
        <>
          <br />
          {words.sources(locale.list(names))}
        </>
      )}
    </div>
  );
}
