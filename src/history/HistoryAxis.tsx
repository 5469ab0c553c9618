import { Fragment, memo } from 'react';
import { TIMELINE_END, TIMELINE_START } from '../model/timeline';
import { xOf } from './historyScale';

const FIRST_YEAR = Number(TIMELINE_START.slice(0, 4)) + 1;
const LAST_YEAR = Number(TIMELINE_END.slice(0, 4));
const YEARS = Array.from({ length: LAST_YEAR - FIRST_YEAR + 1 }, (_, i) => FIRST_YEAR + i);
const LABELLED = YEARS.filter((year) => year % 5 === 0);
const LAST_LABELLED = LABELLED.at(-1);

/**
 * The time axis above the rows: the year written every five years, with a tick. The small tick
 * at every 1 January is the stylesheet's repeating gradient (.hc-ticks), one year apart. On a
 * narrow plot the decades' years are left out (.hc-decade), so "2020" never runs into the last
 * year, set flush right: 1995, 2005, 2015, 2025, ten years apart, every tick kept.
 */
export const HistoryAxis = memo(function HistoryAxis() {
  return (
    <div className="hc-axis" aria-hidden="true">
      <svg className="hc-ticks" focusable="false">
        {LABELLED.map((year) => {
          const x = `${xOf(`${year}-01-01`)}%`;
          return (
            <Fragment key={year}>
              <line x1={x} x2={x} y1="13" y2="24" />
              {/* The last year is set flush right, so it never runs past a narrow frame. */}
              <text
                x={x}
                y="11"
                {...(year === LAST_LABELLED
                  ? { dx: 6, className: 'hc-last' }
                  : year % 10 === 0 && { className: 'hc-decade' })}
              >
                {year}
              </text>
            </Fragment>
          );
        })}
      </svg>
    </div>
  );
});
