import { memo } from 'react';
import { MEETING, MEETING_RECORDS } from '../data/meeting';
import { SourceLinks } from '../sources/SourceLinks';
import { Template } from '../i18n/Template';
import { useLocale } from '../i18n/useLocale';

/** Who came to the meeting and who did not, in words, each line sourced. */
// Memoised: it need not re-render while the reader scrubs through time.
export const MeetingSummary = memo(function MeetingSummary() {
  const { m } = useLocale();
  const attended = MEETING_RECORDS.filter((r) => r.attendance === 'attended');
  const absent = MEETING_RECORDS.filter(
    (r) => r.attendance === 'absent' || r.attendance === 'not-represented',
  );
  return (
    <div className="meeting-summary">
      <p>
        {m.meetingFacts.summary} <SourceLinks ids={MEETING.sourceIds} />
      </p>
      <h3>{m.meeting.attended(attended.length)}</h3>
      <ul className="attendees">
        {attended.map((r) => (
          <li key={r.country}>
            <Template
              text={m.meeting.attendee}
              slots={{
                leader: <strong>{r.leader && m.people[r.leader].name}</strong>,
                office: r.leader && m.people[r.leader].office,
                country: m.countries[r.country],
              }}
            />{' '}
            <SourceLinks ids={r.sourceIds} />
          </li>
        ))}
      </ul>
      <h3>{m.meeting.absent}</h3>
      <ul className="absentees">
        {absent.map((r) => (
          <li key={r.country}>
            <Template
              text={r.leader ? m.meeting.absenteeLeader : m.meeting.absentee}
              slots={{
                country: <strong>{m.countries[r.country]}</strong>,
                leader: r.leader ? m.leader(m.people[r.leader].name, m.people[r.leader].title) : '',
                note: m.meetingFacts.notes[r.country] ?? '',
              }}
            />{' '}
            <SourceLinks ids={r.sourceIds} />
          </li>
        ))}
      </ul>
    </div>
  );
});
