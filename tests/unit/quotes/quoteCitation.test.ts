import { describe, expect, it } from 'vitest';
import { QUOTES } from '../../../src/data/quotes';
import { SOURCES } from '../../../src/data/sources';
import type { Quote, Source } from '../../../src/data/types';
import { resolveSources } from '../../../src/model/citations';
import { quoteCitation } from '../../../src/quotes/quoteCitation';
import { EN } from '../../../src/i18n/en';

const HALL = 'St George Hall, State Hermitage Museum, St Petersburg';

const quote = (id: string) => QUOTES.find((q) => q.id === id)!;
const citationOf = (q: Quote) => quoteCitation(q, resolveSources(q.sourceIds, SOURCES), EN);

/** The words of the made-up quote's speaker and place, in a locale of its own. */
const SAMPLE_LOCALE = {
  ...EN,
  m: {
    ...EN.m,
    people: {
      ...EN.m.people,
      putin: { name: 'A Speaker', title: 'Chair', office: 'Chair of Something' },
    },
    meetingFacts: { ...EN.m.meetingFacts, venue: 'A Hall, A City' },
  },
};

/** A made-up quote, so the format is checked on values chosen here. */
const SAMPLE: Quote = {
  id: 'sample',
  text: 'Words, as spoken',
  speaker: 'putin',
  date: '2025-12-22',
  origin: 'seed',
  sourceIds: ['Z1', 'Z2'],
  notes: [],
};
const X1: Source = {
  id: 'Z1',
  title: 'One',
  publisher: 'Publisher One',
  url: 'https://one.test/a',
};
const X2: Source = {
  id: 'Z2',
  title: 'Two',
  publisher: 'Publisher Two',
  url: 'https://two.test/b',
};

describe('quoteCitation', () => {
  it('formats words — speaker, role. place, long date. Source: publisher, url', () => {
    expect(quoteCitation(SAMPLE, [X1], SAMPLE_LOCALE)).toBe(
      '“Words, as spoken” — A Speaker, Chair of Something. A Hall, A City, 22 December 2025. ' +
        'Source: Publisher One, https://one.test/a',
    );
  });

  it('joins several sources with a semicolon, in the order given', () => {
    expect(quoteCitation(SAMPLE, [X2, X1], SAMPLE_LOCALE)).toBe(
      '“Words, as spoken” — A Speaker, Chair of Something. A Hall, A City, 22 December 2025. ' +
        'Source: Publisher Two, https://two.test/b; Publisher One, https://one.test/a',
    );
  });

  it('puts a reporter’s lead outside the quotation marks', () => {
    expect(quoteCitation({ ...SAMPLE, lead: 'He said that all' }, [X1], SAMPLE_LOCALE)).toBe(
      'He said that all “Words, as spoken” — A Speaker, Chair of Something. A Hall, A City, ' +
        '22 December 2025. Source: Publisher One, https://one.test/a',
    );
  });

  it('writes the date at its own precision', () => {
    expect(quoteCitation({ ...SAMPLE, date: '2025-12' }, [X1], SAMPLE_LOCALE)).toContain(
      'A Hall, A City, December 2025. Source:',
    );
    expect(quoteCitation({ ...SAMPLE, date: '2025-01-05' }, [X1], SAMPLE_LOCALE)).toContain(
      'A Hall, A City, 5 January 2025. Source:',
    );
  });

  it('cites the trade quote exactly', () => {
    expect(citationOf(quote('trade'))).toBe(
      '“This is evidenced by the substantial volume of trade between Russia and the Commonwealth, ' +
        'which amounted to almost $90 billion in the first 10 months of this year” — ' +
        `Vladimir Putin, President of Russia. ${HALL}, 22 December 2025. ` +
        'Source: MENAFN, https://www.thearmeniadaily.com/article/877719797-cis-informal-meeting-held-in-russia',
    );
  });

  it('cites the world-order quote with its lead', () => {
    expect(citationOf(quote('world-order'))).toBe(
      'All CIS members “unanimously advocate for the formation of a just world order based on the ' +
        'universally recognized principles of international law, with the UN playing a central ' +
        `role.” — Vladimir Putin, President of Russia. ${HALL}, 22 December 2025. ` +
        'Source: MENAFN, https://www.thearmeniadaily.com/article/877719797-cis-informal-meeting-held-in-russia',
    );
  });

  it('cites the Kremlin transcript quotes to the Kremlin', () => {
    expect(citationOf(quote('new-year-meeting'))).toMatch(
      /^“We have gathered in St Petersburg .* — Vladimir Putin, President of Russia\. .*Source: Kremlin, http:\/\/www\.en\.special\.kremlin\.ru\/events\/president\/news\/78830$/,
    );
  });

  it('every quote’s citation contains its words verbatim and every source’s URL', () => {
    for (const q of QUOTES) {
      const citation = citationOf(q);
      expect(citation).toContain(`“${q.text}”`);
      expect(citation).toContain(EN.m.people[q.speaker].name);
      for (const source of resolveSources(q.sourceIds, SOURCES)) {
        expect(citation).toContain(`${source.publisher}, ${source.url}`);
      }
      expect(citation).not.toMatch(/undefined|null|\[object/);
    }
  });
});
