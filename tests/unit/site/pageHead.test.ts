import { describe, expect, it } from 'vitest';
import { headTags } from '../../../src/site/headTags';
import {
  cardPath,
  countryDescription,
  countryHeadline,
  pageHead,
  pageTitle,
} from '../../../src/site/pageHead';
import { STATUS_CHANGES } from '../../../src/data/statusChanges';
import { COUNTRY_CODES } from '../../../src/data/types';
import type { CountryCode, StatusChange } from '../../../src/data/types';
import { EN } from '../../../src/i18n/en';
import { RU } from '../../../src/i18n/ru';
import { statusPeriods } from '../../../src/model/status';
import { FULL_PAGES, PAGES } from '../../../src/site/sitePages';

const SITE = 'https://example.org/cis/';
const GEORGIA = PAGES.find((page) => page.country === 'GE')!;
const HOME = PAGES[0]!;

/** A made-up state history, so the headline is checked against the model, not the real data. */
const change = (status: StatusChange['status'], from: string): StatusChange => ({
  id: `x-${status}-${from}`,
  country: 'KZ',
  status,
  from,
  sourceIds: ['H1'],
  certainty: 'confirmed',
});

describe('countryHeadline and countryDescription', () => {
  it('titles Georgia from its status history', () => {
    expect(pageTitle(EN, 'GE')).toBe(
      'Georgia and the CIS: member 1994–2009, withdrew 18 Aug 2009 · The CIS explained',
    );
  });

  it('follows the history it is given (the end status and the first year of taking part)', () => {
    const history = [change('signatory', '1991-12-21'), change('founding-party', '1992-03')];
    expect(countryHeadline(EN, 'KZ', history)).toBe(
      'Kazakhstan and the CIS: party to the 1991 treaty since Mar 1992',
    );
    const left = [...history, change('member', '1995-01-02'), change('withdrawn', '2001-06-30')];
    expect(countryHeadline(EN, 'KZ', left)).toBe(
      'Kazakhstan and the CIS: member 1995–2001, withdrew 30 Jun 2001',
    );
    const halted = [...history, change('member', '1995-01-02'), change('member-halted', '2003')];
    expect(countryHeadline(EN, 'KZ', halted)).toBe(
      'Kazakhstan and the CIS: member since 1995, not taking part since 2003',
    );
    // A ratification before the Charter's entry into force makes a member only from 1994.
    const early = [...history, change('member', '1993-04-15'), change('withdrawn', '2001')];
    expect(countryHeadline(EN, 'KZ', early)).toBe(
      'Kazakhstan and the CIS: member 1994–2001, withdrew 2001',
    );
    const neverMember = [...history, change('withdrawn', '1999-05-01')];
    expect(countryHeadline(EN, 'KZ', neverMember)).toBe(
      'Kazakhstan and the CIS: joined 1992, withdrew 1 May 1999',
    );
  });

  it('describes each step of the history, not the starting "not yet joined"', () => {
    expect(countryDescription(EN, 'GE')).toBe(
      'Georgia in the CIS: party to the 1991 treaty (Dec 1993), member state (19 Apr 1994) and withdrawn (18 Aug 2009). Map, timeline and a source for every fact.',
    );
  });

  it('gives every page its own title and description', () => {
    const heads = PAGES.map((page) => pageHead(EN, page, null));
    expect(new Set(heads.map((h) => h.title)).size).toBe(16);
    expect(new Set(heads.map((h) => h.description)).size).toBe(16);
    for (const head of heads) expect(head.description.length).toBeLessThanOrEqual(220);
  });
});

