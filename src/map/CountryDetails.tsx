import type { Country, MeetingRecord } from '../data/types';
import { STATUS_INFO } from '../data/statuses';
import { ATTENDANCE_INFO } from '../data/meeting';
import { CONTESTED_POINTS } from '../data/contested';
import { formatDate } from '../model/dates';
import type { Day } from '../model/dates';
import type { ChangeInEffect, StatusAtDate } from '../model/status';
import { SourceLinks } from '../sources/SourceLinks';
import type { MapMode } from '../embed/urlOptions';

interface CountryDetailsProps {
  readonly country: Country;
  readonly day: Day;
  readonly current: StatusAtDate;
  readonly history: readonly ChangeInEffect[];
  readonly mode: MapMode;
  readonly meeting?: MeetingRecord;
  readonly onClose: () => void;
}

const CERTAINTY_TEXT = {
  confirmed: null,
  'single-source': 'single source',
  contested: 'sources differ',
} as const;

/** The selected state: where it stands at the chosen date, its dated history, and the sources. */
export function CountryDetails({
  country,
  day,
  current,
  history,
  mode,
  meeting,
  onClose,
}: CountryDetailsProps) {
  const info = STATUS_INFO[current.status];
  const headingId = `details-${country.code}`;
  return (
    <section className="details" aria-labelledby={headingId}>
      <div className="details-head">
        <h3 id={headingId}>{country.name}</h3>
        <button
          type="button"
          className="close"
          onClick={onClose}
          aria-label={`Close details for ${country.name}`}
        >
          ×
        </button>
      </div>
      {mode === 'meeting' && meeting && <MeetingFacts record={meeting} />}
      <p className="details-status">
        On <time dateTime={day}>{formatDate(day, 'long')}</time>: <strong>{info.label}</strong>
        {current.change && <> since {formatDate(current.change.from)}</>}
        {current.approximate && <> (exact date unknown)</>}. {info.definition}
      </p>
      {current.pending && (
        <p className="details-pending">
          <RatifiedNote change={current.pending} />
        </p>
      )}
      {current.change?.contested && <ContestedNote id={current.change.contested} />}
      <h4>History</h4>
      <ol className="history">
        {history.map((change) => (
          <li key={change.id} aria-current={change === current.change ? 'step' : undefined}>
            <time dateTime={change.from}>{formatDate(change.from)}</time>{' '}
            <strong>{STATUS_INFO[change.status].label}</strong>.{' '}
            {change.ratified && (
              <>
                <RatifiedNote change={change} />{' '}
              </>
            )}
            {change.note}{' '}
            {CERTAINTY_TEXT[change.certainty] && (
              <span className="certainty">({CERTAINTY_TEXT[change.certainty]})</span>
            )}{' '}
            <SourceLinks ids={change.sourceIds} />
          </li>
        ))}
      </ol>
      <p className="details-capital">
        Capital: {country.capital.name}.{' '}
        <SourceLinks ids={country.sourceIds} label="Codes and capital" />
      </p>
    </section>
  );
}

function MeetingFacts({ record }: { readonly record: MeetingRecord }) {
  return (
    <p className="details-meeting">
      22 Dec 2025 meeting: <strong>{ATTENDANCE_INFO[record.attendance].label}</strong>
      {record.leader && (
        <>
          {' '}
          — {record.leader.name}, {record.leader.title}
        </>
      )}
      . {record.note} <SourceLinks ids={record.sourceIds} />
    </p>
  );
}

/** A Charter ratification that took effect only when the Charter entered into force. */
function RatifiedNote({ change }: { readonly change: ChangeInEffect }) {
  if (!change.ratified) return null;
  return (
    <>
      Ratified the Charter on <time dateTime={change.ratified}>{formatDate(change.ratified)}</time>;
      in force from <time dateTime={change.from}>{formatDate(change.from)}</time>.
    </>
  );
}

function ContestedNote({ id }: { readonly id: string }) {
  const point = CONTESTED_POINTS.find((p) => p.id === id);
  if (!point) return null;
  return (
    <p className="contested">
      <strong>Contested — {point.title}.</strong> {point.detail}{' '}
      <SourceLinks ids={point.sourceIds} />
    </p>
  );
}
