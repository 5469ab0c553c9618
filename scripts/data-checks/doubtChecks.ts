/**
 * Checks of doubt: a contested record names an existing contested point, `contested` is set
 * exactly when the certainty is, and every contested point is attached to a fact. Each returns the
 * problems found, in plain words; empty when there are none.
 */
import type { Certainty, ContestedPoint } from '../../src/data/types';
import type { Doubtful } from './dataset';

/** 'contested' without a contested point, or a contested id that names no point. */
export function badContestedRefs(
  records: readonly Doubtful[],
  points: readonly ContestedPoint[],
): string[] {
  const known = new Set<string>(points.map((point) => point.id));
  return records.flatMap((record) => {
    if (record.certainty === 'contested' && record.contested === undefined)
      return [`${record.where}: contested without a contested point`];
    if (record.contested !== undefined && !known.has(record.contested))
      return [`${record.where}: unknown contested point ${record.contested}`];
    return [];
  });
}

/** Records whose `contested` and `certainty` disagree: one is set without the other. */
export function contestedWithoutCertainty(
  records: readonly (Doubtful & { readonly certainty: Certainty })[],
): string[] {
  return records.flatMap((record) => {
    if (record.contested !== undefined && record.certainty !== 'contested')
      return [`${record.where}: names ${record.contested} but is ${record.certainty}`];
    return [];
  });
}

/** Contested points that no fact names: the page would never show them. */
export function orphanContestedPoints(
  records: readonly Doubtful[],
  points: readonly ContestedPoint[],
): string[] {
  const named = new Set(records.map((record) => record.contested));
  return points
    .filter((point) => !named.has(point.id))
    .map((point) => `contested point ${point.id} is attached to no fact`);
}
