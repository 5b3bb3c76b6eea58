// Dependencies point one way: no module of src/ reaches itself again through its imports. A circle — even one
// made only of `import type` — means two layers know each other, so neither can be read or changed alone.
import * as assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import ts from 'typescript';

const REPO = path.resolve(__dirname, '../../..');

/** Every .ts file under dir, as repository-relative '/'-separated paths. */
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sources(full);
    return name.endsWith('.ts') ? [path.relative(REPO, full).split(path.sep).join('/')] : [];
  });
}

/** The source file a relative specifier names, or undefined (a package, a built file, a text asset). */
function resolve(from: string, specifier: string): string | undefined {
  if (!specifier.startsWith('.')) return undefined;
  const base = path.posix.join(path.posix.dirname(from), specifier.replace(/\.js$/, ''));
  return [`${base}.ts`, `${base}/index.ts`].find((p) => existsSync(path.join(REPO, p)));
}

/** Each file's relative imports: `import`, `import type`, `export … from`, `import()` and `require()` alike. */
export function importGraph(files: string[]): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const text = readFileSync(path.join(REPO, file), 'utf8');
    const imported = ts.preProcessFile(text, true, true).importedFiles.map((f) => resolve(file, f.fileName));
    graph.set(file, [...new Set(imported.filter((p): p is string => p !== undefined))]);
  }
  return graph;
}

/**
 * Every circle a depth-first walk meets, each as its file chain (`a.ts → b.ts → a.ts`). A walk finds one circle
 * per edge that leads back onto its own path, which names every tangle at least once.
 */
export function cycles(graph: Map<string, string[]>): string[][] {
  const found = new Map<string, string[]>();
  const done = new Set<string>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const visit = (file: string): void => {
    stack.push(file);
    onStack.add(file);
    for (const next of graph.get(file) ?? []) {
      if (onStack.has(next)) {
        const circle = stack.slice(stack.indexOf(next));
        // The same circle entered elsewhere is reported once: key it by its rotation starting at its least file.
        const least = circle.indexOf([...circle].sort()[0]);
        const key = [...circle.slice(least), ...circle.slice(0, least)].join(' → ');
        if (!found.has(key)) found.set(key, [...circle, next]);
      } else if (!done.has(next)) visit(next);
    }
    stack.pop();
    onStack.delete(file);
    done.add(file);
  };
  for (const file of [...graph.keys()].sort()) if (!done.has(file)) visit(file);
  return [...found.values()];
}

const IMAGES = 'src/core/images/';

/**
 * The layer of a module of src/core/images (see its index.ts): 0 the model and the helpers it shares, 1 what
 * reads sources into facts, 2 the index, 3 the rules, 4 what the editor and CLI ask. A new file is model until
 * it says otherwise here, so it cannot quietly reach up.
 */
function imageLayer(file: string): number {
  const name = file.slice(IMAGES.length);
  if (name.startsWith('sources/') || name === 'extract.ts') return 1;
  if (name === 'image-index.ts' || name === 'match.ts') return 2;
  if (name.startsWith('rules/')) return 3;
  if (['findings.ts', 'definition.ts', 'lens.ts', 'index.ts'].includes(name)) return 4;
  return 0;
}

describe('import graph', () => {
  it('finds a circle and names its files, type-only imports and re-exports included', () => {
    const graph = new Map([
      ['a.ts', ['b.ts']],
      ['b.ts', ['c.ts']],
      ['c.ts', ['a.ts', 'd.ts']],
      ['d.ts', []],
      ['e.ts', ['e.ts']],
    ]);
    assert.deepEqual(cycles(graph), [['a.ts', 'b.ts', 'c.ts', 'a.ts'], ['e.ts', 'e.ts']]);
    assert.deepEqual(cycles(new Map([['a.ts', ['b.ts']], ['b.ts', []]])), []);
  });

  it('reads every kind of relative import of a real file', () => {
    const graph = importGraph(['src/core/images/index.ts', 'src/extension/lazy-core.ts']);
    // `export … from` and `export type … from` lines are the whole of images/index.ts.
    assert.ok(graph.get('src/core/images/index.ts')!.includes('src/core/images/model.ts'));
    // lazy-core reaches the core bundle only through `import type`.
    assert.deepEqual(graph.get('src/extension/lazy-core.ts'), ['src/extension/core-bundle.ts']);
  });

  it('images imports point down its layers: model → sources → index → rules → features', () => {
    const files = sources(path.join(REPO, 'src/core/images'));
    const wrong = [...importGraph(files)].flatMap(([file, imported]) =>
      imported.filter((p) => p.startsWith(IMAGES) && imageLayer(p) > imageLayer(file)).map((p) => `${file} → ${p}`),
    );
    assert.deepEqual(wrong, []);
  });

  it('src/ has no import circle', () => {
    const files = sources(path.join(REPO, 'src'));
    assert.ok(files.length > 50, `only ${files.length} files found under src/`);
    const circles = cycles(importGraph(files));
    assert.deepEqual(circles.map((c) => c.join(' → ')), [], `${circles.length} import circle(s)`);
  });
});
