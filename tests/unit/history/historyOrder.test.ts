import { describe, expect, it } from 'vitest';
import { STATUS_CHANGES } from '../../../src/data/statusChanges';
import { COUNTRY_CODES } from '../../../src/data/types';
import { historyOrder } from '../../../src/history/historyOrder';
import { EN } from '../../../src/i18n/en';
import { RU } from '../../../src/i18n/ru';

describe('historyOrder', () => {
  it('reads from the most in to the most out, by each state’s status on 22 Dec 2025', () => {
    const groups = historyOrder(STATUS_CHANGES, EN.m.countryOrder).map((row) => row.group);
    expect([...new Set(groups)]).toEqual([
      'member',
      'associate',
      'member-halted',
      'ceased-participation',
      'withdrawn',
      'never-joined',
    ]);
    expect(groups).toHaveLength(COUNTRY_CODES.length);
  });

  it('orders each group in the page’s alphabetical order: Armenia before Azerbaijan in English, after it in Russian', () => {
    const members = (order: typeof EN.m.countryOrder) =>
      historyOrder(STATUS_CHANGES, order)
        .filter((row) => row.group === 'member')
        .map((row) => row.code);
    expect(members(EN.m.countryOrder).slice(0, 2)).toEqual(['AM', 'AZ']);
    expect(members(RU.m.countryOrder).slice(0, 2)).toEqual(['AZ', 'AM']);
    // Whatever order it is given, it follows: the catalogue's order is the one order.
    const reversed = [...EN.m.countryOrder].reverse();
    expect(members(reversed)).toEqual(members(EN.m.countryOrder).reverse());
  });

  it('puts Georgia, the one state that withdrew, in a group of its own', () => {
    const rows = historyOrder(STATUS_CHANGES, EN.m.countryOrder);
    expect(rows.filter((row) => row.group === 'withdrawn').map((row) => row.code)).toEqual(['GE']);
  });
});
