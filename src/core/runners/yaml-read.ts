// Small readers shared by the Compose and Kubernetes spec readers: scalars with their spans, command values
// as argv, and Compose's string form split into words.
import { isMap, isScalar, isSeq, type Node } from 'yaml';
import type { Span } from '../images/model';
import { child, pairs, scalarText, spanOf } from '../images/yaml-text';
import type { CommandValue, Valued } from './spec';

export function valued(node: unknown, text: string, path: string): Valued<string> | undefined {
  const s = scalarText(node, text);
  return s ? { value: s.value, path, span: s.span } : undefined;
}

export function valuedAt(map: unknown, key: string, text: string, path: string): Valued<string> | undefined {
  return valued(child(map, key), text, path);
}

/** The key node of `key` in a map, as a span. */
export function keySpan(map: unknown, key: string): Span | undefined {
  const p = pairs(map).find((x) => x.key === key);
  return p ? spanOf(p.keyNode) : undefined;
}

export function hasTag(node: unknown, tag: string): boolean {
  return (node as { tag?: string } | null)?.tag === tag;
}

/** A template the YAML parser masked (`{{ }}`) or a variable (`${X}`, `$X`; `$$` is a literal `$` in Compose). */
export function interpolated(text: string, compose: boolean): boolean {
  if (text.includes('{{')) return true;
  return compose ? /(?<!\$)\$(?:\{|[A-Za-z_])/.test(text.replace(/\$\$/g, '')) : false;
}

/** A `command`/`args`/`entrypoint` value as argv. */
export function commandValue(map: unknown, key: CommandValue['key'], text: string, path: string, compose: boolean): CommandValue | undefined {
  const node = child(map, key);
  const ks = keySpan(map, key);
  const span = spanOf(node as Node | undefined);
  if (!ks || !span) return undefined;
  if (isScalar(node) && node.value === null) return undefined; // `command: null` keeps the image's default
  const base = { key, path, span, keySpan: ks };
  if (isSeq(node)) {
    const words = node.items.map((item) => scalarText(item, text)?.value);
    const known = words.every((w): w is string => w !== undefined) && !words.some((w) => interpolated(w, compose));
    return { ...base, form: 'list', argv: known ? words.map((w) => unescape(w, compose)) : null };
  }
  const s = scalarText(node, text);
  if (!s) return { ...base, form: 'string', argv: null };
  if (!compose) return { ...base, form: 'string', argv: interpolated(s.value, false) ? null : [s.value] };
  const words = interpolated(s.value, true) ? null : splitWords(s.value);
  return { ...base, form: 'string', argv: words && words.map((w) => unescape(w, true)) };
}

function unescape(word: string, compose: boolean): string {
  return compose ? word.replace(/\$\$/g, '$') : word;
}

/**
 * Compose's string form, split into words as a POSIX shell would split them (quotes group, backslash escapes),
 * without running a shell (Compose Specification, services `command`). undefined on an unclosed quote.
 */
export function splitWords(s: string): string[] | null {
  const words: string[] = [];
  let cur = '';
  let inWord = false;
  let quote: '"' | "'" | undefined;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (quote) {
      if (c === quote) quote = undefined;
      else if (c === '\\' && quote === '"' && /["\\$`]/.test(s[i + 1] ?? '')) cur += s[++i];
      else cur += c;
    } else if (c === '"' || c === "'") {
      quote = c;
      inWord = true;
    } else if (c === '\\' && i + 1 < s.length) {
      cur += s[++i];
      inWord = true;
    } else if (/\s/.test(c)) {
      if (inWord) words.push(cur);
      cur = '';
      inWord = false;
    } else {
      cur += c;
      inWord = true;
    }
  }
  if (quote) return null;
  if (inWord) words.push(cur);
  return words;
}

/** Keys of an environment block: a map (`KEY: v`) or a list (`- KEY=v`, `- KEY`). */
export function envEntries(node: unknown, text: string, path: string): Valued<string>[] {
  if (isMap(node)) {
    return pairs(node).flatMap(({ key, keyNode }) => {
      const span = spanOf(keyNode);
      return span && !interpolated(key, false) ? [{ value: key, path, span }] : [];
    });
  }
  if (!isSeq(node)) return [];
  return node.items.flatMap((item) => {
    // Kubernetes `env: [{name: X, value: …}]`
    if (isMap(item)) {
      const name = valuedAt(item, 'name', text, path);
      return name && !interpolated(name.value, false) ? [name] : [];
    }
    const v = valued(item, text, path);
    const key = v && /^([A-Za-z_][\w.-]*)(?:=|$)/.exec(v.value);
    return v && key ? [{ value: key[1], path, span: { start: v.span.start, end: v.span.start + key[1].length } }] : [];
  });
}
