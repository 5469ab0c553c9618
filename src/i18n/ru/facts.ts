import type { EN_FACTS } from '../en/facts';

/**
 * The facts' words in Russian. Statuses use the Charter's own terms: a state that has ratified it
 * is «государство – член СНГ» (Art. 7), an associate «ассоциированный член». «Государства –
 * участники СНГ» is not a status: CIS documents call every participating state so, from 1991 on,
 * members or not (the definition says so in plain words). A label stands beside any state's name
 * («Грузия — бывший член СНГ»), so none is a past-tense verb, which would agree with one gender
 * only. States are named as the CIS's own
 * documents and the states themselves name them in Russian (Беларусь, Кыргызстан, Молдова,
 * Туркменистан; hence «в Украине»), a convention the page declares in its footer
 * (`footer.names`; see the README's "Words and languages").
 */
export const RU_FACTS = {
  statuses: {
    member: {
      label: 'Государство – член СНГ',
      inline: 'государство – член СНГ',
      definition:
        'Ратифицировало Устав СНГ, который определяет членство, и Устав вступил в силу (с 22 января 1994\u00a0г.). Не путать с «государствами – участниками СНГ»: так документы Содружества с 1991\u00a0г. называют все участвующие в нём государства, и членов, и нет.',
    },
    'member-halted': {
      label: 'Член СНГ, не участвует в работе',
      inline: 'член СНГ, который не участвует в работе',
      definition:
        'Государство – член СНГ, приостановившее участие: Устав ратифицировало и юридически остаётся членом, но в работе органов и во встречах Содружества больше не участвует.',
    },
    associate: {
      label: 'Ассоциированный член',
      inline: 'ассоциированный член СНГ',
      definition:
        'Участвует в Содружестве на правах ассоциированного члена, не ратифицировав Устав.',
    },
    'founding-party': {
      label: 'Сторона договора 1991 года',
      inline: 'сторона договора 1991 года',
      definition:
        'Сторона учредительного соглашения: ратифицировало Соглашение о создании СНГ 1991\u00a0г. или Алма-Атинский протокол к нему (или присоединилось позже), но Устав, который определяет членство, для него (пока) не вступил в силу.',
    },
    signatory: {
      label: 'Подписант, без ратификации',
      inline: 'подписант, ещё без ратификации',
      definition:
        'Подписало учредительные документы 1991\u00a0г.; парламент их ещё не ратифицировал.',
    },
    observer: {
      label: 'Наблюдатель',
      inline: 'наблюдатель',
      definition:
        'Парламент отказался от ратификации; за государством остался лишь статус наблюдателя.',
    },
    'ceased-participation': {
      label: 'Вне всех органов СНГ',
      inline: 'вне всех органов СНГ',
      definition:
        'Прекратило участие: Устав так и не ратифицировало и отозвало своих представителей из всех уставных органов СНГ.',
    },
    withdrawn: {
      label: 'Бывший член СНГ',
      inline: 'бывший член СНГ',
      definition:
        'Вышло из Содружества; выход вступает в силу через 12 месяцев после уведомления (ст. 9 Устава).',
    },
    'not-yet-joined': {
      label: 'Ещё не входит в СНГ',
      inline: 'ещё не входит в СНГ',
      definition: 'На эту дату не подписало учредительные документы СНГ.',
    },
    'never-joined': {
      label: 'Не входит в СНГ',
      inline: 'не входит в СНГ',
      definition: 'Не участвовало ни в учредительных документах, ни в одном органе СНГ.',
    },
  },
  attendance: {
    attended: {
      label: 'Лидер приехал',
      inline: 'лидер приехал',
      definition: 'Глава государства или правительства участвовал во встрече.',
    },
    absent: {
      label: 'Лидер не приехал',
      inline: 'лидер не приехал',
      definition: 'Государство – участник, чей лидер на встречу не приехал.',
    },
    'not-represented': {
      label: 'Без представителя',
      inline: 'без представителя',
      definition:
        'Юридически государство – член СНГ, но участие в работе Содружества приостановило.',
    },
    'not-participant': {
      label: 'Не участвует в СНГ',
      inline: 'не участвует в СНГ',
      definition:
        'Не участвует в Содружестве: вышло из него, прекратило участие или никогда в него не входило.',
    },
  },
  countries: {
    AM: 'Армения',
    AZ: 'Азербайджан',
    BY: 'Беларусь',
    EE: 'Эстония',
    GE: 'Грузия',
    KZ: 'Казахстан',
    KG: 'Кыргызстан',
    LV: 'Латвия',
    LT: 'Литва',
    MD: 'Молдова',
    RU: 'Россия',
    TJ: 'Таджикистан',
    TM: 'Туркменистан',
    UA: 'Украина',
    UZ: 'Узбекистан',
  },
  /**
   * Short forms for the map's labels where a name does not fit: three letters, as Russian sports
   * broadcasts abbreviate countries (ISO codes would put Latin letters on the Russian map).
   */
  countryShort: {
    AM: 'АРМ',
    AZ: 'АЗЕ',
    BY: 'БЛР',
    EE: 'ЭСТ',
    GE: 'ГРУ',
    KZ: 'КАЗ',
    KG: 'КГЗ',
    LV: 'ЛАТ',
    LT: 'ЛИТ',
    MD: 'МДА',
    RU: 'РОС',
    TJ: 'ТАД',
    TM: 'ТКМ',
    UA: 'УКР',
    UZ: 'УЗБ',
  },
  /** Alphabetical in Russian; a unit test holds it to Intl.Collator('ru'). */
  countryOrder: [
    'AZ',
    'AM',
    'BY',
    'GE',
    'KZ',
    'KG',
    'LV',
    'LT',
    'MD',
    'RU',
    'TJ',
    'TM',
    'UZ',
    'UA',
    'EE',
  ],
  capitals: {
    AM: 'Ереван',
    AZ: 'Баку',
    BY: 'Минск',
    EE: 'Таллин',
    GE: 'Тбилиси',
    KZ: 'Астана',
    KG: 'Бишкек',
    LV: 'Рига',
    LT: 'Вильнюс',
    MD: 'Кишинёв',
    RU: 'Москва',
    TJ: 'Душанбе',
    TM: 'Ашхабад',
    UA: 'Киев',
    UZ: 'Ташкент',
  },
  places: {
    hermitage: {
      name: 'Государственный Эрмитаж, Санкт-Петербург',
      detail: 'Здесь, в Георгиевском зале, 22 декабря 2025\u00a0г. прошла неформальная встреча',
    },
    executiveCommittee: {
      name: 'Исполнительный комитет СНГ, Минск',
      detail: 'Резиденция Исполнительного комитета СНГ, улица Кирова, 17',
    },
  },
} satisfies typeof EN_FACTS;
