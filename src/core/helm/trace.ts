// A chart's templates → where each `.Values` key lands: the manifest field (kind, path, layer) at the template
// position of the action that renders it, found with the same masking and classifier as any Helm template.
import { classifyFile, type ClassifiedFile } from '../classify-file';
import { fieldAt } from '../query';
import type { ClassifiedField } from '../types';
import type { ChartFile, TracedUse } from './model';
import { definesOf, templateScanner, type Define } from './scan';
import { pathSegments, ruleAt } from './shape-walk';

export type { ChartFile, TracedUse } from './model';


/** Files Helm renders into manifests: templates not starting with `_`, YAML-like. */
export function isRenderedTemplate(path: string): boolean {
  return /^templates\/(?:.*\/)?[^_/][^/]*\.(?:ya?ml|tpl)$/i.test(path);
}

/** Files that may hold defines: the chart's templates and those of charts vendored under `charts/`. */
function mayDefine(path: string): boolean {
  return /^(?:charts\/[^/]+\/(?:charts\/[^/]+\/)*)?templates\/.*\.(?:tpl|ya?ml|txt)$/i.test(path);
}

/** Where each values key of the chart lands, template by template. Never throws on odd templates. */
export function traceChart(files: readonly ChartFile[]): TracedUse[] {
  const defines = new Map<string, Define>();
  // The chart's own defines first: they win over a dependency's of the same name.
  const ordered = [...files].sort((a, b) => Number(a.path.startsWith('charts/')) - Number(b.path.startsWith('charts/')));
  for (const file of ordered) if (mayDefine(file.path)) definesOf(file.text, defines);
  const scan = templateScanner(defines);
  const out: TracedUse[] = [];
  for (const file of files) {
    if (!isRenderedTemplate(file.path)) continue;
    const uses = scan(file.text);
    if (uses.outputs.length === 0 && uses.conditions.length === 0) continue;
    const classified = classifyFile(file.path, file.text, { kind: 'kubernetes' });
    const place = new Placer(classified);
    for (const use of uses.outputs) {
      const field = place.output(use.start, use.indent);
      if (field) for (const values of use.paths) out.push(traced(values, file.path, classified, use.start, field, false));
    }
    for (const use of uses.conditions) {
      for (const field of place.within(use.start, use.end)) {
        for (const values of use.paths) out.push(traced(values, file.path, classified, use.start, field, true));
      }
    }
  }
  return out;
}

function traced(values: string[], template: string, file: ClassifiedFile, offset: number, field: ClassifiedField, condition: boolean): TracedUse {
  const kind = field.resource?.split('/')[0] ?? '';
  const use: TracedUse = {
    values,
    template,
    line: file.lines.positionAt(offset).line + 1,
    kind,
    // A block holding a whole object with nothing but its `kind` to show answers for the object: path ''.
    path: condition && field.path === 'kind' ? '' : field.path,
    entryId: field.entryId,
    layer: field.entry.layer,
    condition,
  };
  const rule = condition || field.inferred ? undefined : ruleAt(kind, pathSegments(field.path));
  if (rule?.shapeId && rule.entryId === field.entryId) use.shapeId = rule.shapeId;
  return use;
}

/** Finds the manifest field a template position renders into. */
class Placer {
  private readonly columns: number[];
  private readonly documentStarts: number[] = [];

  constructor(private readonly file: ClassifiedFile) {
    this.columns = file.fields.map((f) => file.lines.positionAt(f.keyStart).character);
    for (const m of file.text.matchAll(/^---/gm)) this.documentStarts.push(m.index);
  }

  /**
   * An action inside a line renders into the field there (`image: {{ … }}`). An action alone on its line renders
   * a block at its `nindent` column (or its own): it lands in the nearest field above, in the same document,
   * whose key sits left of that column, the map its output belongs to.
   */
  output(offset: number, indent: number | undefined): ClassifiedField | undefined {
    const { lines, text } = this.file;
    const column = lines.positionAt(offset).character;
    const alone = text.slice(offset - column, offset).trim() === '';
    if (!alone) {
      const hit = fieldAt(this.file, offset);
      if (hit) return hit.field;
    }
    const at = indent ?? column;
    const documentStart = this.documentStartBefore(offset);
    const fields = this.file.fields;
    for (let i = this.lastBefore(offset); i >= 0 && fields[i].keyStart >= documentStart; i--) {
      if (this.columns[i] < at) return fields[i];
    }
    return undefined;
  }

  /**
   * The outermost fields inside [start, end): what an `if`/`with`/`range` block makes exist. A block holding whole
   * objects answers with their contents (`spec`, `data`…), not with `apiVersion`, `kind` and `metadata`.
   */
  within(start: number, end: number): ClassifiedField[] {
    const kept: ClassifiedField[] = [];
    for (const f of this.file.fields) {
      if (f.keyStart < start || f.keyStart >= end) continue;
      const last = kept.at(-1);
      if (last && last.document === f.document && isUnder(f.path, last.path)) continue;
      kept.push(f);
    }
    const bodies = kept.filter((f) => !(f.path === 'apiVersion' || f.path === 'kind' || f.path === 'metadata'));
    const objects = new Set(kept.filter((f) => f.path === 'kind').map((f) => f.document));
    const bodied = new Set(bodies.map((f) => f.document));
    const result = [...bodies, ...kept.filter((f) => f.path === 'kind' && !bodied.has(f.document))];
    return result.filter((f) => !objects.has(f.document) || f.path.indexOf('.') === -1).slice(0, 20);
  }

  private lastBefore(offset: number): number {
    const fields = this.file.fields;
    let lo = 0;
    let hi = fields.length - 1;
    let last = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (fields[mid].keyStart < offset) {
        last = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return last;
  }

  private documentStartBefore(offset: number): number {
    let start = 0;
    for (const s of this.documentStarts) {
      if (s > offset) break;
      start = s;
    }
    return start;
  }
}

function isUnder(path: string, parent: string): boolean {
  return path.startsWith(parent) && (path[parent.length] === '.' || path[parent.length] === '[');
}
