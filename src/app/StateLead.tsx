import { MEETING_RECORDS } from '../data/meeting';
import { causeOf } from '../data/causes';
import { STATUS_CHANGES } from '../data/statusChanges';
import type { CountryCode } from '../data/types';
import { statusAt } from '../model/status';
import { TIMELINE_END } from '../model/timeline';
import { SourceLinks } from '../sources/SourceLinks';
import { useLocale } from '../i18n/useLocale';

/**
 * A state page's lead, under its headline: where the state stood on the page's date and since
 * when, why (where the catalogue has a cause), and its leader at the meeting. Each from the
 * records, each with the record's sources.
 */
export function StateLead({ country }: { readonly country: CountryCode }) {
  const locale = useLocale();
  const { m } = locale;
  const current = statusAt(STATUS_CHANGES, country, TIMELINE_END);
  const since = current.change ? locale.date(current.change.from, 'long') : '';
  // Why, where the page gives a cause for the change (a crisis on the timeline, with its own
  // sources), then how, where the catalogue explains the mechanism.
  const cause = current.change ? causeOf(current.change.id) : undefined;
  const clause = cause ? m.causes[cause.change as keyof typeof m.causes] : undefined;
  const how = m.story.state.how[country];
  const meeting = MEETING_RECORDS.find((record) => record.country === country);
  const leader = meeting?.leader
    ? m.leader(m.people[meeting.leader].name, m.people[meeting.leader].office)
    : '';
  const words = m.story.state.meeting;
  const attendance =
    meeting?.attendance === 'attended' && leader
      ? words.attended(leader)
      : meeting?.attendance === 'absent' && leader
        ? words.absent(leader)
        : meeting?.attendance === 'not-represented'
          ? words['not-represented']
          : null;
  return (
    <div className="state-lead">
      <p>
        {m.story.state.lead[current.status]({
          country,
          name: m.countries[country],
          since,
          date: locale.date(TIMELINE_END, 'long'),
        })}
        {how && ` ${how}`} {current.change && <SourceLinks ids={current.change.sourceIds} />}
      </p>
      {cause && clause && (
        <p>
          {m.story.state.why(clause)} <SourceLinks ids={cause.sourceIds} />
        </p>
      )}
      {attendance && meeting && (
        <p>
          {attendance} <SourceLinks ids={meeting.sourceIds} />
        </p>
      )}
    </div>
  );
}
