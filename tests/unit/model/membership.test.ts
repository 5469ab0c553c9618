import { describe, expect, it } from 'vitest';
import { STATUS_CHANGES } from '../../../src/data/statusChanges';
import { membershipOn } from '../../../src/model/membership';
import { countByStatus, statusesAt } from '../../../src/model/status';
import { TIMELINE_END } from '../../../src/model/timeline';

describe('membershipOn', () => {
  const statuses = statusesAt(STATUS_CHANGES, TIMELINE_END);
  const who = membershipOn(statuses);

  it('counts the meeting day as nine members under the Charter, eight taking part', () => {
    expect(who.members).toHaveLength(9);
    expect(who.takingPart).toHaveLength(8);
    expect(who.halted).toEqual(['MD']);
    expect(who.associates).toEqual(['TM']);
  });

  it('agrees with the key: its "member state" count is the states taking part', () => {
    const counts = countByStatus(statuses);
    expect(who.takingPart).toHaveLength(counts.member);
    expect(who.members).toHaveLength(counts.member + counts['member-halted']);
  });

  it('lists the states that stopped taking part in the order they stopped', () => {
    expect(who.stopped).toEqual(['GE', 'UA', 'MD']);
  });

  it('counts an earlier day from the records too: Georgia a member in 2005, no one stopped', () => {
    const earlier = membershipOn(statusesAt(STATUS_CHANGES, '2005-01-01'));
    expect(earlier.takingPart).toContain('GE');
    expect(earlier.stopped).toEqual([]);
    expect(earlier.associates).toEqual([]);
  });
});
