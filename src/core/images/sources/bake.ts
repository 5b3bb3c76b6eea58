// Docker Bake files: `target "name" { context, dockerfile, tags, target }` in HCL, or the same under
// `"target"` in JSON. HCL is read by a tolerant scanner (blocks, string and list attributes, `${VAR}` from
// `variable` defaults); JSON goes through the YAML parser, which gives exact positions.
import { isMap, type Document } from 'yaml';
import type { BuildDecl, FileFacts, Span } from '../model';
import { dirName, isRemoteContext, joinPath } from '../paths';
import { baseName } from '../../recognize';
import { parseImageRef } from '../ref';
import { child, pairs, stringAt, stringsAt } from '../yaml-text';

export function isBakeFile(path: string): boolean {
  return /^docker-bake(?:\.override)?\.(?:hcl|json)$|\.bake\.(?:hcl|json)$/i.test(baseName(path));
}

interface StringValue {
  value: string;
  span: Span;
}

interface BakeTarget {
  name: string;
  attrs: Map<string, StringValue[]>;
}

export function bakeFacts(facts: FileFacts, json?: Document.Parsed): void {
  const { targets, vars } = json ? readJson(json, facts.text) : readHcl(facts.text);
  const folder = dirName(facts.path);
  const interpolate = (s: string) => s.replace(/\$\{([A-Za-z_]\w*)\}/g, (ref, name: string) => vars.get(name) ?? ref);
  for (const t of targets) {
    const one = (key: string) => t.attrs.get(key)?.[0];
    const ctx = one('context');
    const file = one('dockerfile');
    const contextValue = interpolate(ctx?.value ?? '.');
    const context = isRemoteContext(contextValue) || contextValue.includes('$') ? undefined : joinPath(folder, contextValue);
    const fileValue = interpolate(file?.value ?? 'Dockerfile');
    const target = one('target')?.value;
    const base: Omit<BuildDecl, 'ref' | 'span'> = {
      source: 'bake',
      path: facts.path,
      context,
      dockerfiles: context !== undefined && !fileValue.includes('$') && !t.attrs.has('dockerfile-inline') ? [joinPath(context, fileValue)] : [],
      fileSpans: [ctx?.span, file?.span].filter((s): s is Span => s !== undefined),
      label: `bake target ${t.name}`,
      ...(target ? { target: interpolate(target) } : {}),
    };
    for (const tag of t.attrs.get('tags') ?? []) {
      facts.builds.push({ ...base, ref: parseImageRef(interpolate(tag.value)), span: tag.span });
    }
  }
}

// ——— HCL ———

const BLOCK = /(^|\n)[ \t]*(target|variable)[ \t]+"([^"]+)"[ \t]*\{/g;
const ATTR = /(^|\n)[ \t]*([A-Za-z_][\w-]*)[ \t]*=[ \t]*/g;

function readHcl(text: string): { targets: BakeTarget[]; vars: Map<string, string> } {
  const targets: BakeTarget[] = [];
  const vars = new Map<string, string>();
  BLOCK.lastIndex = 0;
  for (let m = BLOCK.exec(text); m; m = BLOCK.exec(text)) {
    const open = BLOCK.lastIndex;
    const close = matchingBrace(text, open - 1);
    const attrs = readAttrs(text, open, close);
    if (m[2] === 'target') targets.push({ name: m[3], attrs });
    else {
      const dflt = attrs.get('default')?.[0]?.value;
      if (dflt !== undefined && !dflt.includes('$')) vars.set(m[3], dflt);
    }
    BLOCK.lastIndex = close;
  }
  return { targets, vars };
}

/** Attributes at the top level of a block body: `key = "s"` or `key = ["a", "b"]`. */
function readAttrs(text: string, from: number, to: number): Map<string, StringValue[]> {
  const attrs = new Map<string, StringValue[]>();
  const body = text.slice(0, to);
  ATTR.lastIndex = from;
  for (let m = ATTR.exec(body); m; m = ATTR.exec(body)) {
    let i = ATTR.lastIndex;
    const values: StringValue[] = [];
    if (body[i] === '[') {
      const end = matchingBrace(body, i);
      for (i++; i < end; i++) {
        if (body[i] === '"') {
          const s = readString(body, i);
          values.push(s);
          i = s.span.end;
        }
      }
    } else if (body[i] === '"') {
      values.push(readString(body, i));
    }
    attrs.set(m[2], values);
  }
  return attrs;
}

/** A double-quoted HCL string at `i` (the opening quote): its value and the span inside the quotes. */
function readString(text: string, i: number): StringValue {
  let j = i + 1;
  while (j < text.length && text[j] !== '"' && text[j] !== '\n') j += text[j] === '\\' ? 2 : 1;
  return { value: text.slice(i + 1, j).replace(/\\(.)/g, '$1'), span: { start: i + 1, end: j } };
}

/** Index of the bracket closing the one at `open`, skipping strings and comments; text end if none. */
function matchingBrace(text: string, open: number): number {
  const opener = text[open];
  const closer = opener === '[' ? ']' : '}';
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const c = text[i];
    if (c === '"') i = readString(text, i).span.end;
    else if (c === '#' || (c === '/' && text[i + 1] === '/')) i = text.indexOf('\n', i) === -1 ? text.length : text.indexOf('\n', i);
    else if (c === opener) depth++;
    else if (c === closer && --depth === 0) return i;
  }
  return text.length;
}

// ——— JSON ———

function readJson(doc: Document.Parsed, text: string): { targets: BakeTarget[]; vars: Map<string, string> } {
  const vars = new Map<string, string>();
  for (const { key, pair } of pairs(child(doc.contents, 'variable'))) {
    const d = stringAt(pair.value, 'default', text);
    if (d) vars.set(key, d.value);
  }
  const targets: BakeTarget[] = [];
  for (const { key, pair } of pairs(child(doc.contents, 'target'))) {
    if (!isMap(pair.value)) continue;
    const attrs = new Map<string, StringValue[]>();
    for (const { key: attr, pair: p } of pairs(pair.value)) attrs.set(attr, stringsAt(p.value, text));
    targets.push({ name: key, attrs });
  }
  return { targets, vars };
}
