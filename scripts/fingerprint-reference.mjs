// Writes the fingerprint the guide test compares against: the SHA-256 of every run of 8 consecutive words of a
// reference text, so the repository can check "no passage copied" without carrying the text itself.
// Usage: node scripts/fingerprint-reference.mjs REFERENCE.txt > test/fixtures/reference/kubernetes-contrast.8-word-runs.json
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';

export const RUN = 8;

/** Lower-case words with punctuation dropped, so Markdown and quoting cannot hide a copied run. */
export function words(text) {
  return text.toLowerCase().match(/[a-z0-9]+/g) ?? [];
}

export function runHash(run) {
  return createHash('sha256').update(run.join(' ')).digest('hex').slice(0, 20);
}

const file = process.argv[2];
if (file) {
  const ws = words(readFileSync(file, 'utf8'));
  const hashes = new Set();
  for (let i = 0; i + RUN <= ws.length; i++) hashes.add(runHash(ws.slice(i, i + RUN)));
  const out = {
    origin: `${basename(file)}: the course text the contrast guide was first written from (project-internal, not redistributed)`,
    words: ws.length,
    run: RUN,
    hash: 'first 20 hex digits of SHA-256 of the run, words lower-cased and joined by one space',
    runs: [...hashes].sort(),
  };
  process.stdout.write(JSON.stringify(out, null, 1) + '\n');
}