/** Every state's headline in both languages, as its status history gives it. */
const HEADLINES: Record<CountryCode, readonly [en: string, ru: string]> = {
  AM: [
    'Armenia and the CIS: joined 1992, member since 1994',
    'Армения: в СНГ с 1992\u00a0г., член Содружества с 1994\u00a0г.',
  ],
  AZ: [
    'Azerbaijan and the CIS: joined 1993, member since 1994',
    'Азербайджан: в СНГ с 1993\u00a0г., член Содружества с 1994\u00a0г.',
  ],
  BY: [
    'Belarus and the CIS: joined 1991, member since 1994',
    'Беларусь: в СНГ с 1991\u00a0г., член Содружества с 1994\u00a0г.',
  ],
  EE: ['Estonia and the CIS: never joined', 'Эстония: никогда не входила в СНГ'],
  GE: [
    'Georgia and the CIS: member 1994–2009, withdrew 18 Aug 2009',
    'Грузия: член СНГ в 1994–2009\u00a0гг., вышла из Содружества 18 августа 2009\u00a0г.',
  ],
  KZ: [
    'Kazakhstan and the CIS: joined 1991, member since 1994',
    'Казахстан: в СНГ с 1991\u00a0г., член Содружества с 1994\u00a0г.',
  ],
  KG: [
    'Kyrgyzstan and the CIS: joined 1992, member since 1994',
    'Кыргызстан: в СНГ с 1992\u00a0г., член Содружества с 1994\u00a0г.',
  ],
  LV: ['Latvia and the CIS: never joined', 'Латвия: никогда не входила в СНГ'],
  LT: ['Lithuania and the CIS: never joined', 'Литва: никогда не входила в СНГ'],
  MD: [
    'Moldova and the CIS: member since 1994, not taking part since 2022',
    'Молдова: член СНГ с 1994\u00a0г., с 2022\u00a0г. не участвует в его работе',
  ],
  RU: [
    'Russia and the CIS: joined 1991, member since 1994',
    'Россия: в СНГ с 1991\u00a0г., член Содружества с 1994\u00a0г.',
  ],
  TJ: [
    'Tajikistan and the CIS: joined 1993, member since 1994',
    'Таджикистан: в СНГ с 1993\u00a0г., член Содружества с 1994\u00a0г.',
  ],
  TM: [
    'Turkmenistan and the CIS: joined 1991, associate member since 2005',
    'Туркменистан: в СНГ с 1991\u00a0г., ассоциированный член с 2005\u00a0г.',
  ],
  UA: [
    'Ukraine and the CIS: joined 1991, left all CIS bodies on 19 May 2018',
    'Украина: в СНГ с 1991\u00a0г., из всех органов вышла 19 мая 2018\u00a0г.',
  ],
  UZ: [
    'Uzbekistan and the CIS: joined 1992, member since 1994',
    'Узбекистан: в СНГ с 1992\u00a0г., член Содружества с 1994\u00a0г.',
  ],
};

/** The year a headline gives for becoming a member state, by language; null if it gives none. */
const MEMBER_YEAR = {
  en: /(?<!associate )member (?:since )?(\d{4})/,
  ru: /(?<!ассоциированный )член (?:СНГ |Содружества )?(?:с|в) (\d{4})/,
} as const;

/** The gender a Russian past-tense verb shows by its ending, or null for any other word. */
function verbGender(word: string): 'm' | 'f' | 'n' | null {
  const ending = /[а-яё](л|ла|ло)(?:ся|сь)?$/.exec(word)?.[1];
  return ending === 'л' ? 'm' : ending === 'ла' ? 'f' : ending === 'ло' ? 'n' : null;
}

/**
 * The gender of a Russian state name, read from its ending: all 15 are regular but Беларусь,
 * feminine although it ends in a soft sign.
 */
const nameGender = (name: string) =>
  /[ая]$/.test(name) || name === 'Беларусь' ? 'f' : /[оеё]$/.test(name) ? 'n' : 'm';

describe('the 15 states’ headlines and descriptions, in both languages', () => {
  it.each(COUNTRY_CODES)('%s: headline as its history gives it', (code) => {
    expect([countryHeadline(EN, code), countryHeadline(RU, code)]).toEqual(HEADLINES[code]);
  });

  it.each(COUNTRY_CODES)('%s: member years from its first member-state period', (code) => {
    const member = statusPeriods(STATUS_CHANGES, code).find((p) => p.status === 'member');
    for (const locale of [EN, RU]) {
      const year = MEMBER_YEAR[locale.lang].exec(countryHeadline(locale, code))?.[1] ?? null;
      expect(year, `${locale.lang} ${code}`).toBe(member ? member.start.slice(0, 4) : null);
    }
  });

  it.each(COUNTRY_CODES)('%s: Russian verbs agree with the state’s name', (code) => {
    const name = RU.m.countries[code];
    const text = `${countryHeadline(RU, code)} ${countryDescription(RU, code)}`;
    const verbs = text.split(/[^а-яё]+/i).filter((word) => verbGender(word) !== null);
    expect(verbs.map((verb) => `${verb}: ${verbGender(verb)}`)).toEqual(
      verbs.map((verb) => `${verb}: ${nameGender(name)}`),
    );
  });

  it('finds the verbs it checks (the test would pass on none)', () => {
    expect(verbGender('вышла')).toBe('f');
    expect(verbGender('подписал')).toBe('m');
    expect(verbGender('присоединилось')).toBe('n');
    expect(verbGender('февраля')).toBeNull();
    expect(countryDescription(RU, 'UA')).toContain('вышла из всех органов СНГ');
    expect(countryHeadline(RU, 'UZ')).not.toMatch(/подписало|вышло/);
    expect(countryDescription(RU, 'UZ')).toContain('подписал, но ещё не ратифицировал');
  });
});

