// What is measured: every corpus file, and the generated manifests, Dockerfile and workspace.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { dockerfile, manifests, workspace } from './generate.mjs';

export const repo = resolve(fileURLToPath(new URL('..', import.meta.url)));
export const corpusDir = resolve(repo, 'test/fixtures/corpus');
/** The options the core passes to yaml's parseAllDocuments: a bare parse baseline must use the same. */
export const PARSE_OPTIONS = { uniqueKeys: false, strict: false };

function walk(dir) {
  let out = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out = out.concat(walk(p));
    else out.push(p);
  }
  return out;
}

/** Corpus files the core recognizes, `{path, text, kind}`, in a stable order. */
export function corpus(core) {
  return walk(corpusDir)
    .sort()
    .map((p) => {
      const text = readFileSync(p, 'utf8');
      return { path: relative(corpusDir, p), text, kind: core.recognize(p, text) };
    })
    .filter((f) => f.kind !== 'unknown');
}

export const generated = {
  manifests: (lines) => ({ path: `generated/manifests-${lines}.yaml`, text: manifests(lines), kind: 'kubernetes' }),
  dockerfile: (lines) => ({ path: `generated/${lines}-lines/Dockerfile`, text: dockerfile(lines), kind: 'dockerfile' }),
  workspace: (count) => workspace(count),
};

/**
 * Hover positions for a file: one character into every key (YAML) or every instruction keyword, flag and
 * directive (Dockerfile), as LSP positions. Both ours and the peer are asked at exactly these.
 */
export function hoverPositions(analysis) {
  const starts = [...analysis.fields, ...analysis.extras].map((f) => Math.min(f.keyStart + 1, f.keyEnd));
  starts.sort((a, b) => a - b);
  return starts.map((offset) => analysis.lines.positionAt(offset));
}
