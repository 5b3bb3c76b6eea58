// The contrast guide: every GuideId resolves to one heading, nothing else poses as an anchor, links stay inside the
// guide, and no passage is lifted from the reference text it was written from.
import * as assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import guide from '../../src/guide/contrast.md';
import { GUIDE_IDS } from '../../src/core/types';

import { REPO } from './helpers';

/** Hashes of every 8-word run of the reference text (scripts/fingerprint-reference.mjs made it; see its README). */
const REFERENCE_RUNS = path.join(REPO, 'test/fixtures/reference/kubernetes-contrast.8-word-runs.json');
interface Fingerprint {
  words: number;
  run: number;
  runs: string[];
}
const BADGES = ['build/run · Docker layer', 'schedule/scale · Kubernetes layer', 'schedule/scale · Docker Swarm'];
/** Sections that pair a Docker-side field with its orchestrator-side counterparts: each must show badges. */
const FIRST_PAIR_SECTION = 'image';

const lines = guide.split('\n');
const ANCHOR_LINE = /^<a id="([^"]*)"><\/a>$/;

/** Lower-case words with punctuation dropped, so Markdown and quoting cannot hide a copied run. */
function words(text: string): string[] {
  return text.toLowerCase().match(/[a-z0-9]+/g) ?? [];
}

/** Section bodies keyed by anchor id: the lines after an anchor up to the next anchor. */
function sections(): Map<string, string> {
  const out = new Map<string, string>();
  let id: string | undefined;
  let body: string[] = [];
  for (const line of lines) {
    const m = ANCHOR_LINE.exec(line);
    if (m) {
      if (id !== undefined) out.set(id, body.join('\n'));
      id = m[1];
      body = [];
    } else body.push(line);
  }
  if (id !== undefined) out.set(id, body.join('\n'));
  return out;
}

describe('contrast guide', () => {
  it('starts with a title', () => {
    assert.match(lines[0], /^# \S/);
  });

  it('has exactly one anchor per GuideId, each on its own line right before a ## heading', () => {
    for (const id of GUIDE_IDS) {
      const at = lines.flatMap((line, i) => (line === `<a id="${id}"></a>` ? [i] : []));
      assert.equal(at.length, 1, `anchor ${id} appears ${at.length} times`);
      assert.match(lines[at[0] + 1] ?? '', /^## \S/, `anchor ${id} is not followed by a ## heading`);
    }
  });

  it('has no anchor that is not a GuideId, and every anchor sits on a line of its own', () => {
    const known = new Set<string>(GUIDE_IDS);
    const inline = [...guide.matchAll(/<a\s[^>]*\bid="([^"]*)"/g)].map((m) => m[1]);
    const own = lines.flatMap((line) => ANCHOR_LINE.exec(line)?.[1] ?? []);
    assert.deepEqual(
      inline.filter((id) => !known.has(id)),
      [],
      'anchors that are not GuideIds',
    );
    assert.deepEqual(inline, own, 'an anchor is written inline or in another form');
    assert.equal(new Set(GUIDE_IDS).size, GUIDE_IDS.length, 'GUIDE_IDS lists an id twice');
  });

  it('keeps the sections in the order of GUIDE_IDS', () => {
    assert.deepEqual([...sections().keys()], [...GUIDE_IDS]);
  });

  it('links only to its own anchors', () => {
    const known = new Set<string>(GUIDE_IDS);
    const targets = [...guide.matchAll(/\]\(#([^)]*)\)/g)].map((m) => m[1]);
    assert.deepEqual(
      targets.filter((t) => !known.has(t)),
      [],
    );
  });

  it('marks the layer of every cross-layer pair with the exact badges', () => {
    const all = sections();
    const ids = [...all.keys()];
    for (const id of ids.slice(ids.indexOf(FIRST_PAIR_SECTION))) {
      const body = all.get(id) ?? '';
      assert.ok(
        BADGES.some((b) => body.includes(`\`${b}\``)),
        `section ${id} shows no layer badge`,
      );
    }
    // A badge-like string that is not one of the three is a typo.
    const badgeLike = [...guide.matchAll(/`((?:build\/run|schedule\/scale) · [^`]*)`/g)].map((m) => m[1]);
    assert.deepEqual(
      badgeLike.filter((b) => !BADGES.includes(b)),
      [],
    );
  });

  it('reads in about ten minutes (1,500 to 3,000 words, not counting the Sources lines that cite the docs)', () => {
    const prose = lines.filter((line) => !line.startsWith('Sources: ')).join('\n');
    const count = prose.split(/\s+/).filter((w) => /[A-Za-z0-9]/.test(w)).length;
    assert.ok(count >= 1500 && count <= 3000, `guide has ${count} words`);
  });

  it('shares no run of 8 consecutive words with the reference text', () => {
    const fingerprint = JSON.parse(readFileSync(REFERENCE_RUNS, 'utf8')) as Fingerprint;
    assert.ok(fingerprint.words > 100 && fingerprint.runs.length > 100, `${REFERENCE_RUNS} looks empty`);
    const n = fingerprint.run;
    const copied = new Set(fingerprint.runs);
    const hash = (run: string[]) => createHash('sha256').update(run.join(' ')).digest('hex').slice(0, 20);
    // The guide is checked as one stream, which covers every sentence and also runs across sentence breaks.
    const mine = words(guide);
    const found: string[] = [];
    for (let i = 0; i + n <= mine.length; i++) {
      const run = mine.slice(i, i + n);
      if (copied.has(hash(run))) found.push(run.join(' '));
    }
    assert.deepEqual(found, [], 'runs copied from the reference');
  });
});
