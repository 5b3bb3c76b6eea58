// A chart's templates → where each `.Values` key lands: the manifest field (kind, path, layer) at the template
// position of the action that renders it, found with the same masking and classifier as any Helm template.
import { classifyFile, type ClassifiedFile } from '../classify-file';
import { fieldAt } from '../query';
import { entries } from '../tables';
import type { ClassifiedField } from '../types';
import type { ChartFile, TracedUse } from './model';
import { appendKey } from '../yaml/path';
import { defineKeys, definesOf, templateScanner, type Define, type OutputUse } from './scan';
import { fragmentOf } from './fragment';
import { pathSegments, ruleAt } from './shape-walk';

export type { ChartFile, TracedUse } from './model';


/** Files Helm renders into manifests: templates not starting with `_`, YAML-like (a vendored subchart's too). */
export function isRenderedTemplate(path: string): boolean {
  return /^(?:charts\/[^/]+\/)*templates\/(?:.*\/)?[^_/][^/]*\.(?:ya?ml|tpl)$/i.test(path);
}

/**
 * Where a subchart's values sit in this chart's values: `charts/crds/templates/job.yaml` reads `.Values.x` from the
 * parent's `crds.x` (the folder names the dependency); `global` is shared by every chart.
 */
function subchartPrefix(path: string): string[] {
  const folders = /^((?:charts\/[^/]+\/)*)templates\//.exec(path)?.[1] ?? '';
  return folders.split('/').filter((_, i) => i % 2 === 1);
}

function underSubchart(prefix: string[], values: string[]): string[] {
  return prefix.length === 0 || values[0] === 'global' ? values : [...prefix, ...values];
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
    const uses = scan.template(file.text);
    if (uses.outputs.length === 0 && uses.conditions.length === 0) continue;
    const kinds = templatedKinds(file.text);
    const classified = classifyFile(file.path, kinds.text, { kind: 'kubernetes' });
    classified.text = file.text;
    const place = new Placer(classified);
    const first = out.length;
    for (const use of uses.outputs) {
      const placed = place.output(use.start, use.indent);
      if (!placed) continue;
      // A define whose body is YAML: each use inside it lands at the field of the body it fills.
      const inlined = use.includes.flatMap((name) => inline(name, defines, scan, placed.field, file.path, classified, use.start));
      if (inlined.length > 0) {
        out.push(...inlined);
        use.paths = use.direct;
        if (use.paths.length === 0) continue;
      }
      if (!placed.spread || !ruleAt(kindOf(placed.field), pathSegments(placed.field.path))?.shapeId) {
        // Spread into a map without a shape of its own (labels, annotations): every key there is that field.
        for (const values of use.paths) out.push(traced(values, file.path, classified, use.start, placed.field, false));
      } else {
        out.push(...spreadUses(use, placed.field, defines, file.path, classified));
      }
    }
    for (const use of uses.conditions) {
      for (const field of place.within(use.start, use.end)) {
        for (const values of use.paths) out.push(traced(values, file.path, classified, use.start, field, true));
      }
    }
    const prefix = subchartPrefix(file.path);
    if (prefix.length > 0) for (let i = first; i < out.length; i++) out[i].values = underSubchart(prefix, out[i].values);
    if (kinds.written.length > 0) {
      for (let i = first; i < out.length; i++) relabel(out[i], classified.lines.offsetAt({ line: out[i].line - 1, character: 0 }), kinds.written, file.text);
    }
  }
  return out;
}

/** The uses inside a YAML-bodied define, placed in its body read as fields under `parent`; [] when not YAML. */
function inline(name: string, defines: Map<string, Define>, scan: ReturnType<typeof templateScanner>, parent: ClassifiedField, template: string, file: ClassifiedFile, offset: number): TracedUse[] {
  const define = defines.get(name);
  const fragment = define && fragmentOf(define, parent, parent.path);
  const uses = fragment && scan.define(name);
  if (!fragment || !uses) return [];
  const place = new Placer(fragment);
  const out: TracedUse[] = [];
  for (const use of uses.outputs) {
    const field = place.output(use.start, use.indent)?.field ?? parent;
    for (const values of use.paths) out.push(traced(values, template, file, offset, field, false));
  }
  for (const use of uses.conditions) {
    for (const field of place.within(use.start, use.end)) {
      for (const values of use.paths) out.push(traced(values, template, file, offset, field, true));
    }
  }
  return out;
}

