// A result row timed against a fixed budget rather than against a peer (the shape bench/run.mjs prints and stores).

/**
 * `s`: stats() or sample() of our times. Met when `on` (the median, or the p95 when the goal is about the tail)
 * is under `budgetMs`; `goal` is the goal as the table shows it.
 */
export function budgetRow(name, s, budgetMs, goal, on = 'median') {
  return {
    name,
    ours_ms: s.median,
    ours_p95_ms: s.p95,
    baseline: `budget: ${budgetMs} ms`,
    baseline_ms: budgetMs,
    ratio: s.median / budgetMs,
    goal,
    met: s[on] < budgetMs,
  };
}
