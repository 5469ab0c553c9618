/**
 * Every source the data cites, defined once and cited by id. A `date` is the publication date
 * where known; the integrity test uses it to keep sources published after 22 Dec 2025 from
 * being the basis of a claim about the state of things on that day.
 */
import { PUBLISHERS } from './publishers';
import type { Source } from './types';

/** A source as written here; its publisher, the name citations show, is in publishers.ts. */
type SourceRecord = Omit<Source, 'publisher'>;

const RECORDS: readonly SourceRecord[] = [
  // 2025 meeting
  {
    id: 'S1',
    title: 'CIS Informal Meeting Held in Russia (republished by The Armenia Daily)',
    url: 'https://www.thearmeniadaily.com/article/877719797-cis-informal-meeting-held-in-russia',
    date: '2025-12-22',
  },
  {
    id: 'S2',
    title: 'Visit to the State Hermitage Museum',
    url: 'http://www.en.special.kremlin.ru/events/president/news/78830',
    date: '2025-12-22',
  },
  {
    id: 'S3',
    title: "Report on Azerbaijan's president missing the informal CIS summit in Russia",
    url: 'https://www.anews.com.tr/world/2025/12/22/azerbaijans-president-unable-to-attend-informal-cis-summit-in-russia',
  },
  {
    id: 'S4',
    title: "Report that Azerbaijan's president would miss the CIS summit",
    url: 'https://menafn.com/1110511998/Azerbaijani-president-to-miss-upcoming-CIS-summit',
  },
  {
    id: 'S5',
    title: "Baku's explanation of President Aliyev's absence from the St Petersburg summits",
    url: 'https://news.az/news/baku-clarifies-president-aliyevs-absence-from-eaeu-cis-summits-in-st-petersburg',
  },
  {
    id: 'S6',
    title: 'Report on Aliyev skipping the informal CIS summit in St Petersburg',
    url: 'https://www.themoscowtimes.com/2025/12/22/azerbaijans-aliyev-skips-informal-cis-summit-in-st-petersburg-a91504',
  },
  {
    id: 'S8',
    title: "Report on Peskov's statement that Aliyev was expected at the summit",
    url: 'https://mediamax.am/en/news/foreignpolicy/59572/',
  },
  {
    id: 'S9',
    title: 'Review of the traditional December 2025 CIS summit',
    url: 'https://www.newscentralasia.net/2025/12/23/traditional-december-summit-of-the-commonwealth-of-independent-states-year-end-review-and-future-plans',
  },
  {
    id: 'S10',
    title: "Report on the St Petersburg summit and Putin's CIS trade figure",
    url: 'https://iz.ru/en/node/2013325',
  },
  {
    id: 'S11',
    title: "Account of the informal CIS summit's cultural programme and talks",
    url: 'https://news.by/eng/news/prezident/from-cultural-program-to-closed-door-negotiations-how-informal-cis-summit-in-russia-took-place',
  },
  {
    id: 'S12',
    title: "Report on Putin's remarks on settlements in national currencies",
    url: 'https://www.rt.com/business/629885-putin-national-currencies/amp',
  },
  {
    id: 'S13',
    title: 'Report on the two-day St Petersburg programme and the December meeting tradition',
    url: 'https://tass.com/politics/2062777',
  },
  {
    id: 'S14',
    // It prints quote 1's Russian words too, as ВЗГЛЯД (R1) does.
    title: 'Путин рассказал о товарообороте России со странами СНГ на $90 млрд',
    url: 'https://spb.mir24.tv/news/16656008/putin:-tovarooborot-stran-sng-sostavil-okolo-dollar90-mlrd-za-10-mesyacev',
    date: '2025-12-22',
  },
  {
    id: 'S15',
    title: "Lukashenko's working visit to Russia and the informal CIS meeting at the Hermitage",
    url: 'https://www.belarus.by/en/press-center/news/lukashenkos-working-visit-to-russia-continues-with-informal-meeting-of-cis-leaders-in-hermitage_i_204978.html',
  },
  {
    id: 'S16',
    title: 'Article on the 22 Dec 2025 CIS summit',
    url: 'https://news.abolish.capital/post/15074',
  },
  {
    id: 'S17',
    title: 'Report on Putin inviting CIS leaders to an informal year-end meeting (in Russian)',
    url: 'http://turkmenistanlive.com/2025/10/12/%D0%BF%D1%83%D1%82%D0%B8%D0%BD-%D0%BF%D1%80%D0%B8%D0%B3%D0%BB%D0%B0%D1%81%D0%B8%D0%BB-%D0%BB%D0%B8%D0%B4%D0%B5%D1%80%D0%BE%D0%B2-%D1%81%D0%BD%D0%B3-%D0%BD%D0%B0-%D0%BD%D0%B5%D1%84%D0%BE%D1%80%D0%BC/',
    date: '2025-10-12',
  },
  {
    id: 'S18',
    title: 'CIS Heads of State Council Summit Held in Dushanbe',
    url: 'https://eccis.org/en/news/30910',
    date: '2025-10-10',
  },

  // History and status
  {
    id: 'H1',
    title: 'Wikipedia "Member states of the CIS": membership table (en-academic mirror)',
    url: 'https://en-academic.com/dic.nsf/enwiki/11724396',
  },
  {
    id: 'H1b',
    title: 'Wikipedia "Member states of the Commonwealth of Independent States" (IPFS mirror)',
    url: 'https://en.wikipedia-on-ipfs.org/wiki/Member_states_of_the_Commonwealth_of_Independent_States',
  },
  {
    id: 'H2',
    title: 'Glossary: "CIS"',
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
    title: 'Dissolution of the Soviet Union',
    url: 'https://wikivisually.com/wiki/Dissolution_of_the_Soviet_Union',
  },
  {
    id: 'H8b',
    title: 'Remember the Date: 25 December',
    url: 'http://www.rightsinrussia.info/Remember-the-Date/25december',
  },
  {
    id: 'H9',
    title: "Forum post quoting Russian Wikipedia on Georgia's CIS ratification dates",
    url: 'https://www.politikforum.ru/showpost.php?p=1627431&postcount=15',
  },
  {
    id: 'H10',
    title: "Civil.ge report on Georgia's withdrawal from the CIS",
    url: 'https://civil.ge/archives/119287',
  },
  {
    id: 'H11',
    title: "Report on the CIS being notified of Georgia's withdrawal",
    url: 'https://www.panarmenian.net/eng/world/news/27321/',
  },
  {
    id: 'H12',
    title: "Report on the Georgian parliament's vote to leave the CIS",
    url: 'https://en.trend.az/scaucasus/georgia/1270353.html',
  },
  {
    id: 'H13',
    title: "Article on Georgia's withdrawal from the CIS",
    url: 'https://messenger.com.ge/issues/1700_september_29_2008/1700_econ_one.html',
  },
  {
    id: 'H13b',
    title: "Article on Georgia's withdrawal from the CIS, one year on",
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
    id: 'H15',
    title: "Article on Georgia's participation in the CIS (in Russian)",
    url: 'http://www.eurosmi.ru/uchastie_gruzii_v_sng_bylo_natseleno_na_eroziyu_sodrujestva.html',
  },
  {
    id: 'H16a',
    title: "Report on the 2005 Kazan summit and Turkmenistan's associate status",
    url: 'https://www.rferl.org/a/1061002.html',
  },
  {
    id: 'H16b',
    title: "Report on Turkmenistan's associate membership of the CIS",
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
    title: "Archive text on Azerbaijan's 1993 decision to join the CIS",
    url: 'https://lib.aliyevheritage.org/print.php?lang=en&page=828425',
  },
  {
    id: 'H17c',
    title: 'Azerbaijan country study: relations with the CIS',
    url: 'http://reference.allrefer.com/country-guide-study/azerbaijan/azerbaijan67.html',
  },
  {
    id: 'H18',
    title: 'US country study on Moldova (1995)',
    url: 'http://www.country-data.com/cgi-bin/query/r-8858.html',
    date: '1995',
  },
  {
    id: 'H21',
    title: 'The World Factbook: Commonwealth of Independent States (CIS)',
    url: 'https://relief.unboundmedicine.com/relief/view/The-World-Factbook/563540/all/Commonwealth_of_Independent_States__CIS_',
  },
  {
    id: 'H22',
    title:
      "Page on Russia's 15 Apr 1993 Charter ratification (low quality; used only where it agrees with H6)",
    url: 'https://johnnyfavourit.com/the-supreme-member-on-april-15-1993-other/',
  },
  {
    id: 'H23',
    title: "Report on Georgia's withdrawal from the CIS",
    url: 'http://on.rt.com/9fk',
    date: '2008-08-18',
  },
  {
    id: 'H24',
    title: "Report on Georgia's withdrawal from the CIS",
    url: 'https://sputnikglobe.com/20080819/116127859.html',
  },
  {
    id: 'H25',
    title: 'Monitoring report on Georgia, October 1993 (in Russian)',
    url: 'http://www.igpi.ru/monitoring/1047645476/oct_93/gruz.html',
    date: '1993-10',
  },

  // Ukraine
  {
    id: 'U1',
    title: "Report on Ukraine's 2014 announcement of withdrawal from the CIS",
    url: 'https://azh.kz/en/news/view/3461',
  },
  {
    id: 'U2',
    title: 'Report on Ukraine giving up the CIS chairmanship',
    url: 'https://nahnews.org/45161-ukraine-refused-from-the-presidency-of-the-cis',
  },
  {
    id: 'U4',
    title: "Report on Ukraine's 2018 steps to end its CIS participation",
    url: 'http://tass.com/world/1002678',
  },
  {
    id: 'U5',
    title: "Report on Poroshenko's decree recalling representatives from CIS bodies",
    url: 'http://tass.com/world/1005227',
  },
  {
    id: 'U6',
    title: "Note on Ukraine's 2018 decree on CIS statutory bodies",
    url: 'https://www.lexology.com/library/detail.aspx?g=a875ffd5-64f4-4d2e-9506-e3c9af48f203',
  },
  {
    id: 'U7',
    title:
      "Report on the CIS Executive Committee's view of Ukraine's status (see also https://ukranews.com/en/news/580664-ukraine-closes-its-office-at-commonwealth-of-independent-states)",
    url: 'http://tass.com/world/1018944',
  },
  {
    id: 'U10',
    title: 'Report on Ukraine leaving another CIS agreement',
    url: 'https://ukranews.com/en/news/930936-ukraine-withdrew-from-another-cis-agreement',
  },
  {
    id: 'U13',
    title: "Report on Poroshenko's decree recalling Ukrainian representatives from CIS bodies",
    url: 'https://en.azvision.az/news/87035/poroshenko-signs-decree-recalling-ukrainian-representatives-from-cis-bodies.html',
  },

  // Moldova
  {
    id: 'M1',
    title: 'Report on Moldova recalling its officials from CIS bodies',
    url: 'https://interfax.com/newsroom/top-stories/88946/',
  },
  {
    id: 'M2',
    title: 'Article on Moldova suspending its CIS participation',
    url: 'https://newscutters.com/world/335355.html',
  },
  {
    id: 'M3',
    title: "Article on Moldova's first step towards leaving the CIS",
    url: 'https://caliber.az/en/post/moldova-takes-first-step-towards-complete-exit-from-cis',
  },
  {
    id: 'M4',
    title: "Report on the Moldovan parliament's vote to denounce the IPA CIS Convention",
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
    id: 'M9',
    title: 'Report on the Moldovan parliament approving the denunciation of CIS agreements',
    url: 'https://www.silkway.news/parliament-of-moldova-approved-156897',
  },
  {
    id: 'M17',
    title: "Report on the CIS foreign ministers' meeting in Dushanbe",
    url: 'https://asiaplustj.info/en/news/tajikistan/politics/20220512/tajik-foreign-minister-meets-cis-executive-secretary-in-dushanbe-to-discuss-cooperation',
    date: '2022-05',
  },
  {
    id: 'M18',
    title: 'Tag page on the CIS (CSI)',
    url: 'https://tvn.md/tag/csi/',
  },

  // Treaties and institutions
  {
    id: 'T1a',
    title: 'Collective Security Treaty: text',
    url: 'http://www.odkb.gov.ru/b/azbengl.htm',
  },
  {
    id: 'T1b',
    title: 'Topic page: Collective Security Treaty Organization',
    url: 'https://www.washingtontimes.com/topics/collective-security-treaty-organization/',
  },
  {
    id: 'T1c',
    title: 'Article on the Collective Security Treaty',
    url: 'https://armenia.news-pravda.com/world/2025/05/15/16722.html',
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
    id: 'T5',
    title: 'General Secretary of the CIS',
    url: 'https://wikimili.com/en/General_Secretary_of_the_CIS',
  },
  {
    id: 'T6',
    title: 'Lebedev on Belarus co-chairing the CIS in 2020 and presiding in 2021',
    url: 'http://eng.belta.by/politics/view/lebedev-belarus-will-co-chair-cis-in-2020-preside-in-2021-124897-2019/',
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
    title: "Federation Council page on Afghanistan's parliament and the IPA CIS",
    url: 'http://council.gov.ru/en/activity/crosswork/dep/62/',
  },
  {
    id: 'O2',
    title: "Report on Afghanistan's parliament as an IPA CIS observer",
    url: 'https://www.rferl.org/amp/1072794.html',
    date: '2006',
  },

  // Earlier informal summits
  {
    id: 'I1',
    title: 'Informal CIS summit (republishes the Kremlin text)',
    url: 'https://newskitchen.eu/2018/12/06/informal-cis-summit/',
  },
  {
    id: 'I2',
    title: 'Informal CIS summit in St Petersburg, December 2019',
    url: 'http://en.special.kremlin.ru/events/president/news/62376',
  },
  {
    id: 'I3',
    title: 'Report on the December 2021 informal CIS summit',
    url: 'https://armenianclub.com/2021/12/29/informal-cis-summit-kicks-off-in-russia/amp',
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
      "Account of Lukashenko's visit to the December 2024 CIS and EAEU meetings in Leningrad Region",
    url: 'https://news.by/eng/news/prezident/ensuring-peaceful-future-this-is-what-all-efforts-of-alexander-lukashenko-are-aimed-at',
  },

  // The quotes in Russian, as Russian outlets print them
  {
    id: 'R1',
    title:
      'Putin at the informal CIS summit on trade with the Commonwealth (in Russian, citing TASS)',
    url: 'https://vz.ru/news/2025/12/22/1382580.html',
    date: '2025-12-22',
  },
  {
    id: 'R4',
    title: 'Report on the informal CIS summit by Lusine Balasyan (in Russian)',
    url: 'https://www.kommersant.ru/doc/8314002',
    date: '2025-12-22',
  },
  {
    id: 'R5',
    title: 'Путин заявил о поддержке СНГ нового многополярного миропорядка (news aggregator)',
    url: 'https://myseldon.com/en/news/index/339607099',
    date: '2025-12-22',
  },
  {
    id: 'R6',
    title: 'Путин подвел итоги работы СНГ на неформальном саммите',
    url: 'https://1prime.ru/20251222/putin-865801117.html',
    date: '2025-12-22',
  },
  {
    id: 'R7',
    title: 'Путин: за 30 лет СНГ утвердилось в качестве авторитетного объединения',
    url: 'https://www.rbc.ru/rbcfreenews/694922099a79474b6509e344',
    date: '2025-12-22',
  },
  {
    id: 'R8',
    title: 'Report quoting Putin’s address to the informal CIS summit (in Russian)',
    url: 'https://www.zaks.ru/new/archive/view/264670',
    date: '2025-12-22',
  },

  // Codes and coordinates
  {
    id: 'G1',
    title: 'ISO 3166-1 alpha-2, alpha-3 and numeric codes (dataset, data.go)',
    url: 'https://github.com/ferdypruis/iso3166',
  },
  {
    id: 'G2',
    title: 'Capital coordinates (dataset, LetsTravelApp/screens/CountryCapitials.js)',
    url: 'https://github.com/brandonholmes/lmu-cmsi-370',
  },
  {
    id: 'G3',
    title: 'Location of the Winter Palace (in Russian)',
    url: 'https://kartami.ru/20233-gde-nahoditsya-zimniy-dvorec',
  },
  {
    id: 'G4',
    title: 'Coordinates of the State Hermitage',
    url: 'https://www.wikiplacemarks.com/article_view.php?_lang_id=24&id=20047',
  },
  {
    id: 'G5',
    title: 'Capital coordinates, cross-check (dataset, src/data/capitols.js)',
    url: 'https://github.com/mateusz-kiszczak/sun-app',
  },
  {
    id: 'G6',
    title: 'State Hermitage Museum: coordinates and address',
    url: 'https://3planeta.com/coordinates/places-to-visit/saint-petersburg/state-hermitage-museum.html',
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
    title: "Russia's Putin announces military operation in Ukraine",
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
