// A patch written as a string inside a kustomization (`patch: |-` followed by YAML, or a quoted JSON list) is a
// document of its own. This recovers its text with, for each character, where it stands in the file, so the fields
// read from it point at the file's real lines. Where the decoding here does not reproduce the YAML library's value
// exactly (an unusual escape or folding), the library's value is used and every position falls back to the start
// of the scalar: the fields are still listed, only not hoverable one by one.
import type { Scalar } from 'yaml';

export interface Embedded {
  text: string;
  /** The file offset of the character at `i` of `text` (`i` may be `text.length`: just past the last one). */
  offsetAt(i: number): number;
  /** False when positions fell back to the start of the scalar. */
  exact: boolean;
}

/** The string value of a scalar node and where each of its characters sits in `source`. */
export function embeddedText(node: Scalar, source: string): Embedded | undefined {
  if (typeof node.value !== 'string' || !node.range) return undefined;
  const value = node.value;
  const [start, end] = node.range;
  const raw = source.slice(start, end);
  const decoded =
    node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED'
      ? decodeBlock(raw)
      : node.type === 'QUOTE_SINGLE' || node.type === 'QUOTE_DOUBLE'
        ? decodeQuoted(raw, node.type === 'QUOTE_DOUBLE')
        : decodeFlow(raw, 0, raw.length, false);
  if (decoded && sameContent(decoded.text, value, node.type === 'BLOCK_FOLDED')) {
    const map = decoded.map;
    return { text: decoded.text, offsetAt: (i) => start + (i < map.length ? map[i] : (map.at(-1) ?? 0) + 1), exact: true };
  }
  return { text: value, offsetAt: () => start, exact: false };
}

interface Decoded {
  text: string;
  /** Offset in the raw slice of each character of `text`. */
  map: number[];
}

/**
 * Chomping only changes trailing line breaks, which no patch depends on. A folded block keeps its line breaks here
 * (so YAML inside it keeps its structure); that equals the folded value only up to white space.
 */
function sameContent(mine: string, value: string, folded: boolean): boolean {
  if (folded) return mine.replace(/\s+/g, ' ').trim() === value.replace(/\s+/g, ' ').trim();
  return mine.replace(/\s+$/, '') === value.replace(/\s+$/, '');
}

/** `|`, `|-`, `>2`…: the header line, then lines with the block's indentation removed. */
function decodeBlock(raw: string): Decoded | undefined {
  const headerEnd = raw.indexOf('\n');
  if (headerEnd === -1) return { text: '', map: [] };
  const explicit = /^[|>][+-]?([1-9])|^[|>]([1-9])/.exec(raw);
  const lines: { at: number; text: string }[] = [];
  for (let at = headerEnd + 1; at <= raw.length; ) {
    const nl = raw.indexOf('\n', at);
    const stop = nl === -1 ? raw.length : nl;
    lines.push({ at, text: raw.slice(at, stop).replace(/\r$/, '') });
    if (nl === -1) break;
    at = nl + 1;
  }
  const firstFull = lines.find((l) => l.text.trim() !== '');
  if (!firstFull) return { text: '', map: [] };
  const indent = explicit ? Number(explicit[1] ?? explicit[2]) : firstFull.text.length - firstFull.text.trimStart().length;
  let text = '';
  const map: number[] = [];
  lines.forEach((line, i) => {
    const body = line.text.length > indent ? line.text.slice(indent) : '';
    for (let j = 0; j < body.length; j++) map.push(line.at + indent + j);
    text += body;
    if (i < lines.length - 1) {
      map.push(line.at + line.text.length);
      text += '\n';
    }
  });
  return { text, map };
}

/** A quoted scalar: escapes decoded, line breaks folded as YAML folds them. */
function decodeQuoted(raw: string, double: boolean): Decoded | undefined {
  const q = double ? '"' : "'";
  if (raw.length < 2 || raw[0] !== q || raw[raw.length - 1] !== q) return undefined;
  return decodeFlow(raw, 1, raw.length - 1, double ? 'double' : 'single');
}

const SIMPLE_ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', '"': '"', '\\': '\\', '/': '/', '0': '\0', ' ': ' ', b: '\b', e: '\x1b', f: '\f', v: '\v', a: '\x07' };

/**
 * Flow text from `from` to `to`: a line break and the white space around it fold to one space, or to n-1 line
 * breaks when n lines are empty; `''` is a quote in single quotes; backslash escapes in double quotes.
 */
function decodeFlow(raw: string, from: number, to: number, quoted: 'single' | 'double' | false): Decoded | undefined {
  let text = '';
  const map: number[] = [];
  let i = from;
  while (i < to) {
    const c = raw[i];
    if (c === '\n' || (c === '\r' && raw[i + 1] === '\n')) {
      // Trailing white space of the line is dropped, then the break folds.
      while (map.length > 0 && (text.endsWith(' ') || text.endsWith('\t')) && raw[map[map.length - 1]] !== '\\') {
        text = text.slice(0, -1);
        map.pop();
      }
      const at = i;
      let breaks = 0;
      while (i < to && /[\s]/.test(raw[i])) {
        if (raw[i] === '\n') breaks++;
        i++;
      }
      if (breaks === 1) {
        text += ' ';
        map.push(at);
      } else {
        for (let b = 1; b < breaks; b++) {
          text += '\n';
          map.push(at);
        }
      }
      continue;
    }
    if (quoted === 'single' && c === "'" && raw[i + 1] === "'") {
      text += "'";
      map.push(i);
      i += 2;
      continue;
    }
    if (quoted === 'double' && c === '\\') {
      const e = raw[i + 1];
      if (e === '\n') {
        // An escaped line break joins the lines without a space.
        i += 2;
        while (i < to && (raw[i] === ' ' || raw[i] === '\t')) i++;
        continue;
      }
      const hex = e === 'x' ? 2 : e === 'u' ? 4 : e === 'U' ? 8 : 0;
      if (hex > 0) {
        const code = Number.parseInt(raw.slice(i + 2, i + 2 + hex), 16);
        if (!Number.isFinite(code)) return undefined;
        const ch = String.fromCodePoint(code);
        text += ch;
        for (let k = 0; k < ch.length; k++) map.push(i);
        i += 2 + hex;
        continue;
      }
      const simple = SIMPLE_ESCAPES[e];
      if (simple === undefined) return undefined;
      text += simple;
      map.push(i);
      i += 2;
      continue;
    }
    text += c;
    map.push(i);
    i++;
  }
  return { text, map };
}
