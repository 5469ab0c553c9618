import { CONTESTED_POINTS } from '../data/contested';
import { CORRECTIONS } from '../data/corrections';
import { COUNTRIES } from '../data/countries';
import { EVENTS } from '../data/events';
import { MEETING, MEETING_RECORDS } from '../data/meeting';
import { QUOTES } from '../data/quotes';
import { SOURCES } from '../data/sources';
import { STATUS_CHANGES } from '../data/statusChanges';
import { STATUS_INFO } from '../data/statuses';
import { CHARTER } from '../data/charter';
import { citedSources } from '../model/citations';
import { Corrections } from './Corrections';
import { SourceList } from './SourceList';

/** Every record the page can cite, so the sources list holds exactly what is cited. */
const CITED = citedSources(
  [
    ...STATUS_CHANGES,
    ...EVENTS,
    ...QUOTES,
    ...QUOTES.flatMap((q) => q.notes),
    ...QUOTES.flatMap((q) => (q.spoken ? [q.spoken] : [])),
    ...MEETING_RECORDS,
    MEETING,
    ...CONTESTED_POINTS,
    ...COUNTRIES,
    ...Object.values(STATUS_INFO),
    CHARTER,
    ...CORRECTIONS,
  ],
  SOURCES,
);

/** The page's sources list: every source it cites, with the full records of sources.ts; then the corrections log. */
export function PageSources() {
  return (
    <>
      <SourceList sources={CITED} />
      <Corrections corrections={CORRECTIONS} />
    </>
  );
}
