// A result row timed against a fixed budget rather than against a peer (the shape bench/run.mjs prints and stores).

/**
 * `s`: stats() or sample() of our times. The ratio is `on` (the median, or the p95 when the goal is about the
 * tail) over `budgetMs`, and its goal is 1: met when that time is within the budget.
 */
export function budgetRow(name, s, budgetMs, on = 'median') {
  return {
    name,
    ours_ms: s.median,
    ours_p95_ms: s.p95,
    baseline: `budget: ${on === 'p95' ? 'p95 ' : ''}${budgetMs} ms`,
    baseline_ms: budgetMs,
    ratio: s[on] / budgetMs,
    goal: 1,
    met: s[on] <= budgetMs,
  };
}
