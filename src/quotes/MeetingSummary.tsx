import { memo } from 'react';
import { COUNTRY_NAMES } from '../data/countries';
import { MEETING, MEETING_RECORDS } from '../data/meeting';
import { SourceLinks } from '../sources/SourceLinks';

/** Who came to the meeting and who did not, in words, each line sourced. */
// Memoised: it need not re-render while the reader scrubs through time.
export const MeetingSummary = memo(function MeetingSummary() {
  const attended = MEETING_RECORDS.filter((r) => r.attendance === 'attended');
  const absent = MEETING_RECORDS.filter(
    (r) => r.attendance === 'absent' || r.attendance === 'not-represented',
  );
  return (
    <div className="meeting-summary">
      <p>
        {MEETING.summary} <SourceLinks ids={MEETING.sourceIds} />
      </p>
      <h3>{attended.length} leaders attended</h3>
      <ul className="attendees">
        {attended.map((r) => (
          <li key={r.country}>
            <strong>{r.leader?.name}</strong>, {r.leader?.title} of {COUNTRY_NAMES[r.country]}{' '}
            <SourceLinks ids={r.sourceIds} />
          </li>
        ))}
      </ul>
      <h3>Not there</h3>
      <ul className="absentees">
        {absent.map((r) => (
          <li key={r.country}>
            <strong>{COUNTRY_NAMES[r.country]}</strong>
            {r.leader && (
              <>
                : {r.leader.name}, {r.leader.title}
              </>
            )}
            . {r.note} <SourceLinks ids={r.sourceIds} />
          </li>
        ))}
      </ul>
    </div>
  );
});
