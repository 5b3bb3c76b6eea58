// The shape every image rule has: read one file's facts, consult the index, return findings with fixes.
import type { FileFacts, Finding, RuleId } from '../model';
import type { ImageIndex } from '../image-index';

export interface ImageRule {
  id: RuleId;
  check(facts: FileFacts, index: ImageIndex): Finding[];
}
