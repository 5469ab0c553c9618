import { memo } from 'react';
import { MEETING_RECORDS } from '../data/meeting';
import { STATUS_CHANGES } from '../data/statusChanges';
import { CHAIR_FROM_2026, STORY_SOURCES } from '../data/story';
import { membershipOn } from '../model/membership';
import { statusesAt } from '../model/status';
import { TIMELINE_END } from '../model/timeline';
import { SourceLinks } from '../sources/SourceLinks';
import { useLocale } from '../i18n/useLocale';

/** Every state's status on the page's date, the meeting: what the summary tells. */
const ON_THE_DAY = statusesAt(STATUS_CHANGES, TIMELINE_END);
const WHO = membershipOn(ON_THE_DAY);
const ABSENT = MEETING_RECORDS.find((record) => record.attendance === 'absent');

/**
 * The home page's summary: what the CIS is, who was in it on the meeting's day (the counts from
 * the status records, so they agree with the key), the meeting, and why it matters. Every
 * sentence cites its sources.
 */
export const Lede = memo(function Lede() {
  const locale = useLocale();
  const { m } = locale;
  const names = (codes: readonly (keyof typeof m.countries)[]) =>
    locale.list(codes.map((code) => m.countries[code]));
  const firstHalt = WHO.halted[0];
  const stopped = WHO.stopped.map((code) =>
    m.story.lede.stopped({
      country: code,
      name: m.countries[code],
      status: ON_THE_DAY[code].status,
      year: locale.date((ON_THE_DAY[code].change?.from ?? TIMELINE_END).slice(0, 4)),
    }),
  );
  return (
    <section className="lede" aria-label={m.story.lede.label}>
      <p className="lede-text">
        {m.story.lede.what} <SourceLinks ids={STORY_SOURCES.what} />{' '}
        {m.story.lede.who({
          date: locale.date(TIMELINE_END, 'long'),
          members: WHO.members.length,
          takingPart: WHO.takingPart.length,
          halted: names(WHO.halted),
          haltedCount: WHO.halted.length,
          haltedCodes: WHO.halted,
          haltedSince: firstHalt
            ? locale.date((ON_THE_DAY[firstHalt].change?.from ?? '').slice(0, 4))
            : '',
          associates: names(WHO.associates),
          associateCount: WHO.associates.length,
        })}{' '}
        <SourceLinks ids={STORY_SOURCES.who} /> {m.story.lede.meeting}{' '}
        <SourceLinks ids={STORY_SOURCES.meeting} />
      </p>
      <h2 className="key-points-title">{m.story.lede.pointsHeading}</h2>
      <ul className="key-points">
        <li>
          {m.story.lede.shrunk(locale.list(stopped))} <SourceLinks ids={STORY_SOURCES.shrunk} />
        </li>
        {ABSENT?.leader && (
          <li>
            {m.story.lede.absent(m.countries[ABSENT.country], m.people[ABSENT.leader].name)}{' '}
            <SourceLinks ids={STORY_SOURCES.absent} />
          </li>
        )}
        <li>
          {m.story.lede.said}{' '}
          <SourceLinks ids={[...STORY_SOURCES.said, ...STORY_SOURCES.informal]} />
        </li>
        <li>
          {m.story.lede.chair(m.countries[CHAIR_FROM_2026])}{' '}
          <SourceLinks ids={STORY_SOURCES.chair} />
        </li>
      </ul>
    </section>
  );
});
