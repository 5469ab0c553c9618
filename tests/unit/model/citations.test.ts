import { describe, expect, it } from 'vitest';
import { SOURCES } from '../../../src/data/sources';
import { citedSources, resolveSources, sourceAnchor } from '../../../src/model/citations';
import { TINY_CHANGES, TINY_SOURCES } from '../../fixtures/tinyDataset';

const ids = (sources: readonly { id: string }[]) => sources.map((s) => s.id);

describe('resolveSources', () => {
  it.each([
    [
      ['F3', 'F1'],
      ['F3', 'F1'],
    ],
    [['F2'], ['F2']],
    [[], []],
    [
      ['F1', 'nope', 'F2'],
      ['F1', 'F2'],
    ],
    [['nope'], []],
  ])('resolves %j to %j, in the order cited, skipping unknown ids', (cited, expected) => {
    expect(ids(resolveSources(cited, TINY_SOURCES))).toEqual(expected);
  });

  it('returns the source records themselves', () => {
    expect(resolveSources(['F1'], TINY_SOURCES)[0]).toBe(TINY_SOURCES[0]);
  });
});

describe('citedSources', () => {
  it('lists each cited source once, in the order of the sources list', () => {
    const records = [{ sourceIds: ['F3', 'F1'] }, { sourceIds: ['F1', 'F3'] }];
    expect(ids(citedSources(records, TINY_SOURCES))).toEqual(['F1', 'F3']);
  });

  it('finds every fixture source cited by the fixture changes', () => {
    expect(ids(citedSources(TINY_CHANGES, TINY_SOURCES))).toEqual(['F1', 'F2', 'F3']);
  });

  it('is empty when nothing is cited', () => {
    expect(citedSources([], TINY_SOURCES)).toEqual([]);
    expect(citedSources([{ sourceIds: ['nope'] }], TINY_SOURCES)).toEqual([]);
  });
});

describe('sourceAnchor', () => {
  it.each([
    ['S1', 'source-S1'],
    ['H1b', 'source-H1b'],
    ['M-moldovalive', 'source-M-moldovalive'],
    ['a b/c', 'source-a-b-c'],
    ['"><x', 'source----x'],
  ])('turns %j into the anchor %j', (id, anchor) => {
    expect(sourceAnchor(id)).toBe(anchor);
  });

  it('gives every real source a distinct anchor', () => {
    const anchors = SOURCES.map((source) => sourceAnchor(source.id));
    expect(new Set(anchors).size).toBe(SOURCES.length);
  });
});
