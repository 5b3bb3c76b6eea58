// Timing: interleaved samples of ours and a baseline in one process, so both see the same JIT state, GC
// pressure and machine load; medians and 95th percentiles per operation.
import { performance } from 'node:perf_hooks';

export function stats(values) {
  const s = [...values].sort((a, b) => a - b);
  const at = (q) => s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))];
  return { median: at(0.5), p95: at(0.95), min: s[0], max: s[s.length - 1], n: s.length };
}

/**
 * Time `ours` and `base` in alternating samples (the order flips every sample so neither always runs first).
 * Each function runs one sample and returns how many operations it did (default 1); the figures are per
 * operation. Sampling stops after `maxSamples`, or once `minSamples` are in and `budgetMs` has passed.
 */
export async function compare(ours, base, { warmup = 3, minSamples = 10, maxSamples = 200, budgetMs = 3000 } = {}) {
  for (let i = 0; i < warmup; i++) {
    await ours();
    await base();
  }
  const a = [];
  const b = [];
  const start = performance.now();
  for (let i = 0; i < maxSamples; i++) {
    if (i % 2 === 0) {
      a.push(await timeOne(ours));
      b.push(await timeOne(base));
    } else {
      b.push(await timeOne(base));
      a.push(await timeOne(ours));
    }
    if (i + 1 >= minSamples && performance.now() - start > budgetMs) break;
  }
  const wall = (list) => stats(list.map((x) => x.wall));
  const cpu = (list) => stats(list.map((x) => x.cpu));
  return { ours: wall(a), base: wall(b), cpuRatio: cpu(a).median / cpu(b).median };
}

/** One function alone, same sampling rules (for goals that are budgets rather than ratios). */
export async function sample(fn, { warmup = 3, minSamples = 10, maxSamples = 200, budgetMs = 3000 } = {}) {
  for (let i = 0; i < warmup; i++) await fn();
  const a = [];
  const start = performance.now();
  for (let i = 0; i < maxSamples; i++) {
    a.push((await timeOne(fn)).wall);
    if (i + 1 >= minSamples && performance.now() - start > budgetMs) break;
  }
  return stats(a);
}

/**
 * Wall time per operation, and the process's CPU time per operation: on a machine shared with other jobs the
 * CPU figure leaves out the time this process waited for a core (it includes GC helper threads).
 */
async function timeOne(fn) {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const ops = await fn();
  const t = performance.now() - t0;
  const c = process.cpuUsage(c0);
  const n = typeof ops === 'number' && ops > 0 ? ops : 1;
  return { wall: t / n, cpu: (c.user + c.system) / 1000 / n };
}

/** Per-call latencies of `fn(item)` over `items`, `rounds` times: for tail (p95) goals on single operations. */
export async function latencies(fn, items, rounds = 1) {
  const out = [];
  for (let r = 0; r < rounds; r++) {
    for (const item of items) {
      const t0 = performance.now();
      await fn(item);
      out.push(performance.now() - t0);
    }
  }
  return stats(out);
}

/** `count` items spread evenly over `list` (all of it when shorter). */
export function spread(list, count) {
  if (list.length <= count) return list;
  const out = [];
  for (let i = 0; i < count; i++) out.push(list[Math.floor((i * list.length) / count)]);
  return out;
}
