// A small POSIX-shell reader: enough to find `docker build -t …` in scripts, Makefiles and CI steps, and to
// split a `sh -c` string into the commands it chains. It keeps every word's offsets so findings point at
// the text and fixes can cut a command out. Not an interpreter: no expansion beyond simple variables.

export interface Word {
  /** The word with its quotes removed (expansions left as written). */
  value: string;
  /** Source offsets of the whole word, quotes included. */
  start: number;
  end: number;
  /** Offsets of the text inside the quotes, when the whole word is one quoted string. */
  innerStart: number;
  innerEnd: number;
  /** Holds `$…` or a backtick outside single quotes: its value depends on variables. */
  expands: boolean;
}

export interface ShellCommand {
  words: Word[];
  start: number;
  end: number;
  /** The operator after this command: '&&', '||', '|', ';', '&', '\n', or '' at the end. */
  op: string;
}

const OPERATOR_CHARS = new Set(['&', '|', ';', '\n', '(', ')']);

/**
 * Split `text` (a script, or one line of one) into simple commands. `base` is added to every offset, so a
 * slice of a larger file reports file offsets.
 */
export function tokenizeShell(text: string, base = 0): ShellCommand[] {
  const commands: ShellCommand[] = [];
  let words: Word[] = [];
  const finish = (op: string) => {
    if (words.length > 0) {
      commands.push({ words, start: words[0].start, end: words[words.length - 1].end, op });
    } else if (commands.length > 0 && op !== '\n' && commands[commands.length - 1].op === '\n') {
      // `foo \n && bar` cannot happen in shell; a stray operator after a newline keeps the stronger one.
      commands[commands.length - 1].op = op;
    }
    words = [];
  };
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === ' ' || c === '\t' || c === '\r') {
      i++;
    } else if (c === '\\' && text[i + 1] === '\n') {
      i += 2; // line continuation
    } else if (c === '\\' && text[i + 1] === '\r' && text[i + 2] === '\n') {
      i += 3;
    } else if (c === '#') {
      while (i < text.length && text[i] !== '\n') i++;
    } else if (OPERATOR_CHARS.has(c) && !isRedirectAmp(text, i)) {
      const two = text.slice(i, i + 2);
      if (two === '&&' || two === '||' || two === ';;' || two === '|&') {
        finish(two === ';;' ? ';' : two === '|&' ? '|' : two);
        i += 2;
      } else {
        finish(c === '(' || c === ')' ? ';' : c);
        i++;
      }
    } else {
      const word = readWord(text, i, base);
      words.push(word);
      i = word.end - base;
    }
  }
  finish('');
  return commands;
}

/** `2>&1`, `&>file`, `>&2`: an ampersand that belongs to a redirection, not a background operator. */
function isRedirectAmp(text: string, i: number): boolean {
  return text[i] === '&' && (text[i - 1] === '>' || text[i - 1] === '<' || text[i + 1] === '>');
}

function readWord(text: string, from: number, base: number): Word {
  let i = from;
  let value = '';
  let expands = false;
  let quotedWhole = true;
  let innerStart = -1;
  let innerEnd = -1;
  let quotes = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === ' ' || c === '\t' || c === '\r' || c === '\n' || (OPERATOR_CHARS.has(c) && !isRedirectAmp(text, i))) break;
    if (c === "'" || c === '"') {
      const close = findClose(text, i + 1, c);
      quotes++;
      if (i === from) innerStart = i + 1;
      innerEnd = close;
      const inner = text.slice(i + 1, close);
      if (c === '"') {
        if (/[$`]/.test(inner)) expands = true;
        value += inner.replace(/\\([\\"$`\n])/g, (_, ch: string) => (ch === '\n' ? '' : ch));
      } else value += inner;
      i = Math.min(close + 1, text.length);
      continue;
    }
    quotedWhole = false;
    if (c === '\\' && i + 1 < text.length) {
      if (text[i + 1] !== '\n') value += text[i + 1];
      i += 2;
    } else if (c === '$' && (text[i + 1] === '(' || text[i + 1] === '{')) {
      const end = skipBalanced(text, i + 1);
      value += text.slice(i, end);
      expands = true;
      i = end;
    } else if (c === '`') {
      const close = findClose(text, i + 1, '`');
      value += text.slice(i, close + 1);
      expands = true;
      i = Math.min(close + 1, text.length);
    } else {
      if (c === '$') expands = true;
      value += c;
      i++;
    }
  }
  const whole = quotedWhole && quotes === 1;
  return {
    value,
    start: base + from,
    end: base + i,
    innerStart: base + (whole ? innerStart : from),
    innerEnd: base + (whole ? innerEnd : i),
    expands,
  };
}

