import type { EN_CHART } from '../en/chart';

/** The membership chart's words. */
export const RU_CHART = {
  heading: 'Членство по годам',
  intro: (start: string, end: string) =>
    `По строке на каждое государство; цвет показывает его статус на каждый день с ${start} по ${end} Сначала государства – члены СНГ, затем ассоциированный член, государство, приостановившее участие, прекратившее участие, вышедшее из СНГ и никогда в него не входившие.`,
  rows: 'Статус каждого государства по годам',
  legend: 'Условные обозначения',
  uncertain: 'Дата известна лишь с точностью до месяца или года',
  contested: 'Дата начала: источники расходятся',
  segment: (country: string, status: string, dates: string) => `${country}: ${status}, ${dates}`,
  segmentFlagged: (country: string, status: string, dates: string, flag: string) =>
    `${country}: ${status}, ${dates} (${flag})`,
  sources: (names: string) => `Источники: ${names}`,
  source:
    'Источник: зафиксированные изменения статуса каждого государства и источники, на которые они опираются. Наведите указатель на отрезок или переведите на него фокус, чтобы увидеть даты и источники; выберите его, чтобы открыть государство на эту дату.',
} satisfies typeof EN_CHART;
