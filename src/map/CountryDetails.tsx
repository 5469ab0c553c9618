import type { ReactNode } from 'react';
import type { Country, MapMode, MeetingRecord } from '../data/types';
import { CONTESTED_POINTS } from '../data/contested';
import type { Day } from '../model/dates';
import type { ChangeInEffect, StatusAtDate } from '../model/status';
import { SourceLinks } from '../sources/SourceLinks';
import { Template } from '../i18n/Template';
import { useLocale } from '../i18n/useLocale';
import { changeNote, contestedWords } from '../i18n/recordWords';
import { ShareLink } from '../ui/ShareLink';
import { usePageRoot } from '../ui/usePageRoot';
import { countryPath } from '../options/pages';

interface CountryDetailsProps {
  readonly country: Country;
  readonly day: Day;
  readonly current: StatusAtDate;
  readonly history: readonly ChangeInEffect[];
  readonly mode: MapMode;
  readonly meeting?: MeetingRecord;
  readonly onClose: () => void;
  /**
   * The compact map embed's: the history and the sources wait behind a disclosure, so the frame
   * stays about one screen beside a story (and within WordPress's 1,000 px).
   */
  readonly compact?: boolean;
}

/** The selected state: where it stands at the chosen date, its dated history, and the sources. */
export function CountryDetails({
  country,
  day,
  current,
  history,
  mode,
  meeting,
  onClose,
  compact = false,
}: CountryDetailsProps) {
  const locale = useLocale();
  const root = usePageRoot();
  const { m } = locale;
  const name = m.countries[country.code];
  const info = m.statuses[current.status];
  const headingId = `details-${country.code}`;
  const statusText = !current.change
    ? m.details.statusNoChange
    : current.approximate
      ? m.details.statusApproximate
      : m.details.status;
  return (
    <section className="details" aria-labelledby={headingId}>
      <div className="details-head">
        <h3 id={headingId}>{name}</h3>
        <button
          type="button"
          className="close"
          onClick={onClose}
          aria-label={m.details.close(name)}
        >
          ×
        </button>
      </div>
      {mode === 'meeting' && meeting && <MeetingFacts record={meeting} />}
      <p className="details-status">
        <Template
          text={statusText}
          slots={{
            date: <time dateTime={day}>{locale.date(day, 'long')}</time>,
            status: <strong>{info.label}</strong>,
            statusInline: <strong>{info.inline}</strong>,
            since: current.change ? locale.date(current.change.from) : '',
            definition: info.definition,
          }}
        />
      </p>
      {current.pending && (
        <p className="details-pending">
          <RatifiedNote change={current.pending} />
        </p>
      )}
      {current.change?.contested && <ContestedNote id={current.change.contested} />}
      <History compact={compact} heading={m.details.history}>
        <ol className="history">
          {history.map((change) => (
            <li key={change.id} aria-current={change === current.change ? 'step' : undefined}>
              <time dateTime={change.from}>{locale.date(change.from)}</time>{' '}
              <strong>{m.statuses[change.status].label}</strong>.{' '}
              {change.ratified && (
                <>
                  <RatifiedNote change={change} />{' '}
                </>
              )}
              {changeNote(m, change.id)}{' '}
              {change.certainty !== 'confirmed' && (
                <span className="certainty">{m.flagged(m.certainty[change.certainty])}</span>
              )}{' '}
              <SourceLinks ids={change.sourceIds} />
            </li>
          ))}
        </ol>
        <p className="details-capital">
          {m.details.capital(m.capitals[country.code])}{' '}
          <SourceLinks ids={country.sourceIds} label={m.details.codesAndCapital} />
        </p>
      </History>
      <p className="details-page">
        <a href={`${root}${countryPath(country.code)}`}>{m.pages.pageLink(name)}</a>{' '}
        <ShareLink
          href={`${root}${countryPath(country.code)}`}
          title={m.countries[country.code]}
          label={m.pages.shareTitle(name)}
        />
      </p>
      {/* Shown on phones, where long details scroll the map away (styles.css). */}
      <button type="button" className="back-to-map" onClick={backToMap}>
        {m.details.backToMap}
      </button>
    </section>
  );
}

/** The history under its heading, or, in the compact embed, behind a disclosure named by it. */
function History({
  compact,
  heading,
  children,
}: {
  readonly compact: boolean;
  readonly heading: string;
  readonly children: ReactNode;
}) {
  if (!compact)
    return (
      <>
        <h4>{heading}</h4>
        {children}
      </>
    );
  return (
    <details className="details-more">
      <summary>{heading}</summary>
      {children}
    </details>
  );
}

/** Scrolls the map's heading into view and moves the focus there, for the keyboard too. */
function backToMap() {
  const heading = document.getElementById('map-title');
  heading?.scrollIntoView({ block: 'start' });
  heading?.focus({ preventScroll: true });
}

function MeetingFacts({ record }: { readonly record: MeetingRecord }) {
  const { m } = useLocale();
  return (
    <p className="details-meeting">
      <Template
        text={record.leader ? m.details.meetingLeader : m.details.meeting}
        slots={{
          attendance: <strong>{m.attendance[record.attendance].label}</strong>,
          leader: record.leader
            ? m.leader(m.people[record.leader].name, m.people[record.leader].title)
            : '',
          note: m.meetingFacts.notes[record.country] ?? '',
        }}
      />{' '}
      <SourceLinks ids={record.sourceIds} />
    </p>
  );
}

/** A Charter ratification that took effect only when the Charter entered into force. */
function RatifiedNote({ change }: { readonly change: ChangeInEffect }) {
  const locale = useLocale();
  if (!change.ratified) return null;
  return (
    <Template
      text={locale.m.details.ratified}
      slots={{
        ratified: <time dateTime={change.ratified}>{locale.date(change.ratified)}</time>,
        from: <time dateTime={change.from}>{locale.date(change.from)}</time>,
      }}
    />
  );
}

function ContestedNote({ id }: { readonly id: string }) {
  const { m } = useLocale();
  const point = CONTESTED_POINTS.find((p) => p.id === id);
  if (!point) return null;
  return (
    <p className="contested">
      <strong>{m.details.contested(contestedWords(m, point.id).title)}</strong>{' '}
      {contestedWords(m, point.id).detail} <SourceLinks ids={point.sourceIds} />
    </p>
  );
}
