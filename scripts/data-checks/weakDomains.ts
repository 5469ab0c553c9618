/**
 * The sourcing rule's two lists. A fact rests on a primary or official source (a CIS body, a
 * government, a parliament, the UN, a treaty text or an official legal database) or on a news
 * organisation or think tank. Where none can be found it may rest on Wikipedia itself, and the
 * page then says so; it never rests on a site below. `npm run check:data` refuses any source
 * whose address is on WEAK_DOMAINS (a subdomain counts as its domain), and any status change or
 * timeline event that cites only reference works (REFERENCE_DOMAINS) yet is marked confirmed.
 *
 * Each entry says why it is weak, so the next contributor can judge a new site the same way.
 */

export type WeakReason =
  | 'mirror'
  | 'forum'
  | 'seo'
  | 'aggregator'
  | 'repost'
  | 'tag-page'
  | 'code-repository'
  | 'disinformation-network';

export interface WeakDomain {
  readonly domain: string;
  readonly reason: WeakReason;
  /** What the site is, in a few words. */
  readonly note: string;
}

export const WEAK_DOMAINS: readonly WeakDomain[] = [
  // Copies of Wikipedia: cite en.wikipedia.org itself, so the reader sees what it is.
  { domain: 'en-academic.com', reason: 'mirror', note: 'copy of Wikipedia articles' },
  { domain: 'wikipedia-on-ipfs.org', reason: 'mirror', note: 'IPFS copy of Wikipedia' },
  { domain: 'wikimili.com', reason: 'mirror', note: 'copy of Wikipedia articles' },
  { domain: 'wikivisually.com', reason: 'mirror', note: 'copy of Wikipedia articles' },
  // Copies of reference works published elsewhere: cite the original publisher.
  {
    domain: 'country-data.com',
    reason: 'mirror',
    note: 'copy of the Library of Congress country studies',
  },
  {
    domain: 'allrefer.com',
    reason: 'mirror',
    note: 'copy of the Library of Congress country studies',
  },
  {
    domain: 'countrystudies.us',
    reason: 'mirror',
    note: 'copy of the Library of Congress country studies',
  },
  {
    domain: 'unboundmedicine.com',
    reason: 'mirror',
    note: 'copy of the CIA World Factbook',
  },
  // Forums, search-engine pages and tag pages say nothing of their own.
  { domain: 'politikforum.ru', reason: 'forum', note: 'forum post quoting Wikipedia' },
  { domain: 'johnnyfavourit.com', reason: 'seo', note: 'unsigned search-engine page' },
  { domain: 'kartami.ru', reason: 'seo', note: 'search-engine page of map places' },
  { domain: 'wikiplacemarks.com', reason: 'seo', note: 'search-engine page of map places' },
  { domain: '3planeta.com', reason: 'seo', note: 'search-engine page of map places' },
  { domain: 'tvn.md', reason: 'tag-page', note: 'a tag page lists articles, it is none' },
  {
    domain: 'washingtontimes.com/topics/',
    reason: 'tag-page',
    note: 'topic page reprinting a Wikipedia summary',
  },
  // Aggregators and reposts: cite the outlet that wrote the words.
  { domain: 'menafn.com', reason: 'aggregator', note: 'press-release and news aggregator' },
  { domain: 'news.abolish.capital', reason: 'aggregator', note: 'reposts other outlets' },
  { domain: 'newscutters.com', reason: 'aggregator', note: 'reposts other outlets' },
  { domain: 'nahnews.org', reason: 'aggregator', note: 'reposts other outlets' },
  { domain: 'silkway.news', reason: 'aggregator', note: 'reposts other outlets' },
  { domain: 'myseldon.com', reason: 'aggregator', note: 'news monitoring service' },
  { domain: 'eurosmi.ru', reason: 'aggregator', note: 'translations of foreign press' },
  { domain: 'turkmenistanlive.com', reason: 'repost', note: 'reposts TASS' },
  { domain: 'newskitchen.eu', reason: 'repost', note: 'reposts the Kremlin’s texts' },
  { domain: 'armenianclub.com', reason: 'repost', note: 'reposts Armenpress' },
  { domain: 'rightsinrussia.info', reason: 'repost', note: 'NGO digest of other sources' },
  // Code is not a source of facts: cite the standard or the dataset it copies.
  { domain: 'github.com', reason: 'code-repository', note: 'someone’s code, not a standard' },
  { domain: 'gist.github.com', reason: 'code-repository', note: 'someone’s code, not a standard' },
  // VIGINUM (France) identified the "Pravda" network as a pro-Kremlin disinformation operation.
  {
    domain: 'news-pravda.com',
    reason: 'disinformation-network',
    note: 'site of the "Pravda" network (VIGINUM, 2024)',
  },
];

/**
 * General reference works: a fact may rest on them only where nothing better exists, and then is
 * not marked confirmed (one source, however many articles of it are cited).
 */
export const REFERENCE_DOMAINS: readonly string[] = ['wikipedia.org'];

/** True when a URL's host is `domain` or one of its subdomains (and its path starts as given). */
export function onDomain(url: string, domain: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  const [host = '', ...path] = domain.split('/');
  const onHost = parsed.hostname === host || parsed.hostname.endsWith(`.${host}`);
  return onHost && (path.length === 0 || parsed.pathname.startsWith(`/${path.join('/')}`));
}

/** The weak-list entry a URL falls under, if any. */
export function weakDomainOf(
  url: string,
  list: readonly WeakDomain[] = WEAK_DOMAINS,
): WeakDomain | undefined {
  return list.find((entry) => onDomain(url, entry.domain));
}
