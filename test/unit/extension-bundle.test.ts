// The extension's two bundles as `node scripts/build.mjs` writes them. out/extension.js, which activation loads,
// holds none of what costs to load (yaml, dockerfile-ast, the layer tables, the image index, the report text and
// hover Markdown):
// that is out/core.js, which extension.js requires on first use (src/extension/lazy-core.ts). One value import
// from the core in a module the extension loads eagerly would silently put it all back into activation.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';

const OUT = path.resolve(__dirname, '../..');

/** The modules a bundle holds: esbuild's unminified output opens each with a `// path` comment line. */
function modulesOf(bundle: string): string[] {
  const text = readFileSync(path.join(OUT, bundle), 'utf8');
  // In a git worktree whose node_modules links to another checkout, esbuild names packages by their real path
  // (`../../main/node_modules/yaml/…`): keep the part from `node_modules/` on.
  const found = [...text.matchAll(/^\/\/ (?:\.\.\/[^\s]*?)?((?:src|node_modules)\/\S+)$/gm)].map((m) => m[1]);
  assert.ok(found.length > 0, `${bundle} names no modules: build with \`node scripts/build.mjs\` (not --production) first`);
  return [...new Set(found)];
}

const COSTLY = /^node_modules\/|^src\/core\/(?:tables|yaml|dockerfile|images)\/|^src\/core\/(?:classify-file|index)\.ts$|^src\/core\/format\/(?:report-text|hover)\.ts$/;

describe('extension bundles', () => {
  it('out/extension.js holds no part of the core that costs to load, and requires out/core.js', () => {
    assert.deepEqual(modulesOf('extension.js').filter((m) => COSTLY.test(m)), []);
    assert.match(readFileSync(path.join(OUT, 'extension.js'), 'utf8'), /require\("\.\/core\.js"\)/);
  });

  it('out/core.js holds the analysis, the tables, both parsers, the image index, the report text and the hover', () => {
    const modules = modulesOf('core.js');
    for (const m of ['src/core/classify-file.ts', 'src/core/tables/index.ts', 'src/core/images/image-index.ts', 'src/core/format/report-text.ts', 'src/core/format/hover.ts']) {
      assert.ok(modules.includes(m), `${m} is not in out/core.js`);
    }
    for (const pkg of ['yaml', 'dockerfile-ast']) {
      assert.ok(modules.some((m) => m.startsWith(`node_modules/${pkg}/`)), `${pkg} is not in out/core.js`);
    }
  });
});