describe('pageHead addresses', () => {
  it('without a site URL, addresses are relative to the page', () => {
    const head = pageHead(EN, GEORGIA, null);
    expect(head.url).toBe('../../country/ge/');
    expect(head.image).toBe('../../og/ge.png');
    expect(pageHead(EN, HOME, null)).toMatchObject({ url: './', image: './og/home.png' });
  });

  it('with a site URL, they are absolute', () => {
    expect(pageHead(EN, GEORGIA, SITE)).toMatchObject({
      url: 'https://example.org/cis/country/ge/',
      image: 'https://example.org/cis/og/ge.png',
    });
    expect(pageHead(EN, HOME, SITE).url).toBe(SITE);
  });

  it('lists 16 full pages in each language, each with its own image, 5 embeds and 45 states’', () => {
    const embeds = ['embed/', 'embed/map/', 'embed/history/', 'embed/timeline/', 'embed/quotes/'];
    const codes = COUNTRY_CODES.map((code) => `${code.toLowerCase()}/`);
    const paths = ['', ...codes.map((code) => `country/${code}`)];
    const states = ['embed/', 'embed/map/', 'embed/history/'].flatMap((view) =>
      codes.map((code) => `${view}${code}`),
    );
    const all = [...paths, ...embeds, ...states];
    expect(PAGES.map((page) => page.path)).toEqual([...all, ...all.map((p) => `ru/${p}`)]);
    expect(FULL_PAGES).toHaveLength(32);
    expect(new Set(FULL_PAGES.map(cardPath)).size).toBe(32);
  });

  it('gives a state’s embed page the state’s page’s head: address, image, alternates', () => {
    const embed = PAGES.find((page) => page.path === 'embed/map/ge/')!;
    expect(pageHead(EN, embed, SITE)).toEqual(pageHead(EN, GEORGIA, SITE));
    expect(pageHead(EN, embed, null)).toMatchObject({
      url: '../../../country/ge/',
      image: '../../../og/ge.png',
    });
  });

  it('gives an embed’s page its home page’s head: address, image, alternates', () => {
    const embed = PAGES.find(
      (page) => page.lang === 'ru' && page.embed === 'map' && page.country === null,
    )!;
    const home = PAGES.find((page) => page.lang === 'ru' && page.path === 'ru/')!;
    expect(pageHead(RU, embed, SITE)).toEqual(pageHead(RU, home, SITE));
    // Relative, from its own folder two levels down.
    expect(pageHead(RU, embed, null)).toMatchObject({
      url: '../../../ru/',
      image: '../../../og/ru/home.png',
    });
  });

  it('links each page to itself in the other language, both ways, with x-default in English', () => {
    const ru = PAGES.find((page) => page.lang === 'ru' && page.country === 'KZ')!;
    const alternates = pageHead(EN, ru, 'https://example.org/cis/').alternates;
    expect(alternates).toEqual([
      { hreflang: 'en', href: 'https://example.org/cis/country/kz/' },
      { hreflang: 'ru', href: 'https://example.org/cis/ru/country/kz/' },
      { hreflang: 'x-default', href: 'https://example.org/cis/country/kz/' },
    ]);
    const en = PAGES.find((page) => page.lang === 'en' && page.country === null)!;
    expect(pageHead(EN, en, null).alternates.map((a) => a.href)).toEqual(['./', './ru/', './']);
  });
});

