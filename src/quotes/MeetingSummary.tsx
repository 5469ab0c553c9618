import { memo } from 'react';
import { MEETING, MEETING_RECORDS } from '../data/meeting';
import { CHAIR_FROM_2026, STORY_SOURCES } from '../data/story';
import { SourceLinks } from '../sources/SourceLinks';
import { Template } from '../i18n/Template';
import { useLocale } from '../i18n/useLocale';

const ATTENDED = MEETING_RECORDS.filter((r) => r.attendance === 'attended');
const ABSENT = MEETING_RECORDS.filter(
  (r) => r.attendance === 'absent' || r.attendance === 'not-represented',
);
const STAYED_AWAY = MEETING_RECORDS.find((r) => r.attendance === 'absent');
const NOT_REPRESENTED = MEETING_RECORDS.find((r) => r.attendance === 'not-represented');

/**
 * The meeting as news: who came, who did not and why, what was said, and what an informal
 * meeting is; then who came and who did not, line by line, and the programme. Each line sourced.
 */
// Memoised: it need not re-render while the reader scrubs through time.
export const MeetingSummary = memo(function MeetingSummary() {
  const locale = useLocale();
  const { m } = locale;
  return (
    <div className="meeting-summary">
      <ul className="meeting-points" aria-label={m.story.meeting.pointsLabel}>
        <li>
          {m.story.meeting.came(
            ATTENDED.length,
            locale.list(ATTENDED.map((r) => m.countries[r.country])),
          )}{' '}
          <SourceLinks ids={['S2']} />
        </li>
        {STAYED_AWAY?.leader && NOT_REPRESENTED && (
          <li>
            {m.story.meeting.stayedAway(
              m.countries[STAYED_AWAY.country],
              m.people[STAYED_AWAY.leader].name,
              m.countries[NOT_REPRESENTED.country],
            )}{' '}
            <SourceLinks ids={[...STORY_SOURCES.absent, ...NOT_REPRESENTED.sourceIds]} />
          </li>
        )}
        <li>
          {m.story.meeting.said(m.countries[CHAIR_FROM_2026])}{' '}
          <SourceLinks ids={[...STORY_SOURCES.said, ...STORY_SOURCES.chair]} />
        </li>
      </ul>
      <p className="meeting-informal">
        {m.story.meeting.informal} <SourceLinks ids={STORY_SOURCES.informal} />
      </p>
      <h3>{m.meeting.attended(ATTENDED.length)}</h3>
      <ul className="attendees">
        {ATTENDED.map((r) => (
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
        {ABSENT.map((r) => (
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
      <h3>{m.story.meeting.programme}</h3>
      <p>
        {m.meetingFacts.summary} <SourceLinks ids={MEETING.sourceIds} />
      </p>
      <h3>{m.story.meeting.quotes}</h3>
    </div>
  );
});
