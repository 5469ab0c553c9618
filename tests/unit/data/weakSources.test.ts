/**
 * The sourcing rule (scripts/data-checks/weakDomains.ts): no source on the weak list, no status
 * change or event on weak sources alone, none confirmed on Wikipedia alone. Held on the real data
 * and shown to fail on a broken copy of the tiny fixture.
 */
import { describe, expect, it } from 'vitest';
import { SOURCES } from '../../../src/data/sources';
import { STATUS_CHANGES } from '../../../src/data/statusChanges';
import { EVENTS } from '../../../src/data/events';
import type { Source, StatusChange } from '../../../src/data/types';
import { integrityProblems } from '../../../scripts/data-checks/integrityProblems';
import { thinlySourced, weakSources } from '../../../scripts/data-checks/sourceChecks';
import { changesWithoutDateKind } from '../../../scripts/data-checks/dateChecks';
import { onDomain, WEAK_DOMAINS, weakDomainOf } from '../../../scripts/data-checks/weakDomains';
import { TINY_DATASET } from '../../fixtures/tinyDataset';

describe('the weak list', () => {
  it('gives every domain a reason and a note, once', () => {
    const domains = WEAK_DOMAINS.map((d) => d.domain);
    expect(new Set(domains).size).toBe(domains.length);
    for (const entry of WEAK_DOMAINS) expect(entry.note.trim()).not.toBe('');
  });

  it('matches a domain, its subdomains and a listed path, and nothing else', () => {
    expect(weakDomainOf('https://en-academic.com/dic.nsf/enwiki/1')?.reason).toBe('mirror');
    expect(weakDomainOf('https://armenia.news-pravda.com/world/1.html')?.reason).toBe(
      'disinformation-network',
    );
    expect(weakDomainOf('https://www.washingtontimes.com/topics/cis/')?.reason).toBe('tag-page');
    expect(weakDomainOf('https://www.washingtontimes.com/news/2024/1/1/x/')).toBeUndefined();
    expect(weakDomainOf('https://en.wikipedia.org/wiki/CIS_Charter')).toBeUndefined();
    expect(onDomain('https://notgithub.com/x', 'github.com')).toBe(false);
    expect(onDomain('not a url', 'github.com')).toBe(false);
  });
});

describe('the real data', () => {
  it('cites no source on the weak list', () => {
    expect(weakSources(SOURCES)).toEqual([]);
  });

  it('rests no status change or event on weak sources alone, nor confirms one on Wikipedia alone', () => {
    expect(
      thinlySourced(
        [
          ...STATUS_CHANGES.map((c) => ({ where: `change ${c.id}`, ...c })),
          ...EVENTS.map((e) => ({ where: `event ${e.id}`, ...e })),
        ],
        SOURCES,
      ),
    ).toEqual([]);
  });
});

describe('what a status change’s date is', () => {
  it('is said for every change to a founding party or a member', () => {
    expect(changesWithoutDateKind(STATUS_CHANGES)).toEqual([]);
  });

  it('is reported where a ratification record does not say it', () => {
    const change = STATUS_CHANGES.find((c) => c.id === 'md-member-1994')!;
    expect(changesWithoutDateKind([{ ...change, dateIs: undefined }])).toEqual([
      'change md-member-1994: does not say whether its date is a ratification, an entry into force or a decision (dateIs)',
    ]);
  });

  it('is Moldova’s Charter entering into force on 27 Jun 1994, not its ratification', () => {
    const change = STATUS_CHANGES.find((c) => c.id === 'md-member-1994')!;
    expect(change.from).toBe('1994-06-27');
    expect(change.dateIs).toBe('entry-into-force');
    expect(SOURCES.find((s) => s.id === change.sourceIds[0])?.url).toMatch(/lex\.justice\.md/);
  });
});

describe('the checks', () => {
  const [first, ...rest] = TINY_DATASET.sources as [Source, ...Source[]];
  const mirror = { ...first, url: 'https://en-academic.com/dic.nsf/enwiki/11724396' };

  it('refuse a record that cites a mirror, through npm run check:data’s list', () => {
    const problems = integrityProblems({ ...TINY_DATASET, sources: [mirror, ...rest] });
    expect(problems).toContain(
      'source F1 is on the weak list (en-academic.com: mirror, copy of Wikipedia articles)',
    );
    expect(problems.some((p) => /rests only on weak sources/.test(p))).toBe(true);
  });

  it('refuse a confirmed change on Wikipedia alone, and allow it marked single-source', () => {
    const wiki: Source = { ...first, url: 'https://en.wikipedia.org/wiki/Alma-Ata_Protocol' };
    const change = { where: 'change x', sourceIds: ['F1'], certainty: 'confirmed' } as const;
    expect(thinlySourced([change], [wiki])).toEqual([
      'change x: rests only on Wikipedia, yet is marked confirmed',
    ]);
    expect(thinlySourced([{ ...change, certainty: 'single-source' }], [wiki])).toEqual([]);
    const other: Source = { ...first, id: 'F9', url: 'https://tass.com/politics/1' };
    expect(thinlySourced([{ ...change, sourceIds: ['F1', 'F9'] }], [wiki, other])).toEqual([]);
  });

  it('refuse a change on weak sources alone, whatever its certainty', () => {
    const changes = TINY_DATASET.changes as StatusChange[];
    const problems = thinlySourced(
      changes.map((c) => ({ where: `change ${c.id}`, ...c, certainty: 'single-source' })),
      [mirror, ...rest],
    );
    expect(problems.every((p) => /rests only on weak sources/.test(p))).toBe(true);
    expect(problems.length).toBeGreaterThan(0);
  });
});
