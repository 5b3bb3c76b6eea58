// Where a patch file's kustomization is: JSON 6902 operations only make sense against the object their
// kustomization targets, so for each file the CLI looks for a kustomization in its folder and the folders above
// (kustomize lets a kustomization name patches below it) that names the file, and passes the target on.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { patchFileRefs, type PatchFileRef } from '../core';
import { KUSTOMIZATION_FILE_NAMES, PATCH_LEVELS_UP } from '../core/recognize';


export class PatchRefs {
  /** Folder → the patch refs of its kustomization, resolved to absolute paths (empty when it has none). */
  private readonly byFolder = new Map<string, Map<string, PatchFileRef>>();

  /** The ref a nearby kustomization makes to `path`, if one does. */
  refTo(path: string): PatchFileRef | undefined {
    const file = resolve(path);
    let folder = dirname(file);
    for (let level = 0; level <= PATCH_LEVELS_UP; level++) {
      const ref = this.refsIn(folder).get(file);
      if (ref) return ref;
      const up = dirname(folder);
      if (up === folder) break;
      folder = up;
    }
    return undefined;
  }

  private refsIn(folder: string): Map<string, PatchFileRef> {
    let refs = this.byFolder.get(folder);
    if (refs) return refs;
    refs = new Map();
    for (const name of KUSTOMIZATION_FILE_NAMES) {
      let text: string;
      try {
        text = readFileSync(join(folder, name), 'utf8');
      } catch {
        continue;
      }
      for (const ref of patchFileRefs(text)) refs.set(resolve(folder, ref.path), ref);
      break;
    }
    this.byFolder.set(folder, refs);
    return refs;
  }
}
