// Which `.Values` keys each action of a template uses, following what `.`, `$` and `$var` stand for as blocks
// open and close: `with` and `range` rebind the dot, `$` is the root, `include`/`template` bring in what their
// define uses. A values path is a list of keys; `*` stands for any item of a `range`d list or map.
import { isMap, isScalar } from 'yaml';
import { parseYaml } from '../yaml/parse';
import { actionsOf, assignment, chainsOf, definedName, includedNames, indentOf, keywordOf, withoutStrings, type Action, type Chain } from './actions';

/** What an expression can stand for: the root context, and/or values paths. */
export interface Binding {
  root: boolean;
  paths: string[][];
}

const NOTHING: Binding = { root: false, paths: [] };
const ROOT: Binding = { root: true, paths: [] };

/** An action whose output lands in the manifest: where it stands and the values keys it renders. */
export interface OutputUse {
  start: number;
  /** Column its output starts at, from `nindent N`/`indent N`. */
  indent?: number;
  paths: string[][];
  /** Defines it renders (`include`, `template`). */
  includes: string[];
  /** The values paths its own chains name (not those of the defines it renders). */
  direct: string[][];
}

/** A block (`if`, `with`, `range`) whose body exists or repeats because of these values keys. */
export interface ConditionUse {
  start: number;
  end: number;
  paths: string[][];
}

export interface TemplateUses {
  outputs: OutputUse[];
  conditions: ConditionUse[];
}

/** Defines by name: the file text and the action span of the body. */
export interface Define {
  text: string;
  actions: Action[];
  from: number;
  to: number;
}

/** Every `define`/`block` in a file, body as the action index span between the opener and its `end`. */
export function definesOf(text: string, into: Map<string, Define>): void {
  const actions = actionsOf(text);
  for (let i = 0; i < actions.length; i++) {
    const keyword = keywordOf(actions[i].body);
    if (keyword !== 'define' && keyword !== 'block') continue;
    const name = definedName(actions[i].body);
    const close = matchingEnd(actions, i);
    // The first definition of a name wins, as a chart's own templates load before its dependencies' here.
    if (name !== undefined && !into.has(name)) into.set(name, { text, actions, from: i + 1, to: close });
    if (keyword === 'define') i = close;
  }
}

/** The top-level keys a define renders when its body is YAML (`securityContext:` …), read with actions masked. */
export function defineKeys(define: Define): string[] {
  const from = define.actions[define.from - 1]?.end ?? 0;
  const to = define.actions[define.to]?.start ?? define.text.length;
  const doc = parseYaml(define.text.slice(from, to)).docs[0]?.contents;
  if (!isMap(doc)) return [];
  return doc.items.flatMap((pair) => (isScalar(pair.key) && /^[A-Za-z]/.test(String(pair.key.value)) ? [String(pair.key.value)] : []));
}

/** Index of the `end` closing the block opened at `open` (or actions.length when it is never closed). */
function matchingEnd(actions: Action[], open: number): number {
  let depth = 0;
  for (let i = open; i < actions.length; i++) {
    const keyword = keywordOf(actions[i].body);
    if (keyword === 'if' || keyword === 'with' || keyword === 'range' || keyword === 'define' || keyword === 'block') depth++;
    else if (keyword === 'end' && --depth === 0) return i;
  }
  return actions.length;
}

interface Frame {
  dot: Binding;
  vars: Map<string, Binding>;
  start: number;
  conditions: string[][];
}

/** Follows the blocks of one action list; shared by templates (positions kept) and defines (paths only). */
class Scanner {
  /** Define name → the values paths its body uses (memoized; a define being read counts as using nothing). */
  private readonly defineUses = new Map<string, string[][]>();

  constructor(private readonly defines: Map<string, Define>) {}

  template(text: string): TemplateUses {
    const uses: TemplateUses = { outputs: [], conditions: [] };
    this.run(actionsOf(text), 0, Infinity, uses);
    return uses;
  }

