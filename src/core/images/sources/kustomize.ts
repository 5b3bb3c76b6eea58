// Kustomize: `images:` entries rewrite image names and tags in the manifests a kustomization renders, so
// what those manifests say is not what runs. Resources, bases and components say which manifests.
import { isMap, isSeq, type Document } from 'yaml';
import { dirName, joinPath } from '../paths';
import { baseName } from '../../recognize';
import type { FileFacts, ImageOverride } from '../model';
import { parseImageRef } from '../ref';
import { child, stringAt, stringsAt } from '../yaml-text';

export function isKustomizationFile(path: string): boolean {
  return /^(?:kustomization\.ya?ml|Kustomization)$/.test(baseName(path));
}

export function kustomizeFacts(doc: Document.Parsed, text: string, facts: FileFacts): void {
  const root = doc.contents;
  if (!isMap(root)) return;
  const folder = dirName(facts.path);
  const entries: string[] = [];
  for (const key of ['resources', 'bases', 'components']) {
    for (const item of stringsAt(child(root, key), text)) {
      // Remote resources (URLs, git refs) are outside the workspace.
      if (!/^[a-z]+:\/\/|^git@|^github\.com\//i.test(item.value)) entries.push(joinPath(folder, item.value));
    }
  }
  facts.kustomization = { folder, component: stringAt(root, 'kind', text)?.value === 'Component', entries };
  const images = child(root, 'images');
  if (!isSeq(images)) return;
  for (const item of images.items) {
    const name = stringAt(item, 'name', text);
    if (!name) continue;
    const override: ImageOverride = { path: facts.path, name: parseImageRef(name.value), nameSpan: name.span };
    const newName = stringAt(item, 'newName', text);
    const newTag = stringAt(item, 'newTag', text);
    const digest = stringAt(item, 'digest', text);
    if (newName) {
      override.newName = parseImageRef(newName.value);
      override.newNameSpan = newName.span;
    }
    if (newTag) {
      override.newTag = newTag.value;
      override.newTagSpan = newTag.span;
    }
    if (digest) override.digest = digest.value;
    facts.overrides.push(override);
  }
}
