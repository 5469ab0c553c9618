import { render, screen, within } from '../render';
import { describe, expect, it } from 'vitest';
import { QUOTES } from '../../../src/data/quotes';
import { SOURCES } from '../../../src/data/sources';
import { resolveSources } from '../../../src/model/citations';
import { QuotePanel } from '../../../src/quotes/QuotePanel';
import { quoteCitation } from '../../../src/quotes/quoteCitation';
import { RU } from '../../../src/i18n/ru';
import { RUSSIAN_REPORTED } from '../../fixtures/quotesRu';

const quote = (id: string) => QUOTES.find((q) => q.id === id)!;
const show = (id: string) =>
  render(<QuotePanel quotes={QUOTES} selected={id} onSelect={() => undefined} />, { locale: RU });

describe('QuotePanel on the Russian page', () => {
  it('shows the words as spoken, in Russian quotation marks, cited to the Russian outlets', () => {
    show('world-order');
    const figure = screen.getByRole('figure');
    const words = figure.querySelector('blockquote');
    expect(words?.textContent).toBe(
      '«Все государства СНГ единодушно выступают за формирование справедливого миропорядка на основе общепризнанных принципов международного права при центральной роли ООН»',
    );
    expect(words?.getAttribute('lang')).toBe('ru');
    expect(within(figure).getByRole('link', { name: /Коммерсантъ/ })).toBeInTheDocument();
    expect(within(figure).queryByRole('link', { name: /MENAFN/ })).toBeNull();
    expect(figure.textContent).not.toMatch(/unanimously/);
  });

  it('shows reported speech as such: no quotation marks, no blockquote, the outlet cited', () => {
    show('converging-approaches');
    const figure = screen.getByRole('figure');
    expect(figure.querySelector('blockquote')).toBeNull();
    expect(figure.textContent).toContain(RUSSIAN_REPORTED['converging-approaches'].words);
    expect(figure.textContent).not.toMatch(/[«»“”]/u);
    expect(figure.textContent).toContain(
      'Пересказ: ни одно из найденных нами русских изданий не приводит эту фразу как цитату',
    );
    expect(within(figure).getByRole('link', { name: /Коммерсантъ/ })).toBeInTheDocument();
  });

  it('says where reported speech is shortened from the outlet’s sentence', () => {
    const { unmount } = show('new-year-meeting');
    expect(screen.getByRole('figure').textContent).toContain('Пересказ издания в сокращении');
    unmount();
    show('converging-approaches');
    expect(screen.getByRole('figure').textContent).not.toContain('в сокращении');
  });

  it('leaves out the notes about the English rendering', () => {
    show('trade');
    const notes = screen.getByRole('list', { name: 'Примечания к цитате' });
    expect(within(notes).getAllByRole('listitem')).toHaveLength(1);
  });

  it('copies the citation in Russian, with the Russian sources', () => {
    const q = quote('preserved-ties');
    const citation = quoteCitation(q, resolveSources(q.spoken!.sourceIds, SOURCES), RU);
    expect(citation).toBe(
      '«Именно благодаря СНГ нам удалось сохранить, а по многим направлениям и существенно нарастить сложившиеся за годы проживания в одном государстве экономические, социальные, культурные и гуманитарные связи» — Владимир Путин, президент России. Георгиевский зал Государственного Эрмитажа, Санкт-Петербург, 22 декабря 2025\u00a0г. Источник: ЗакС.Ру, https://www.zaks.ru/new/archive/view/264670; РБК, https://www.rbc.ru/rbcfreenews/694922099a79474b6509e344',
    );
    const reported = quote('new-year-meeting');
    expect(
      quoteCitation(reported, resolveSources(reported.spoken!.sourceIds, SOURCES), RU),
    ).toMatch(/^Путин на неформальном саммите СНГ предложил .* \(Пересказ, не цитата\.\) /);
  });
});