/**
 * A block rendered among the keys of a map rather than as one key's value. `toYaml` of a values map spreads its
 * keys into that map (each lands at map.key). An include spreads the keys its define's body writes; when that body
 * is not YAML or not in the chart (a library chart not vendored), which field it fills is unknown: no answer.
 */
function spreadUses(use: OutputUse, parent: ClassifiedField, defines: Map<string, Define>, template: string, file: ClassifiedFile): TracedUse[] {
  const out: TracedUse[] = [];
  if (use.includes.length === 0) {
    for (const values of use.paths) out.push({ ...traced(values, template, file, use.start, parent, false), spread: true });
    return out;
  }
  const kind = kindOf(parent);
  const keys = use.includes.flatMap((name) => {
    const define = defines.get(name);
    return define ? defineKeys(define) : [];
  });
  for (const key of keys) {
    const path = appendKey(parent.path, key);
    const rule = ruleAt(kind, pathSegments(path));
    const entryId = rule?.entryId ?? parent.entryId;
    const line = file.lines.positionAt(use.start).line + 1;
    for (const values of use.paths) {
      const one: TracedUse = { values, template, line, kind, path, entryId, layer: entries[entryId].layer, condition: false };
      if (rule?.shapeId) one.shapeId = rule.shapeId;
      out.push(one);
    }
  }
  return out;
}

/** The object's kind; '' when it is a template action that could not be stood in for (masked to filler). */
function kindOf(field: ClassifiedField): string {
  const kind = field.resource?.split('/')[0] ?? '';
  return /^_+$/.test(kind) ? '' : kind;
}

/** Stands in for a templated workload kind (`kind: {{ .Values.master.kind }}`): same length, so offsets hold. */
const STAND_IN = 'Deployment';

/**
 * A workload whose kind is a template action (`Deployment` or `StatefulSet` by a value) is read as a Deployment
 * when it has a pod template: every pod-template kind reads `spec.template` alike. Feeds name the kind as written.
 */
function templatedKinds(text: string): { text: string; written: { offset: number; kind: string }[] } {
  const written: { offset: number; kind: string }[] = [];
  const replaced = text.replace(/^kind:[ \t]*(\{\{[^\n]*?\}\})[ \t]*$/gm, (line, action: string, offset: number) => {
    if (action.length < STAND_IN.length || !/^ {2}template:/m.test(text)) return line;
    written.push({ offset, kind: action });
    return line.replace(action, STAND_IN.padEnd(action.length));
  });
  return { text: replaced, written };
}

/** The kind as written for fields of an object whose kind was stood in for. */
function relabel(use: TracedUse, at: number, written: { offset: number; kind: string }[], text: string): TracedUse {
  const kind = written.filter((w) => w.offset <= at && !/^---/m.test(text.slice(w.offset, at))).at(-1);
  if (kind) use.kind = kind.kind;
  return use;
}

function traced(values: string[], template: string, file: ClassifiedFile, offset: number, field: ClassifiedField, condition: boolean): TracedUse {
  const kind = kindOf(field);
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
  output(offset: number, indent: number | undefined): { field: ClassifiedField; spread: boolean } | undefined {
    const { lines, text } = this.file;
    const column = lines.positionAt(offset).character;
    const fields = this.file.fields;
    const before = this.lastBefore(offset);
    if (text.slice(offset - column, offset).trim() !== '') {
      // Inside a line: the value of the key written before it on that line (`image: "{{ … }}:{{ … }}"`).
      const last = fields[before];
      if (last && lines.positionAt(last.keyStart).line === lines.positionAt(offset).line) return { field: last, spread: false };
      const hit = fieldAt(this.file, offset);
      return hit ? { field: hit.field, spread: false } : undefined;
    }
    const at = indent ?? column;
    const documentStart = this.documentStartBefore(offset);
    let sibling = false;
    for (let i = before; i >= 0 && fields[i].keyStart >= documentStart; i--) {
      if (this.columns[i] === at) sibling = true;
      if (this.columns[i] < at) {
        // Keys of the same map after the block also make it one block among keys.
        const next = fields[before + 1];
        const spread = sibling || (next !== undefined && this.columns[before + 1] === at && next.document === fields[i].document && isUnder(next.path, fields[i].path));
        return { field: fields[i], spread };
      }
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