/** Index of the closing quote (or the end of text when unterminated). */
function findClose(text: string, from: number, quote: string): number {
  for (let i = from; i < text.length; i++) {
    if (quote !== "'" && text[i] === '\\') i++;
    else if (text[i] === quote) return i;
  }
  return text.length;
}

/** From an opening '(' or '{', the index after its matching closer (nesting and quotes respected). */
function skipBalanced(text: string, open: number): number {
  const opener = text[open];
  const closer = opener === '(' ? ')' : '}';
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const c = text[i];
    if (c === "'" || c === '"') i = findClose(text, i + 1, c);
    else if (c === opener) depth++;
    else if (c === closer && --depth === 0) return i + 1;
  }
  return text.length;
}

/** Shell-ish variables a file defines: `NAME=value` lines, Make assignments, CI `env:` maps. */
export type Vars = ReadonlyMap<string, string>;

const VAR_REF = /\$\{([A-Za-z_]\w*)(?:(:?[-=])([^}]*))?\}|\$\(([A-Za-z_]\w*)\)|\$([A-Za-z_]\w*)/g;

/**
 * A word's value with `$NAME`, `${NAME}`, `${NAME:-default}` and Make's `$(NAME)` replaced from `vars`;
 * undefined when anything else expands (an unknown variable, a command substitution, an expression).
 */
export function expandWord(word: Pick<Word, 'value' | 'expands'>, vars: Vars): string | undefined {
  if (!word.expands) return word.value;
  let unresolved = false;
  const out = word.value.replace(VAR_REF, (_m, braced?: string, dash?: string, dflt?: string, make?: string, bare?: string) => {
    const name = braced ?? make ?? bare ?? '';
    const v = vars.get(name);
    if (v !== undefined && (v !== '' || !dash?.startsWith(':'))) return v;
    if (dash !== undefined && dflt !== undefined && !/[$`]/.test(dflt)) return dflt;
    unresolved = true;
    return '';
  });
  return unresolved || /[$`]/.test(out) ? undefined : out;
}

/** `NAME=value` (optionally after `export`/`readonly`) commands of a script: its simple variables. */
export function shellAssignments(commands: readonly ShellCommand[], into: Map<string, string> = new Map()): Map<string, string> {
  for (const cmd of commands) {
    let words = cmd.words;
    if (words.length > 1 && (words[0].value === 'export' || words[0].value === 'readonly' || words[0].value === 'declare')) {
      words = words.slice(1);
    }
    if (words.length !== 1) continue;
    const m = /^([A-Za-z_]\w*)=([\s\S]*)$/.exec(words[0].value);
    if (!m) continue;
    const expanded = expandWord({ value: m[2], expands: words[0].expands }, into);
    if (expanded !== undefined) into.set(m[1], expanded);
    else into.delete(m[1]);
  }
  return into;
}

/** The program a command runs, past `sudo`, `env X=y`, `time`, `exec`, Make's `@`/`-`/`+` prefixes. */
export function commandWords(words: readonly Word[]): Word[] {
  let i = 0;
  while (i < words.length) {
    const v = words[i].value.replace(/^[@+-]+(?=[A-Za-z./])/, '');
    if (/^[A-Za-z_]\w*=/.test(v) && !words[i].value.startsWith('-')) i++;
    else if (['sudo', 'env', 'time', 'exec', 'command', 'nohup', 'nice', 'eval'].includes(v)) {
      i++;
      while (i < words.length && words[i].value.startsWith('-') && v !== 'eval') i++;
    } else break;
  }
  return words.slice(i);
}

/** `/usr/bin/docker` → `docker`; drops Make's `@`/`-`/`+` recipe prefixes. */
export function programName(word: Word | undefined): string {
  if (!word) return '';
  const v = word.value.replace(/^[@+-]+(?=[A-Za-z./])/, '');
  return v.slice(v.lastIndexOf('/') + 1);
}
