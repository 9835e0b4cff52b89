// Summary statistics for the benchmark: nearest-rank percentiles over raw samples (ms).

export function percentile(values, p) {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

/** { n, p50, p95, max, mean } of a list of samples. */
export function summary(values) {
  const mean = values.reduce((s, v) => s + v, 0) / (values.length || 1);
  return {
    n: values.length,
    p50: percentile(values, 50),
    p95: percentile(values, 95),
    max: values.length ? Math.max(...values) : NaN,
    mean,
  };
}

/** Rounds every number in a (nested) object to `digits` decimals, for results.json. */
export function rounded(value, digits = 3) {
  if (typeof value === 'number') return Number.isFinite(value) ? +value.toFixed(digits) : value;
  if (Array.isArray(value)) return value.map((v) => rounded(v, digits));
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, rounded(v, digits)]));
  return value;
}
