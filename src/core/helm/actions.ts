// Go-template actions of a Helm template, read just far enough to know which `.Values` keys each one uses:
// the keyword that opens or closes a block, the variables it binds, the field chains it names, the defines it
// includes and the `nindent`/`indent` that places its output. Not an evaluator: nothing is run.

/** One `{{ … }}` action: offsets of the braces in the file, and the text between the delimiters and trim markers. */
export interface Action {
  start: number;
  end: number;
  body: string;
}

/** Every action of a template in order; comments (`{{/* … *\/}}`) are left out. One forward scan. */
export function actionsOf(text: string): Action[] {
  const out: Action[] = [];
  let open = text.indexOf('{{');
  while (open !== -1) {
    const inner = text.slice(open + 2, open + 5).replace(/^-\s*/, '');
    const comment = inner.startsWith('/*');
    const close = comment ? closeOfComment(text, open) : closeOf(text, open + 2);
    if (close === -1) break;
    const end = close + 2;
    if (!comment) out.push({ start: open, end, body: trimDelimiters(text.slice(open + 2, close)) });
    open = text.indexOf('{{', end);
  }
  return out;
}

/** The `}}` that closes an action, skipping string literals (a `"}}"` inside quotes does not close it). */
function closeOf(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const c = text[i];
    if (c === '"' || c === '`') {
      const q = c === '"' ? /(?:[^"\\\n]|\\.)*"/y : /[^`]*`/y;
      q.lastIndex = i + 1;
      if (q.test(text)) i = q.lastIndex - 1;
    } else if (c === '}' && text[i + 1] === '}') return i;
  }
  return -1;
}

function closeOfComment(text: string, open: number): number {
  const stop = text.indexOf('*/', open);
  return stop === -1 ? -1 : text.indexOf('}}', stop);
}

function trimDelimiters(body: string): string {
  return body.replace(/^-\s/, '').replace(/\s-$/, '').trim();
}

/** What an action does to the block structure. */
export type ActionKeyword = 'if' | 'else' | 'with' | 'range' | 'end' | 'define' | 'block' | 'output';

export function keywordOf(body: string): ActionKeyword {
  const word = /^([a-z]+)\b/.exec(body)?.[1];
  switch (word) {
    case 'if':
    case 'else':
    case 'with':
    case 'range':
    case 'end':
    case 'define':
    case 'block':
      return word;
    default:
      return 'output';
  }
}

/** The body with string literals blanked (same length), so chains are never found inside quotes. */
export function withoutStrings(body: string): string {
  return body.replace(/"(?:[^"\\]|\\.)*"|`[^`]*`/g, (s) => `"${' '.repeat(s.length - 2)}"`);
}

/** A field chain as written: its base (`$`, `$name`, `.` for the dot) and the fields after it. */
export interface Chain {
  base: string;
  fields: string[];
}

// `$.Values.a`, `$v.b`, `.Values.a.b`, `$`, `$v`, or a lone `.` (not part of a number or a chain).
const CHAIN = /(\$\w*)?((?:\.[A-Za-z_]\w*)+)|(\$\w*)|(?<![\w)\]])\.(?![\w.])/g;

/** Every chain in an expression (strings already blanked). */
export function chainsOf(expr: string): Chain[] {
  const out: Chain[] = [];
  CHAIN.lastIndex = 0;
  for (let m = CHAIN.exec(expr); m; m = CHAIN.exec(expr)) {
    if (m[2] !== undefined) out.push({ base: m[1] ?? '.', fields: m[2].slice(1).split('.') });
    else out.push({ base: m[3] ?? '.', fields: [] });
  }
  return out;
}

/** Names of the defines an expression renders: `include "name" …` and `template "name" …`. */
export function includedNames(body: string): string[] {
  const out: string[] = [];
  for (const m of body.matchAll(/\b(?:include|template)\s+"((?:[^"\\]|\\.)*)"/g)) out.push(m[1]);
  return out;
}

/** The name a `define` or `block` action opens. */
export function definedName(body: string): string | undefined {
  return /^(?:define|block)\s+"((?:[^"\\]|\\.)*)"/.exec(body)?.[1];
}

/** `$a := expr`, `$a = expr` or `$k, $v := expr` (in `range`): the variables bound and the expression. */
export function assignment(expr: string): { names: string[]; expr: string } | undefined {
  const m = /^((?:\$\w*\s*,\s*)?\$\w*)\s*:?=\s*(.*)$/s.exec(expr);
  if (!m) return undefined;
  return { names: m[1].split(',').map((s) => s.trim()), expr: m[2] };
}

/** The column the output starts at when a pipeline ends in `nindent N` or `indent N`. */
export function indentOf(body: string): number | undefined {
  const m = /\b(?:nindent|indent)\s+(\d+)\s*\)?\s*$/.exec(body) ?? /\|\s*(?:nindent|indent)\s+(\d+)/.exec(body);
  return m ? Number(m[1]) : undefined;
}
