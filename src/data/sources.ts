/**
 * Every source the data cites, defined once and cited by id. A `date` is the publication date
 * where known; the integrity test uses it to keep sources published after 22 Dec 2025 from
 * being the basis of a claim about the state of things on that day.
 */
import { MEETING_RECORDS, RUSSIAN_QUOTE_RECORDS } from './meetingSources';
import type { SourceRecord } from './meetingSources';
import { PUBLISHERS } from './publishers';
import type { Source } from './types';

const RECORDS: readonly SourceRecord[] = [
  // 2025 meeting (meetingSources.ts)
  ...MEETING_RECORDS,

  // History and status
  {
    id: 'H1',
    title: 'Member states of the Commonwealth of Independent States (membership table)',
    url: 'https://en.wikipedia.org/wiki/Member_states_of_the_Commonwealth_of_Independent_States',
  },
  {
    id: 'H2',
    title: 'Glossary: “CIS”',
    url: 'http://en.kremlin.ru/catalog/glossary/38',
  },
  {
    id: 'H3',
    title: 'About the CIS',
    url: 'https://eccis.org/en/about-cis',
  },
  {
    id: 'H4',
    title: 'Page on the CIS among international organisations',
    url: 'https://www.mfa.am/en/international-organisations/2',
  },
  {
    id: 'H5',
    title: 'CIS Charter',
    url: 'https://en.wikipedia.org/wiki/CIS_Charter',
  },
  {
    id: 'H6',
    title: 'CIS Charter: text with notes',
    url: 'https://docs.cntd.ru/document/1901995',
  },
  {
    id: 'H7',
    title: 'Alma-Ata Protocol',
    url: 'https://en.wikipedia.org/wiki/Alma-Ata_Protocol',
  },
  {
    id: 'H8a',
    title: 'Gorbachev’s resignation on 25 Dec 1991 (in Russian)',
    url: 'https://pnp.ru/politics/mikhail-gorbachyov-ushyol-v-otstavku-27-let-nazad.html',
    date: '2018-12-25',
  },
  {
    id: 'H8b',
    title: 'The USSR ceases to exist, 26 Dec 1991 (in Russian)',
    url: 'http://sputnik.by/event/20151226/1019235271.html',
    date: '2015-12-26',
  },
  {
    id: 'H9',
    title: 'Содружество Независимых Государств (section on Georgia)',
    url: 'https://ru.wikipedia.org/wiki/%D0%A1%D0%BE%D0%B4%D1%80%D1%83%D0%B6%D0%B5%D1%81%D1%82%D0%B2%D0%BE_%D0%9D%D0%B5%D0%B7%D0%B0%D0%B2%D0%B8%D1%81%D0%B8%D0%BC%D1%8B%D1%85_%D0%93%D0%BE%D1%81%D1%83%D0%B4%D0%B0%D1%80%D1%81%D1%82%D0%B2',
  },
  {
    id: 'H10',
    title: 'Civil.ge report on Georgia’s withdrawal from the CIS',
    url: 'https://civil.ge/archives/119287',
  },
  {
    id: 'H11',
    title: 'Report on the CIS being notified of Georgia’s withdrawal',
    url: 'https://www.panarmenian.net/eng/world/news/27321/',
  },
  {
    id: 'H12',
    title: 'Report on the Georgian parliament’s vote to leave the CIS',
    url: 'https://en.trend.az/scaucasus/georgia/1270353.html',
  },
  {
    id: 'H13',
    title: 'Article on Georgia’s withdrawal from the CIS',
    url: 'https://messenger.com.ge/issues/1700_september_29_2008/1700_econ_one.html',
  },
  {
    id: 'H13b',
    title: 'Article on Georgia’s withdrawal from the CIS, one year on',
    url: 'https://messenger.com.ge./issues/1921_august_18_2009/1921_temo.html',
    date: '2009-08-18',
  },
  {
    id: 'H14',
    title: 'Report on Georgia joining the CIS',
    url: 'https://www.upi.com/Archives/1993/10/08/Georgia-joins-CIS-Kremlin-summit-discuss-Caucasus-conflicts/1325750052800/',
    date: '1993-10-08',
  },
  {
    id: 'H16a',
    title: 'Report on the 2005 Kazan summit and Turkmenistan’s associate status',
    url: 'https://www.rferl.org/a/1061002.html',
  },
  {
    id: 'H16b',
    title: 'Report on Turkmenistan’s associate membership of the CIS',
    url: 'http://www.turkmenistan.ru/en/node/4271',
  },
  {
    id: 'H16c',
    title: 'Report on the 2005 Kazan CIS summit (in Russian)',
    url: 'https://ria.ru/20050827/41237040.html',
  },
  {
    id: 'H17a',
    title: 'Azerbaijan and the CIS (related information)',
    url: 'https://azerbaijan.az/en/related-information/197',
  },
  {
    id: 'H17b',
    title: 'Archive text on Azerbaijan’s 1993 decision to join the CIS',
    url: 'https://lib.aliyevheritage.org/print.php?lang=en&page=828425',
  },
  {
    id: 'H17c',
    title: 'Country Studies: Azerbaijan, relations with former Soviet republics (1994)',
    url: 'https://www.loc.gov/collections/country-studies/?q=Azerbaijan',
  },
  {
    id: 'H18',
    title: 'Country Studies: Moldova (1995)',
    url: 'https://www.loc.gov/collections/country-studies/?q=Moldova',
    date: '1995',
  },
  {
    id: 'H23',
    title: 'Report on Georgia’s withdrawal from the CIS',
    url: 'http://on.rt.com/9fk',
    date: '2008-08-18',
  },
  {
    id: 'H24',
    title: 'Report on Georgia’s withdrawal from the CIS',
    url: 'https://sputnikglobe.com/20080819/116127859.html',
  },
  {
    id: 'H25',
    title: 'Monitoring report on Georgia, October 1993 (in Russian)',
    url: 'http://www.igpi.ru/monitoring/1047645476/oct_93/gruz.html',
    date: '1993-10',
  },
  {
    id: 'H26',
    title: 'Georgia in the CIS: background (in Russian)',
    url: 'https://ria.ru/20080813/150337640.html',
    date: '2008-08-13',
  },
  {
    id: 'H27',
    title: 'Азербайджан стал десятым членом Содружества',
    url: 'https://www.kommersant.ru/doc/60134',
    date: '1993-09',
  },

  // Ukraine
  {
    id: 'U1',
    title: 'Report on Ukraine’s 2014 announcement of withdrawal from the CIS',
    url: 'https://azh.kz/en/news/view/3461',
  },
  {
    id: 'U2',
    title: 'Statement on Ukraine’s cooperation within the CIS (March 2014)',
    url: 'https://mfa.gov.ua/en/news/20106-zajava-ministerstva-zakordonnih-sprav-ukrajini-shhodo-formatu-spivpraci-ukrajini-v-ramkah-snd',
    date: '2014-03',
  },
  {
    id: 'U4',
    title: 'Report on Ukraine’s 2018 steps to end its CIS participation',
    url: 'http://tass.com/world/1002678',
  },
  {
    id: 'U5',
    title: 'Report on Poroshenko’s decree recalling representatives from CIS bodies',
    url: 'http://tass.com/world/1005227',
  },
  {
    id: 'U6',
    title: 'Note on Ukraine’s 2018 decree on CIS statutory bodies',
    url: 'https://www.lexology.com/library/detail.aspx?g=a875ffd5-64f4-4d2e-9506-e3c9af48f203',
  },
  {
    id: 'U7',
    title:
      'Report on the CIS Executive Committee’s view of Ukraine’s status (see also https://ukranews.com/en/news/580664-ukraine-closes-its-office-at-commonwealth-of-independent-states)',
    url: 'http://tass.com/world/1018944',
  },
  {
    id: 'U10',
    title: 'Report on Ukraine leaving another CIS agreement',
    url: 'https://ukranews.com/en/news/930936-ukraine-withdrew-from-another-cis-agreement',
  },
  {
    id: 'U13',
    title: 'Report on Poroshenko’s decree recalling Ukrainian representatives from CIS bodies',
    url: 'https://en.azvision.az/news/87035/poroshenko-signs-decree-recalling-ukrainian-representatives-from-cis-bodies.html',
  },
  {
    id: 'U14',
    title: 'Ukraine quits the CIS chairmanship',
    url: 'https://www.chinadaily.com.cn/world/2014-03/20/content_17362088.htm',
    date: '2014-03-20',
  },
  {
    id: 'U15',
    title: 'Ukraine intends to leave the CIS (in Russian)',
    url: 'https://zn.ua/amp/POLITICS/ukraina-namerena-vyyti-iz-sng-141501_.html',
  },

  // Moldova
  {
    id: 'M1',
    title: 'Report on Moldova recalling its officials from CIS bodies',
    url: 'https://interfax.com/newsroom/top-stories/88946/',
  },
  {
    id: 'M2',
    title: 'Igor Grosu: the Republic of Moldova ceased to attend CIS meetings',
    url: 'https://radiomoldova.md/p/4222/igor-grosu--the-republic-of-moldova-ceased-to-attend-cis-meetings-',
  },
  {
    id: 'M3',
    title: 'Article on Moldova’s first step towards leaving the CIS',
    url: 'https://caliber.az/en/post/moldova-takes-first-step-towards-complete-exit-from-cis',
  },
  {
    id: 'M4',
    title: 'Report on the Moldovan parliament’s vote to denounce the IPA CIS Convention',
    url: 'https://zdg.md/en/?p=12027',
  },
  {
    id: 'M7',
    title:
      'Article on the plan to denounce CIS agreements, including visa-free travel (in Romanian)',
    url: 'https://www.zdg.md/stiri/proiect-r-moldova-ar-putea-introduce-regimul-de-vize-pentru-cetatenii-statelor-csi/',
  },
  {
    id: 'M8',
    title: 'Report on Moldova denouncing CIS agreements (Nov 2025)',
    url: 'https://news.day.az/world/1798386.html',
  },
  {
    id: 'M17',
    title: "Report on the CIS foreign ministers' meeting in Dushanbe",
    url: 'https://asiaplustj.info/en/news/tajikistan/politics/20220512/tajik-foreign-minister-meets-cis-executive-secretary-in-dushanbe-to-discuss-cooperation',
    date: '2022-05',
  },
  {
    id: 'M19',
    title: 'Moldova’s new parliament votes to join the CIS (in Dutch)',
    url: 'https://www.nrc.nl/nieuws/1994/04/09/nieuw-parlement-moldavie-stemt-voor-aansluiting-bij-7220471-a431243',
    date: '1994-04-09',
  },
  {
    id: 'M20',
    title: 'Statutul Comunității Statelor Independente (record of the act, in Romanian)',
    url: 'http://lex.justice.md/index.php?action=view&view=doc&lang=1&id=357324',
  },
  {
    id: 'M21',
    title: 'Article on the CIS Charter’s ratifications (in Russian)',
    url: 'https://uz.sputniknews.ru/20251221/54350546.html',
    date: '2025-12-21',
  },

  // Treaties and institutions
  {
    id: 'T1a',
    title: 'Collective Security Treaty: text',
    url: 'http://www.odkb.gov.ru/b/azbengl.htm',
  },
  {
    id: 'T1d',
    title: 'Collective Security Treaty Organization',
    url: 'https://en.wikipedia.org/wiki/Collective_Security_Treaty_Organization',
  },
  {
    id: 'T2a',
    title: 'Treaty on the creation of an Economic Union (legal database entry)',
    url: 'https://cis-legislation.com/document.fwx?rgn=4136',
  },
  {
    id: 'T2b',
    title: 'Commonwealth of Independent States Agreement on the Establishment of a Free Trade Area',
    url: 'https://en.wikipedia.org/wiki/Commonwealth_of_Independent_States_Agreement_on_the_Establishment_of_a_Free_Trade_Area',
  },
  {
    id: 'T3a',
    title: 'Commonwealth of Independent States Treaty on Free Trade Area',
    url: 'https://en.wikipedia.org/wiki/Commonwealth_of_Independent_States_Treaty_on_Free_Trade_Area',
  },
  {
    id: 'T3b',
    title: 'Analysis of the signing of the 2011 CIS free trade agreement',
    url: 'https://www.osw.waw.pl/en/publikacje/analyses/2011-10-26/signing-agreement-a-free-trade-zone-within-cis',
  },
  {
    id: 'T3c',
    title: 'CIS heads of government sign the free trade treaty (in Russian)',
    url: 'https://interfax.ru/business/212725',
    date: '2011-10-18',
  },
  {
    id: 'T3d',
    title: 'CIS prime ministers sign the free trade agreement (in Russian)',
    url: 'https://economics.unian.net/other/556603-premer-ministryi-stran-sng-podpisali-soglashenie-o-zone-svobodnoy-torgovli.html',
    date: '2011-10',
  },
  {
    id: 'T4a',
    title: 'About the IPA CIS',
    url: 'http://old.iacis.ru/eng/about/',
  },
  {
    id: 'T4b',
    title: 'CIS Interparliamentary Assembly',
    url: 'https://en.wikipedia.org/wiki/CIS_Interparliamentary_Assembly',
  },
  {
    id: 'T4c',
    title: 'Georgia leaves the CIS Interparliamentary Assembly (in Russian)',
    url: 'https://interfax.ru/russia/84846',
    date: '2009-06-12',
  },
  {
    id: 'T5',
    title: 'The CIS Executive Committee (in Russian)',
    url: 'https://e-cis.info/page/3466/81544',
  },
  {
    id: 'T8',
    title: 'The CIS Executive Committee celebrates its 20th anniversary',
    url: 'http://iacis.ru/News/Partners/the_cis_executive_committee_celebrates_its_20th_anniversary',
    date: '2019-04-02',
  },
  {
    id: 'T9',
    title: 'Meeting at the CIS Executive Committee, 17 Kirov Street, Minsk (in Russian)',
    url: 'http://cis.minsk.by/news.php?id=268',
    date: '2011-08',
  },
  {
    id: 'T7',
    title:
      'Statement by the Secretary-General to the CIS Council of Heads of State (SG/SM/5987), giving the date of the General Assembly decision on observer status',
    url: 'https://press.un.org/en/1996/19960516.sgsm5987.html',
    date: '1996-05-16',
  },
  {
    id: 'O1',
    title: 'Federation Council page on Afghanistan’s parliament and the IPA CIS',
    url: 'http://council.gov.ru/en/activity/crosswork/dep/62/',
  },
  {
    id: 'O2',
    title: 'Report on Afghanistan’s parliament as an IPA CIS observer',
    url: 'https://www.rferl.org/amp/1072794.html',
    date: '2006',
  },

  // Earlier informal summits
  {
    id: 'I1',
    title: 'Informal CIS summit in St Petersburg, December 2018 (in Russian)',
    url: 'https://cis.minsk.by/news/10393/v-sankt-peterburge-sostoalsa-neformalnyj-sammit-sng',
  },
  {
    id: 'I2',
    title: 'Informal CIS summit in St Petersburg, December 2019',
    url: 'http://en.special.kremlin.ru/events/president/news/62376',
  },
  {
    id: 'I3',
    title: 'Informal CIS summit in St Petersburg, 28 Dec 2021',
    url: 'https://armenpress.am/eng/news/1071891/',
    date: '2021-12-28',
  },
  {
    id: 'I11',
    title: 'Informal meeting of CIS leaders at the Presidential Library',
    url: 'https://prlib.ru/en/news/1329028',
    date: '2021-12-28',
  },
  {
    id: 'I4',
    title: 'Report on the October 2022 informal CIS summit',
    url: 'https://tass.com/politics/1519421',
  },
  {
    id: 'I5',
    title: 'Report on the December 2022 informal CIS summit',
    url: 'https://asiaplustj.info/en/news/world/20221227/russian-leader-acknowledges-disagreements-between-cis-member-nations',
  },
  {
    id: 'I6a',
    title: 'Transcript of the December 2023 informal meeting of CIS heads of state',
    url: 'http://en.kremlin.ru/events/president/transcripts/73171/print',
  },
  {
    id: 'I6b',
    title: 'Report on the December 2023 informal meeting of CIS heads of state in St Petersburg',
    url: 'https://old.asiaplustj.info/en/news/tajikistan/politics/20231227/informal-meeting-of-the-cis-heads-of-state-held-in-st-petersburg-yesterday',
  },
  {
    id: 'I7',
    title: 'Informal meeting of CIS leaders, December 2024',
    url: 'http://en.special.kremlin.ru/events/president/news/75942',
  },
  {
    id: 'I8',
    title: '38 killed, 29 survivors rescued after plane crashes (Azerbaijan Airlines, Aktau)',
    url: 'https://www.spokesman.com/stories/2024/dec/25/38-killed-29-survivors-rescued-after-plane-crashes/',
    date: '2024-12-25',
  },
  {
    id: 'I9',
    title:
      'Report on the Azerbaijan Airlines crash near Aktau: 62 passengers and five crew on board',
    url: 'https://vlast.kz/english/63225-azerbaijan-airlines-passenger-plane-crashes-in-kazakhstan.html',
    date: '2024-12-25',
  },
  {
    id: 'I10',
    title:
      'Account of Lukashenko’s visit to the December 2024 CIS and EAEU meetings in Leningrad Region',
    url: 'https://news.by/eng/news/prezident/ensuring-peaceful-future-this-is-what-all-efforts-of-alexander-lukashenko-are-aimed-at',
  },

  // The quotes in Russian, as Russian outlets print them (meetingSources.ts)
  ...RUSSIAN_QUOTE_RECORDS,

  // Codes and coordinates: the standards and the map's own data
  {
    id: 'G1',
    title: 'Standard country or area codes for statistical use (M49)',
    url: 'https://unstats.un.org/unsd/methodology/m49/',
  },
  {
    id: 'G2',
    title: 'Populated places (1:10m)',
    url: 'https://www.naturalearthdata.com/downloads/10m-cultural-vectors/10m-populated-places/',
  },
  // Crises the CIS did not prevent (X): wars and annexations among its states, and the causes
  // the state pages give for an exit or a halt
  {
    id: 'X1',
    title: 'Bishkek Protocol, 5 May 1994 (Peace Agreements Database, University of Edinburgh)',
    url: 'https://pax.peaceagreements.org/agreements/310',
  },
  {
    id: 'X2',
    title: 'Report on renewed Armenia–Azerbaijan fighting, with the conflict since 1988',
    url: 'https://tass.com/world/1214141',
    date: '2020-10-20',
  },
  {
    id: 'X3',
    title:
      'Report of the Independent International Fact-Finding Mission on the Conflict in Georgia, Vol. I',
    url: 'http://news.bbc.co.uk/2/shared/bsp/hi/pdfs/30_09_09_iiffmgc_report.pdf',
    date: '2009-09',
  },
  {
    id: 'X4',
    title:
      'Agreement on the Accession of the Republic of Crimea to the Russian Federation submitted to State Duma for ratification',
    url: 'http://en.special.kremlin.ru/catalog/regions/CR/events/20616',
    date: '2014-03-19',
  },
  {
    id: 'X5',
    title:
      'General Assembly Adopts Resolution Calling upon States Not to Recognize Changes in Status of Crimea Region (GA/11493, resolution 68/262)',
    url: 'https://press.un.org/en/2014/ga11493.doc.htm',
    date: '2014-03-27',
  },
  {
    id: 'X6',
    title: "Ukraine launches 'anti-terrorist operation' against separatists",
    url: 'http://articles.latimes.com/2014/apr/13/world/la-fg-wn-ukraine-official-antiterrorist-operation-launched-20140413',
    date: '2014-04-13',
  },
  {
    id: 'X7',
    title: "BBC: Ukraine says Donetsk 'anti-terror operation' under way",
    url: 'http://www.kyivpost.com/article/content/ukraine-politics/bbc-ukraine-says-donetsk-anti-terror-operation-under-way-343623.html',
    date: '2014-04-15',
  },
  {
    id: 'X8',
    title: 'Russia Ukraine conflict: Putin launches full-scale invasion',
    url: 'https://www.channel4.com/news/russia-ukraine-conflict-putin-launches-full-scale-invasion',
    date: '2022-02-24',
  },
  {
    id: 'X9',
    title: 'Russia’s Putin announces military operation in Ukraine',
    url: 'https://nation.africa/kenya/news/world/russia-s-putin-announces-military-operation-in-ukraine-3727324',
    date: '2022-02-24',
  },
  {
    id: 'X10',
    title: 'Kyrgyzstan and Tajikistan try to end cross-border clashes',
    url: 'https://apnews.com/article/tajikistan-kyrgyzstan-europe-9248767946392deb0abbf90310ea465c',
    date: '2021-04-30',
  },
  {
    id: 'X11',
    title:
      'Reports of fighting between Azerbaijani and Armenian forces dampen cease-fire hopes in Nagorno-Karabakh',
    url: 'https://www.rferl.org/a/reports-of-fighting-between-azerbaijani-and-armenian-forces-dampen-cease-fire-hopes-in-nagorno-karabakh/30886891.html',
    date: '2020-10-11',
  },
  {
    id: 'X12',
    title:
      'Statement by the Prime Minister of Armenia, the President of Azerbaijan and the President of Russia',
    url: 'https://www.primeminister.am/en/press-release/item/2020/11/10/Announcement/%20%20%20%20%20%20%20%20%20statement',
    date: '2020-11-10',
  },
  {
    id: 'X13',
    title: "Kyrgyzstan reports 'intense battles' with Tajikistan",
    url: 'https://www.aljazeera.com/news/2022/9/16/kyrgyzstan-reports-heavy-fighting-with-tajikistan',
    date: '2022-09-16',
  },
  {
    id: 'X14',
    title: 'Kyrgyzstan, Tajikistan agree on cease-fire on shared border',
    url: 'https://www.ajc.com/news/nation-world/officials-31-wounded-in-kyrgyzstan-tajikistan-border-clash/4BJWNQPRQFGIDM6JHTOZJJ7W44/',
    date: '2022-09-16',
  },
  {
    id: 'X15',
    title: 'Nagorno-Karabakh forces agree Azerbaijan demand to disarm',
    url: 'https://www.bbc.com/news/world-europe-66863702',
    date: '2023-09-20',
  },
  {
    id: 'X16',
    title: 'Nagorno-Karabakh authorities surrender in apparent Russia-brokered deal',
    url: 'https://kyivindependent.com/nagorno-karabakh-authorities-surrender-in-apparent-russia-brokered-deal/',
    date: '2023-09-20',
  },
];

export const SOURCES: readonly Source[] = RECORDS.map((record) => ({
  ...record,
  publisher: PUBLISHERS[record.id] ?? '',
}));
