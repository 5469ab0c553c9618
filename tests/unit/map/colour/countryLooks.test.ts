import { describe, expect, it } from 'vitest';
import { EN } from '../../../../src/i18n/en';
import { MEETING_RECORDS } from '../../../../src/data/meeting';
import { STATUS_CHANGES } from '../../../../src/data/statusChanges';
import { COUNTRY_CODES } from '../../../../src/data/types';
import type { CountryCode } from '../../../../src/data/types';
import { statusesAt } from '../../../../src/model/status';
import { countryLooks, countryNames } from '../../../../src/map/colour/countryLooks';
import type { LookInput } from '../../../../src/map/colour/countryLooks';

const ATTENDANCE = new Map(MEETING_RECORDS.map((record) => [record.country, record]));
const ON_MEETING_DAY = statusesAt(STATUS_CHANGES, '2025-12-22');
const IN_2022 = statusesAt(STATUS_CHANGES, '2022-06-01');

const input = (overrides: Partial<LookInput> = {}): LookInput => ({
  mode: 'status',
  statuses: ON_MEETING_DAY,
  attendance: ATTENDANCE,
  selected: null,
  highlighted: new Set(),
  ...overrides,
});

describe('countryLooks', () => {
  it('looks after all 15 states', () => {
    expect(Object.keys(countryLooks(input())).sort()).toEqual([...COUNTRY_CODES].sort());
  });

  it('paints by status in status mode: a member differs from a withdrawn state', () => {
    const looks = countryLooks(input());
    expect(looks.KZ.paint).toBe('status-member');
    expect(looks.GE.paint).toBe('status-withdrawn');
    expect(looks.RU.paint).toBe(looks.KZ.paint);
  });

  it('colours by attendance in meeting mode: Russia attended, Azerbaijan absent', () => {
    const looks = countryLooks(input({ mode: 'meeting' }));
    expect(looks.RU.paint).toBe('attendance-attended');
    expect(looks.AZ.paint).toBe('attendance-absent');
    // Both are member states, so status mode would not tell them apart.
    const byStatus = countryLooks(input());
    expect(byStatus.RU.paint).toBe(byStatus.AZ.paint);
  });

  it('treats a state without a meeting record as not participating', () => {
    const looks = countryLooks(input({ mode: 'meeting', attendance: new Map() }));
    expect(looks.RU.paint).toBe('attendance-not-participant');
  });

  it('marks the selected and the highlighted states, and no others', () => {
    const looks = countryLooks(input({ selected: 'UA', highlighted: new Set(['BY', 'RU']) }));
    const selected = COUNTRY_CODES.filter((code) => looks[code].selected);
    const highlighted = COUNTRY_CODES.filter((code) => looks[code].highlighted);
    expect(selected).toEqual(['UA']);
    expect(highlighted.sort()).toEqual(['BY', 'RU']);
  });

  it('picks out the states of the legend entry pointed at and dims the others', () => {
    const looks = countryLooks(input({ picked: 'never-joined' }));
    const picked = COUNTRY_CODES.filter((code) => looks[code].highlighted);
    expect(picked.sort()).toEqual(['EE', 'LT', 'LV']);
    expect(COUNTRY_CODES.filter((code) => !looks[code].dimmed).sort()).toEqual(picked);
    const meeting = countryLooks(input({ mode: 'meeting', picked: 'absent' }));
    expect(meeting.AZ.dimmed).toBe(false);
    expect(meeting.RU.dimmed).toBe(true);
    expect(COUNTRY_CODES.some((code) => countryLooks(input())[code].dimmed)).toBe(false);
  });

  it('marks a status known only approximately as uncertain, in status mode only', () => {
    expect(countryLooks(input({ statuses: IN_2022 })).MD.uncertain).toBe(true);
    expect(countryLooks(input({ statuses: IN_2022 })).KZ.uncertain).toBe(false);
    expect(countryLooks(input({ statuses: IN_2022, mode: 'meeting' })).MD.uncertain).toBe(false);
    expect(countryLooks(input()).MD.uncertain).toBe(false);
  });
});

describe('countryNames', () => {
  it.each<[CountryCode, string]>([
    ['KZ', 'Kazakhstan — member state'],
    ['GE', 'Georgia — withdrawn'],
    ['TM', 'Turkmenistan — associate member'],
    ['UA', 'Ukraine — out of all CIS bodies'],
    ['MD', 'Moldova — member not taking part'],
    ['EE', 'Estonia — never joined'],
  ])('names %s in status mode as %j', (code, name) => {
    expect(countryNames('status', ON_MEETING_DAY, ATTENDANCE, EN.m)[code]).toBe(name);
  });

  it('says when the date of a status is approximate', () => {
    expect(countryNames('status', IN_2022, ATTENDANCE, EN.m).MD).toBe(
      'Moldova — member not taking part (date approximate)',
    );
  });

  it.each<[CountryCode, string]>([
    ['RU', 'Russia — attended'],
    ['AZ', 'Azerbaijan — absent'],
    ['MD', 'Moldova — not represented'],
    ['LT', 'Lithuania — not a participant'],
  ])('names %s in meeting mode as %j, with the leader where there is one', (code, name) => {
    const leader = ATTENDANCE.get(code)?.leader;
    const expected = leader
      ? `${name} (${EN.m.people[leader].name}, ${EN.m.people[leader].title})`
      : name;
    expect(countryNames('meeting', ON_MEETING_DAY, ATTENDANCE, EN.m)[code]).toBe(expected);
  });

  it('names the leaders who came', () => {
    const names = countryNames('meeting', ON_MEETING_DAY, ATTENDANCE, EN.m);
    expect(names.RU).toMatch(/^Russia — attended \(Vladimir Putin, /);
    expect(names.AZ).toMatch(/^Azerbaijan — absent \(Ilham Aliyev, /);
  });

  it.each(['status', 'meeting'] as const)(
    'begins every name in %s mode with the country’s English short name and a dash',
    (mode) => {
      const names = countryNames(mode, ON_MEETING_DAY, ATTENDANCE, EN.m);
      for (const code of COUNTRY_CODES) {
        expect(names[code].startsWith(`${EN.m.countries[code]} — `)).toBe(true);
      }
      expect(new Set(Object.values(names)).size).toBe(15);
    },
  );
});
