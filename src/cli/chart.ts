// A Helm chart from disk for the core: the values file's folder holds `Chart.yaml`; its templates and those of
// vendored dependencies (`charts/*/templates`) are read as text and traced once per chart.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { isHelmValuesName, traceChart, type ChartFile, type TracedUse } from '../core';
import { readText } from './read';

/** Most template files read from one chart: a mistaken folder cannot make the CLI read a whole disk. */
const MAX_CHART_FILES = 2000;

/** The chart folder of a values file (`values.yaml`, `values-*.yaml` beside a `Chart.yaml`), or undefined. */
export function chartFolderOf(path: string): string | undefined {
  if (!isHelmValuesName(path)) return undefined;
  const folder = dirname(path);
  return existsSync(join(folder, 'Chart.yaml')) ? folder : undefined;
}

const traced = new Map<string, TracedUse[]>();

/** Where the chart's templates use values; read and traced on first ask, then remembered for the run. */
export function chartUses(folder: string): TracedUse[] {
  let uses = traced.get(folder);
  if (!uses) {
    uses = readChartUses(folder);
    traced.set(folder, uses);
  }
  return uses;
}

/** The chart's templates read from disk now and traced (a long-lived caller keeps its own cache). */
export function readChartUses(folder: string): TracedUse[] {
  return traceChart(chartFiles(folder));
}

function chartFiles(folder: string): ChartFile[] {
  const out: ChartFile[] = [];
  const visit = (dir: string, depth: number): void => {
    let names: string[];
    try {
      names = readdirSync(dir).sort();
    } catch {
      return; // an unreadable folder only means fewer templates
    }
    for (const name of names) {
      if (out.length >= MAX_CHART_FILES) return;
      const path = join(dir, name);
      let isDir: boolean;
      try {
        isDir = statSync(path).isDirectory();
      } catch {
        continue;
      }
      const rel = relative(folder, path).split(sep).join('/');
      if (isDir) {
        if (depth < 8 && (rel === 'templates' || rel === 'charts' || /(^|\/)(templates|charts\/[^/]+)(\/|$)/.test(rel))) visit(path, depth + 1);
      } else if (/\.(?:ya?ml|tpl|txt)$/i.test(name) && /(^|\/)templates\//.test(rel)) {
        const read = readText(path);
        if (read.ok && read.text !== undefined) out.push({ path: rel, text: read.text });
      }
    }
  };
  visit(folder, 0);
  return out;
}
