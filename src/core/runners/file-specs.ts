// The runner specs of one Compose file or manifest, read once per file version: the index hands out a new
// FileFacts when a file changes, so a WeakMap keyed by it is exactly as fresh as the index. The image index primes
// it from the parse it has just made for the file's facts, so a full index reads each file once, not twice.
import type { Document } from 'yaml';
import type { FileFacts } from '../images/model';
import { parseYaml } from '../yaml/parse';
import { composeFile, type ComposeFile } from './compose-specs';
import { kubeFile, type KubeFile } from './kube-specs';

const composeCache = new WeakMap<FileFacts, ComposeFile>();
const kubeCache = new WeakMap<FileFacts, KubeFile>();

export function composeFileOf(facts: FileFacts, docs?: Document.Parsed[]): ComposeFile {
  let f = composeCache.get(facts);
  if (!f) {
    f = composeFile(facts, docs ?? parseYaml(facts.text).docs);
    composeCache.set(facts, f);
  }
  return f;
}

export function kubeFileOf(facts: FileFacts, docs?: Document.Parsed[]): KubeFile {
  let f = kubeCache.get(facts);
  if (!f) {
    f = kubeFile(facts.path, facts.text, docs ?? parseYaml(facts.text).docs);
    kubeCache.set(facts, f);
  }
  return f;
}

/** Sets the runner specs of a manifest's `facts`, read by the caller (document by document, after an edit). */
export function rememberKubeFile(facts: FileFacts, file: KubeFile): void {
  kubeCache.set(facts, file);
}

/**
 * Reads the runner specs of a Compose or stack file's `facts` from `docs`, a parse of exactly `facts.text`. A
 * manifest's are set document by document where its facts are read (rememberKubeFile).
 */
export function primeComposeSpecs(facts: FileFacts, docs: Document.Parsed[]): void {
  if (facts.kind === 'compose' || facts.kind === 'stack') composeFileOf(facts, docs);
}
