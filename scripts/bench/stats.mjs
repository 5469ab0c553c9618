/** Small statistics helpers. Null and NaN values (failed runs) are ignored. */

const numbers = (values) => values.filter((v) => typeof v === 'number' && Number.isFinite(v));

export function median(values) {
  const sorted = numbers(values).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Nearest-rank percentile (p in 0..100): with 30 samples, p95 is the 29th smallest. */
export function percentile(values, p) {
  const sorted = numbers(values).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1];
}

/** Median of every numeric field over a list of objects with the same keys. */
export function medianByKey(objects) {
  const result = {};
  for (const key of Object.keys(objects[0] ?? {})) {
    const values = objects.map((o) => o[key]);
    if (values.some((v) => typeof v === 'number')) result[key] = median(values);
  }
  return result;
}
