// Which files belong to the same project as a Compose file. A workspace may hold several unrelated projects
// (a samples collection, several repositories side by side): evidence about one project's images must come
// from its own manifests, never from a neighbour that happens to use a similar name.
//
// The project of `app/compose.yaml` is its folder `app/` (everything beside and below it), widened to the
// parent folder (`deploy/compose/…` beside `deploy/k8s/…`, `result/docker-compose.test.yml` beside
// `k8s-specifications/`) unless another folder under that parent holds its own Compose file: then the parent
// is a collection of projects (awesome-compose) and each folder stays on its own. A manifest a kustomization
// of the project renders belongs to it too, wherever it lies.
import { dirName, isUnder } from '../paths';
import type { ImageIndex } from '../image-index';

export interface Project {
  contains(path: string): boolean;
}

export function composeProject(composePath: string, index: ImageIndex): Project {
  const folder = dirName(composePath);
  const root = widened(folder, index) ?? folder;
  const inside = (path: string) => isUnder(dirName(path), root);
  const rendered = index.kustomizations().flatMap((k) => (isUnder(k.folder, root) ? k.entries : []));
  return { contains: (path) => inside(path) || rendered.some((entry) => isUnder(path, entry)) };
}

/** The parent folder, when no other project's Compose file lies under it. */
function widened(folder: string, index: ImageIndex): string | undefined {
  const parent = dirName(folder);
  if (parent === folder) return undefined;
  const elsewhere = index.composeFolders().some((other) => isUnder(other, parent) && other !== parent && !isUnder(other, folder));
  return elsewhere ? undefined : parent;
}
