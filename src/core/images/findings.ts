// What the editor and `layer-lens check` report: every rule run over the index. The top layer of images: the
// index (image-index.ts) holds facts and lookups, the rules (./rules) read them, this asks the rules.
import type { ImageIndex } from './image-index';
import type { Finding } from './model';
import { RULES } from './rules';

/** Findings whose primary position is in `path`. Cross-file facts come from the rest of the index. */
export function findingsIn(index: ImageIndex, path: string): Finding[] {
  const facts = index.facts(path);
  if (!facts) return [];
  return RULES.flatMap((rule) => rule.check(facts, index));
}

/** Findings over every indexed file (the CLI's `check`). */
export function allFindings(index: ImageIndex): Finding[] {
  return index.paths().flatMap((p) => findingsIn(index, p));
}
