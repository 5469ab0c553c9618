import { CITING_RECORDS } from '../data/citingRecords';
import { CORRECTIONS } from '../data/corrections';
import { SOURCES } from '../data/sources';
import { citedSources } from '../model/citations';
import { Corrections } from './Corrections';
import { SourceList } from './SourceList';

/** Every source the page cites, from the one list of citing records (the map's places included). */
const CITED = citedSources(CITING_RECORDS, SOURCES);

/**
 * The page's sources list: every source it cites, with the full records of sources.ts; then the
 * corrections log, on the full page only (an embed's credit line links to the sources page's).
 */
export function PageSources({
  embed = false,
  intro,
}: {
  readonly embed?: boolean;
  /** What the list is, where it is not the explainer's own ("Every fact on this page…"). */
  readonly intro?: string;
}) {
  return (
    <>
      <SourceList sources={CITED} intro={intro} />
      {!embed && <Corrections corrections={CORRECTIONS} />}
    </>
  );
}
