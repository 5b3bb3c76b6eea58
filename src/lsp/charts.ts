// Helm charts for the hover in a values file: a `values.yaml` or `values-*.yaml` beside a `Chart.yaml`, inside a
// workspace folder, is read through that chart's templates (read from disk by src/cli/chart.ts and traced once),
// until a file of the chart changes on disk.
import type { TracedUse } from '../core';
import { chartFolderOf, readChartUses } from '../cli/chart';
import { isUnder } from './workspace';

export interface Chart {
  folder: string;
  uses: TracedUse[];
}

export class Charts {
  private readonly traced = new Map<string, TracedUse[]>();

  /** The chart of a values file under one of `folders`; undefined for any other file. */
  of(key: string, folders: readonly string[]): Chart | undefined {
    // The server reads the disk only where the client pointed it.
    if (!folders.some((f) => isUnder(key, f))) return undefined;
    const folder = chartFolderOf(key);
    if (!folder) return undefined;
    let uses = this.traced.get(folder);
    if (!uses) {
      uses = readChartUses(folder);
      this.traced.set(folder, uses);
    }
    return { folder, uses };
  }

  /** A file or folder changed, appeared or went: every chart it belongs to, or that lies inside it, is read again. */
  changed(key: string): void {
    for (const folder of this.traced.keys()) {
      if (isUnder(key, folder) || isUnder(folder, key)) this.traced.delete(folder);
    }
  }
}
