// The web extension (package.json `browser`: out/web/extension.js, built by scripts/build.mjs's buildWeb) runs in
// VS Code's web worker extension host (vscode.dev, github.dev), where there is no Node: no built-in module to
// import, nothing to `require` but the host's `vscode`, no second file to load and no Node global. The bundle is
// built here, in memory, with the shipped options plus a metafile, so the test reads what `buildWeb` makes now.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';

const REPO = path.resolve(__dirname, '../../..');

/** The part of esbuild's metafile read here. */
interface Metafile {
  inputs: Record<string, { imports: { path: string; kind: string; external?: boolean }[] }>;
}

/** Node's built-in modules by every name an import can use: `fs`, `node:fs`, `fs/promises`. */
const BUILT_IN = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));
const isBuiltIn = (specifier: string): boolean =>
  specifier.startsWith('node:') || BUILT_IN.has(specifier) || BUILT_IN.has(specifier.split('/')[0]);

/** Globals Node has and a web worker does not. */
const NODE_GLOBALS = new Set(['Buffer', 'process', 'global', '__dirname', '__filename', 'setImmediate', 'clearImmediate']);

/** The names a declaration's name binds (`a`, or each name in `{ a, b: [c] }`). */
function boundNames(name: ts.BindingName): string[] {
  if (ts.isIdentifier(name)) return [name.text];
  return name.elements.flatMap((e) => (ts.isOmittedExpression(e) ? [] : boundNames(e.name)));
}

/** Whether `scope` (a function or the file) declares `name` itself: a parameter or a declaration outside nested functions. */
function declares(scope: ts.Node, name: string): boolean {
  if (ts.isFunctionLike(scope) && scope.parameters.some((p) => boundNames(p.name).includes(name))) return true;
  if (ts.isFunctionExpression(scope) && scope.name?.text === name) return true;
  let found = false;
  const visit = (node: ts.Node): void => {
    if (found) return;
    if ((ts.isVariableDeclaration(node) || ts.isParameter(node)) && boundNames(node.name).includes(name)) found = true;
    else if ((ts.isFunctionDeclaration(node) || ts.isClassDeclaration(node)) && node.name?.text === name) found = true;
    // A nested function's own declarations are not this scope's (a function declaration's name is, checked above).
    if (!ts.isFunctionLike(node) || node === scope) ts.forEachChild(node, visit);
  };
  ts.forEachChild(scope, visit);
  return found;
}

/** Each use of a Node global that no enclosing scope declares, as `name at line N`. */
function freeNodeGlobals(text: string): string[] {
  const file = ts.createSourceFile('extension.js', text, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isIdentifier(node) && NODE_GLOBALS.has(node.text) && isFreeUse(node)) {
      found.push(`${node.text} at line ${file.getLineAndCharacterOfPosition(node.getStart()).line + 1}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

/** A read of the name itself: not a property, a declaration, or the test `typeof name` (true without Node). */
function isFreeUse(id: ts.Identifier): boolean {
  const parent = id.parent;
  if (ts.isTypeOfExpression(parent)) return false;
  if ((ts.isPropertyAccessExpression(parent) || ts.isPropertyAssignment(parent) || ts.isMethodDeclaration(parent)) && parent.name === id) return false;
  if ((ts.isVariableDeclaration(parent) || ts.isParameter(parent) || ts.isBindingElement(parent)) && parent.name === id) return false;
  if (ts.isBindingElement(parent) && parent.propertyName === id) return false;
  for (let scope: ts.Node | undefined = parent; scope; scope = scope.parent) {
    if ((ts.isFunctionLike(scope) || ts.isSourceFile(scope)) && declares(scope, id.text)) return false;
  }
  return true;
}

describe('web bundle (package.json browser)', function () {
  // One esbuild build and one parse of a 1 MB file.
  this.timeout(60_000);
  let metafile: Metafile;
  let text: string;

  before(async () => {
    const buildScript = pathToFileURL(path.join(REPO, 'scripts/build.mjs')).href;
    const { buildWeb } = (await import(buildScript)) as {
      buildWeb(outdir: string, production: boolean, extra: object): Promise<{ metafile: Metafile; outputFiles: { path: string; text: string }[] }>;
    };
    const result = await buildWeb(tmpdir(), false, { metafile: true, write: false });
    metafile = result.metafile;
    text = result.outputFiles.find((f) => f.path.endsWith('extension.js'))!.text;
  });

  it('is the browser entry of package.json', () => {
    const manifest = JSON.parse(readFileSync(path.join(REPO, 'package.json'), 'utf8')) as { browser?: string };
    assert.equal(manifest.browser, './out/web/extension.js');
  });

  it('imports no Node built-in module, and leaves out nothing but vscode', () => {
    const imports = Object.entries(metafile.inputs).flatMap(([from, input]) => input.imports.map((i) => ({ from, ...i })));
    assert.ok(imports.length > 50, `only ${imports.length} imports in the metafile`);
    assert.deepEqual(imports.filter((i) => isBuiltIn(i.path) || i.path.startsWith('(disabled):')), []);
    // esbuild lists the injected Buffer stand-in (src/extension/web/buffer.ts) as external, by its absolute path,
    // from every module: it is bundled all the same, as one of the inputs.
    const bundled = (p: string) => path.isAbsolute(p) && path.relative(REPO, p).split(path.sep).join('/') in metafile.inputs;
    assert.deepEqual(imports.filter((i) => i.external && i.path !== 'vscode' && !bundled(i.path)), []);
    // Every module of the bundle is a source file or a package: none is a Node built-in.
    assert.deepEqual(Object.keys(metafile.inputs).filter((p) => isBuiltIn(p) || p.startsWith('(disabled):')), []);
  });

  it('holds the core itself and requires nothing but vscode', () => {
    const inputs = Object.keys(metafile.inputs);
    for (const m of ['src/core/classify-file.ts', 'src/core/images/image-index.ts', 'src/core/format/hover.ts']) {
      assert.ok(inputs.includes(m), `${m} is not in the web bundle`);
    }
    const required = [...text.matchAll(/\brequire\s*\(([^)]*)\)/g)].map((m) => m[1]);
    assert.ok(required.length > 0, 'the bundle never requires vscode');
    assert.deepEqual(required.filter((r) => r !== '"vscode"'), []);
  });

  it('uses no Node global (Buffer, process, __dirname…) that a web worker lacks', () => {
    assert.deepEqual(freeNodeGlobals(text), []);
  });

  it('finds a Node global the way the check above reads the bundle', () => {
    // The check itself, on code that uses them freely, shadows them and only tests for them.
    const sample = [
      'var a = Buffer.from("x");',
      'function f(process) { return process.env; }',
      'function g() { const { process } = h; return process; }',
      'var b = typeof global === "object" ? 1 : 2;',
      'var c = { process: 1 }.process;',
      'setImmediate(() => __dirname);',
    ].join('\n');
    assert.deepEqual(freeNodeGlobals(sample), ['Buffer at line 1', 'setImmediate at line 6', '__dirname at line 6']);
  });
});