  private run(actions: Action[], from: number, to: number, uses: TemplateUses): void {
    const stack: Frame[] = [{ dot: ROOT, vars: new Map([['$', ROOT]]), start: 0, conditions: [] }];
    const top = (): Frame => stack[stack.length - 1];
    for (let i = from; i < Math.min(to, actions.length); i++) {
      const action = actions[i];
      const body = withoutStrings(action.body);
      const keyword = keywordOf(action.body);
      const frame = top();
      if (keyword === 'define') {
        i = matchingEnd(actions, i); // a define renders only where it is included
        continue;
      }
      if (keyword === 'end') {
        if (stack.length > 1) {
          const closed = stack.pop()!;
          if (closed.conditions.length > 0) uses.conditions.push({ start: closed.start, end: action.end, paths: closed.conditions });
        }
        continue;
      }
      const expr = body.replace(/^(?:if|else\s+if|else\s+with|else|with|range|block\s+"\s*")\b\s*/, '');
      if (keyword === 'if' || keyword === 'with' || keyword === 'range' || keyword === 'block') {
        const inner: Frame = { dot: frame.dot, vars: new Map(frame.vars), start: action.start, conditions: [] };
        const bound = this.bind(expr, action.body, inner, keyword === 'range');
        inner.conditions = bound.paths;
        if (keyword === 'with' && !assignment(expr)) inner.dot = bound;
        if (keyword === 'range') inner.dot = assignment(expr) ? inner.vars.get(assignment(expr)!.names.at(-1)!) ?? NOTHING : bound;
        stack.push(inner);
      } else if (keyword === 'else') {
        const cond = this.evaluate(expr, action.body, frame);
        frame.conditions.push(...cond.paths);
        if (/^else\s+with\b/.test(body)) frame.dot = cond;
      } else {
        const bound = assignment(expr);
        if (bound) this.bind(expr, action.body, frame, false);
        else {
          const { paths } = this.evaluate(expr, action.body, frame);
          const direct = chainsOf(expr).flatMap((chain) => resolve(chain, frame).paths);
          if (paths.length > 0) uses.outputs.push({ start: action.start, indent: indentOf(action.body), paths, includes: includedNames(action.body), direct });
        }
      }
    }
  }

  /** Evaluates an action's expression and binds its variables (`$x := …`; for `range`, `$k, $v` get key and item). */
  private bind(expr: string, raw: string, frame: Frame, range: boolean): Binding {
    const a = assignment(expr);
    const value = this.evaluate(a ? a.expr : expr, raw, frame);
    const item = range ? { root: false, paths: value.paths.map((p) => [...p, '*']) } : value;
    if (a) {
      a.names.forEach((name, i) => frame.vars.set(name, range && a.names.length === 2 && i === 0 ? NOTHING : item));
    }
    return item;
  }

  /** The values paths an expression uses, and whether it is the root itself (`.` at top level, `$`). */
  private evaluate(expr: string, raw: string, frame: Frame): Binding {
    const chains = chainsOf(expr);
    const paths: string[][] = [];
    for (const chain of chains) paths.push(...resolve(chain, frame).paths);
    for (const name of includedNames(raw)) paths.push(...this.usesOfDefine(name));
    const root = chains.length === 1 && resolve(chains[0], frame).root && paths.length === 0;
    return { root, paths };
  }

  private usesOfDefine(name: string): string[][] {
    const known = this.defineUses.get(name);
    if (known) return known;
    this.defineUses.set(name, []);
    const uses = this.define(name);
    if (!uses) return [];
    const paths = [...uses.outputs.flatMap((o) => o.paths), ...uses.conditions.flatMap((c) => c.paths)];
    this.defineUses.set(name, paths);
    return paths;
  }

  /** The uses of a define's body with their offsets in its file, read with the dot as the root. */
  define(name: string): TemplateUses | undefined {
    const define = this.defines.get(name);
    if (!define) return undefined;
    const uses: TemplateUses = { outputs: [], conditions: [] };
    // Inside a define the dot is whatever the include passed; read as the root, so `.Values.x` resolves.
    this.run(define.actions, define.from, define.to, uses);
    return uses;
  }
}

/**
 * A chain against the frame: `$`/`$v`/`.` give a binding, its fields walk on. `Values` after the root starts a
 * values path; `Values` deeper in a chain (`.context.Values.x`, a root passed inside a dict) does too.
 */
function resolve(chain: Chain, frame: Frame): Binding {
  const base = chain.base === '.' ? frame.dot : frame.vars.get(chain.base) ?? NOTHING;
  const fields = chain.fields;
  if (fields.length === 0) return base;
  const at = fields.indexOf('Values');
  if (at > 0 || (at === 0 && base.root)) return { root: false, paths: fields.length > at + 1 ? [fields.slice(at + 1)] : [] };
  return { root: false, paths: base.paths.map((p) => [...p, ...fields]) };
}

/**
 * A reader of templates given the defines of the whole chart (its own and its dependencies'); what each define
 * uses is worked out once and shared by every template read with it.
 */
export function templateScanner(defines: Map<string, Define>): Pick<Scanner, 'template' | 'define'> {
  return new Scanner(defines);
}
