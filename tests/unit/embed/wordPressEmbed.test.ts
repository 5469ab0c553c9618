import { describe, expect, it } from 'vitest';
import {
  isWordPressReady,
  wordPressHeight,
  wordPressLink,
  wordPressSecret,
} from '../../../src/embed/wordPressEmbed';

describe('WordPress’s embed protocol', () => {
  it('reads the secret WordPress adds to the frame’s address', () => {
    expect(wordPressSecret('#?secret=Ab3dE5gH9k')).toBe('Ab3dE5gH9k');
    expect(wordPressSecret('#?secret=0123456789&x=1')).toBe('0123456789');
  });

  it.each([
    '',
    '#',
    '#secret=Ab3dE5gH9k',
    '#?secret=short',
    '#?secret=Ab3dE5gH9kX',
    '#?secret=Ab3dE5gH9!',
    '#?secret=<b>xxxxxx',
    '#?secret=',
  ])('refuses %j: no WordPress', (hash) => {
    expect(wordPressSecret(hash)).toBeNull();
  });

  it('posts whole-pixel heights and http(s) links only, with the secret', () => {
    expect(wordPressHeight(640.2, 'Ab3dE5gH9k')).toEqual({
      message: 'height',
      value: 641,
      secret: 'Ab3dE5gH9k',
    });
    expect(wordPressLink('https://e.test/country/ge/', 'Ab3dE5gH9k')).toEqual({
      message: 'link',
      value: 'https://e.test/country/ge/',
      secret: 'Ab3dE5gH9k',
    });
    expect(wordPressLink('javascript:alert(1)', 'Ab3dE5gH9k')).toBeNull();
  });

  it.each([
    [{ message: 'ready', secret: 'Ab3dE5gH9k' }, true],
    [{ message: 'ready', secret: 'Zz9zZz9zZz' }, false],
    [{ message: 'ready' }, false],
    [{ message: 'height', secret: 'Ab3dE5gH9k' }, false],
    ['ready', false],
    [null, false],
  ])('answers only the host’s ready with its own secret: %j', (data, answered) => {
    expect(isWordPressReady(data, 'Ab3dE5gH9k')).toBe(answered);
  });
});
