import type { EmbedDialogWords } from '../en/embedDialog';

/** The embed dialog's words in Russian (see en/embedDialog.ts). */
export const RU_EMBED_DIALOG = {
  heading: 'Встроить на сайт',
  intro: 'Встроенный блок покажет карту, дату, государство и режим, выбранные сейчас.',
  show: 'Показать',
  colours: 'Цвета',
  views: {
    all: 'Всё',
    map: 'Только карту',
    history: 'Только диаграмму членства',
    timeline: 'Только хронологию',
    quotes: 'Только цитаты',
  },
  themes: { light: 'Светлые', dark: 'Тёмные', auto: 'Как в системе читателя' },
  themeNote:
    'Светлые цвета подходят большинству материалов; тёмные — для тёмной страницы, или пусть решает система читателя.',
  responsive: 'С подстройкой высоты (рекомендуем)',
  fixed: 'Простой iframe фиксированной высоты',
  copyResponsive: 'Скопировать код с подстройкой высоты (рекомендуем)',
  copyFixed: 'Скопировать простой iframe фиксированной высоты',
  image: 'Картинка со ссылкой для RSS, рассылок и AMP',
  copyImage: 'Скопировать картинку со ссылкой',
  copied: 'Скопировано.',
  close: 'Закрыть',
} satisfies EmbedDialogWords;
