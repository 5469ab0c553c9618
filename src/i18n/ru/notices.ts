import type { NoticeReason } from '../../options/types';
import type { NoticeWords } from '../noticeWords';

export const RU_NOTICES = {
  intro:
    'Некоторые параметры в адресе страницы не удалось применить, поэтому показаны значения по умолчанию:',
  reasons: {
    'unknown-param': '{param} «{value}»: такого параметра у этой страницы нет.',
    'not-a-country':
      '{param} «{value}»: это не двухбуквенный код одного из 15 постсоветских государств.',
    'not-a-date': '{param} «{value}»: это не дата (нужен формат ГГГГ, ГГГГ-ММ или ГГГГ-ММ-ДД).',
    'date-before-start':
      '{param} «{value}»: эта дата раньше основания СНГ; показано 8 декабря 1991\u00a0г.',
    'date-after-end':
      '{param} «{value}»: эта дата позже 22 декабря 2025\u00a0г., последней даты на странице; показано 22 декабря 2025\u00a0г.',
    'not-an-event': '{param} «{value}»: такого события в хронологии нет.',
    'not-a-quote': '{param} «{value}»: такой цитаты нет.',
    'not-a-mode': '{param} «{value}»: такого режима карты нет (status или meeting).',
    'not-a-view': '{param} «{value}»: такого вида нет (all, map, history, timeline или quotes).',
    'not-a-theme': '{param} «{value}»: такой темы нет (auto, light или dark).',
    'not-a-flag': '{param} «{value}»: допустимы только 1 или 0.',
    'not-a-frame-id': '{param} «{value}»: недопустимый идентификатор фрейма.',
  } satisfies Record<NoticeReason, string>,
  dismiss: 'Закрыть',
} satisfies NoticeWords;
