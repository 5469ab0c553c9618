import { describe, expect, it } from 'vitest';
import { EN_IMAGE } from '../../../src/i18n/en/image';
import { RU_IMAGE } from '../../../src/i18n/ru/image';
import { imageFileName } from '../../../src/image/imageFileName';

describe('the downloaded image’s file name', () => {
  it.each([
    [EN_IMAGE.filePrefix, 'status', null, '2008-08-08', 'png', 'cis-status-2008-08-08.png'],
    [EN_IMAGE.filePrefix, 'status', 'GE', '1995-06-30', 'svg', 'cis-status-ge-1995-06-30.svg'],
    [RU_IMAGE.filePrefix, 'status', 'GE', '1995-06-30', 'svg', 'sng-status-ge-1995-06-30.svg'],
    // The attendance map is the meeting's, whatever day the slider was left on.
    [EN_IMAGE.filePrefix, 'meeting', 'AM', '1999-01-01', 'png', 'cis-meeting-am-2025-12-22.png'],
  ] as const)('%s, %s, %s, %s → %s', (prefix, mode, country, day, extension, expected) => {
    expect(imageFileName(prefix, { mode, country, day }, extension)).toBe(expected);
  });

  it('stays in plain ASCII whatever the prefix', () => {
    const name = imageFileName(
      'СНГ ../x',
      { mode: 'status', country: null, day: '2000-01-01' },
      'png',
    );
    expect(name).toBe('x-status-2000-01-01.png');
    expect(imageFileName('СНГ', { mode: 'status', country: null, day: '2000-01-01' }, 'png')).toBe(
      'map-status-2000-01-01.png',
    );
  });
});

describe('the image’s words', () => {
  it('are given in Russian for every English message', () => {
    expect(Object.keys(RU_IMAGE).sort()).toEqual(Object.keys(EN_IMAGE).sort());
  });
});
