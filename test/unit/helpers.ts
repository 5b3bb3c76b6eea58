// Small helpers shared by the core's unit tests (bundled into each test file; not a test itself).
import { readdirSync } from 'node:fs';
import * as path from 'node:path';
import { classifyFile, type ClassifiedFile, type ClassifiedField, type LayerEntry } from '../../src/core';

/** The repository root (tests run from out/test/unit). */
export const REPO = path.resolve(__dirname, '../../..');

/** The real-world corpus vendored for the tests (test/fixtures/corpus; read it, never write it). */
export const CORPUS = path.join(REPO, 'test/fixtures/corpus');

/** Analyze a text as if it were a file with this name. */
export function analyzed(name: string, text: string): ClassifiedFile {
  return classifyFile(name, text);
}

/** Field by exact path (the first when several share it: Dockerfile keywords). */
export function field(analysis: ClassifiedFile, path: string): ClassifiedField {
  const f = analysis.fields.find((x) => x.path === path);
  if (!f) throw new Error(`no field '${path}' among: ${analysis.fields.map((x) => x.path).join(', ')}`);
  return f;
}

/** Offset of the n-th (0-based) occurrence of `needle`; throws when absent so a typo cannot pass silently. */
export function offsetOf(text: string, needle: string, nth = 0): number {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(needle, at + 1);
    if (at === -1) throw new Error(`'${needle}' occurs fewer than ${nth + 1} times`);
  }
  return at;
}

/** Every file under dir, sorted, relative paths joined to dir. */
export function filesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...filesUnder(p));
    else if (entry.isFile()) out.push(p);
  }
  return out;
}

/** Lines joined with \n: fixtures read as the files they stand for. */
export const lines = (...ls: string[]): string => ls.join('\n') + '\n';

/** A custom resource no table knows (example.com/v1 Widget `w`), so the core infers its fields; `spec` lines go under spec:. */
export const widget = (...spec: string[]): string =>
  lines('apiVersion: example.com/v1', 'kind: Widget', 'metadata:', '  name: w', 'spec:', ...spec.map((l) => `  ${l}`));

/**
 * A copy of `file` in which the fields at `path` cite `entry` (a source, a feature state): the renderers are tested
 * on what they do with a cited entry, whichever table rows carry their sources yet. The tables are not touched.
 */
export function citing(file: ClassifiedFile, path: string, entry: Partial<LayerEntry>): ClassifiedFile {
  field(file, path);
  const fields = file.fields.map((f) => (f.path === path ? { ...f, entry: { ...f.entry, ...entry } } : f));
  return { ...file, fields };
}

/** mulberry32: small, fast, good enough to pick random edits and mutations; the same seed gives the same run. */
export function prng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A seed from the environment variable `name` (for a run on demand), else the fixed one CI uses; empty counts as unset. */
export function seedFrom(name: string, fallback: number): number {
  const given = process.env[name];
  return (given === undefined || given.trim() === '' ? fallback : Number(given)) >>> 0;
}