/** The tags of one kind, as [key, content] pairs, parsed from the HTML the build writes in. */
function tagsOf(html: string) {
  const doc = new DOMParser().parseFromString(`<head>${html}</head>`, 'text/html');
  const meta = [...doc.querySelectorAll('meta')].map(
    (m) =>
      [m.getAttribute('property') ?? m.getAttribute('name'), m.getAttribute('content')] as const,
  );
  return {
    meta: Object.fromEntries(meta),
    canonical: doc.querySelector('link[rel=canonical]')?.getAttribute('href'),
    jsonLd: [...doc.querySelectorAll('script[type="application/ld+json"]')].map((s) =>
      JSON.parse(s.textContent ?? ''),
    ),
  };
}

describe('headTags', () => {
  it('links the page in every language with absolute addresses, given a site URL', () => {
    const doc = new DOMParser().parseFromString(
      `<head>${headTags(pageHead(EN, GEORGIA, SITE))}</head>`,
      'text/html',
    );
    const links = [...doc.querySelectorAll('link[rel=alternate][hreflang]')].map((link) => [
      link.getAttribute('hreflang'),
      link.getAttribute('href'),
    ]);
    expect(links).toEqual([
      ['en', `${SITE}country/ge/`],
      ['ru', `${SITE}ru/country/ge/`],
      ['x-default', `${SITE}country/ge/`],
    ]);
    expect(headTags(pageHead(EN, GEORGIA, null))).not.toContain('hreflang');
  });

  it('names the page’s oEmbed document first, given a site URL, and none without', () => {
    const tags = headTags(pageHead(EN, GEORGIA, SITE));
    expect(tags.indexOf('application/json+oembed')).toBeLessThan(tags.indexOf('<meta'));
    const doc = new DOMParser().parseFromString(`<head>${tags}</head>`, 'text/html');
    const link = doc.querySelector('link[type="application/json+oembed"]');
    expect(link?.getAttribute('href')).toBe(`${SITE}embed/map/ge/oembed.json`);
    expect(link?.getAttribute('title')).toMatch(/^Georgia and the CIS/);
    expect(headTags(pageHead(EN, GEORGIA, null))).not.toContain('oembed');
  });

  it.each([
    ['without', null, '../../country/ge/', '../../og/ge.png'],
    ['with', SITE, `${SITE}country/ge/`, `${SITE}og/ge.png`],
  ])('writes the canonical, Open Graph and Twitter tags %s a site URL', (_, site, url, image) => {
    const head = pageHead(EN, GEORGIA, site);
    const { meta, canonical } = tagsOf(headTags(head));
    // Relative canonical and hreflang addresses are invalid: only with a site URL.
    expect(canonical).toBe(site ? url : undefined);
    expect(meta).toMatchObject({
      description: head.description,
      'og:type': 'article',
      'og:site_name': 'The CIS explained',
      'og:title': head.title,
      'og:description': head.description,
      'og:url': url,
      'og:image': image,
      'og:image:width': '1200',
      'og:image:height': '630',
      'og:image:alt':
        'Map of the post-Soviet states coloured by their status in the CIS, Georgia highlighted',
      'og:locale': 'en_GB',
      'twitter:card': 'summary_large_image',
      'twitter:image': image,
    });
  });

  it('writes a NewsArticle and a Dataset whose files are the downloads', () => {
    const { jsonLd } = tagsOf(headTags(pageHead(EN, HOME, SITE)));
    expect(jsonLd.map((data) => data['@type'])).toEqual(['NewsArticle', 'Dataset']);
    expect(jsonLd[0]).toMatchObject({ headline: EN.m.page.title, url: SITE });
    expect(jsonLd[1].distribution.map((d: { contentUrl: string }) => d.contentUrl)).toEqual([
      `${SITE}data/cis-statuses.csv`,
      `${SITE}data/cis-statuses.json`,
    ]);
  });

  it('escapes what could end an attribute or the JSON-LD script', () => {
    const nasty = 'A "b" </script><x>';
    const head = { ...pageHead(EN, HOME, null), title: nasty, jsonLd: [{ headline: nasty }] };
    const html = headTags(head);
    expect(html).not.toContain('</script><x>');
    expect(tagsOf(html).meta['og:title']).toBe('A "b" </script><x>');
    expect(tagsOf(html).jsonLd[0].headline).toBe('A "b" </script><x>');
  });
});
