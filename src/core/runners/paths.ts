// Path arithmetic for runners: which files belong to one project, and how a message names another file briefly.
import { dirName } from '../images/paths';

/**
 * Two files of one project, as far as paths tell: one is in the folder of the other or below it
 * (`compose.yaml` and `k8s/api.yaml`, `deploy/app/web.yaml` and `deploy/app/hpa/hpa.yaml`). Two repositories
 * side by side (`repos/a/compose.yaml`, `repos/b/k8s.yaml`) are not; neither, by this test, are `docker/` and
 * `k8s/` folders of one repository: then the runners are not compared (say less rather than mix projects).
 */
export function nearby(a: string, b: string): boolean {
  const da = dirName(a);
  const db = dirName(b);
  const common = commonFolder(da, db);
  return common === da || common === db;
}

/**
 * `to` as a message written in `from` names it: below the folder both share (`api/Dockerfile` from
 * `k8s/api.yaml`), so the editor's absolute paths and the CLI's relative ones read the same.
 */
export function shortPath(from: string, to: string): string {
  const common = commonFolder(dirName(from), dirName(to));
  return common === '' || common === '/' ? to : to.slice(common.length + 1);
}

function commonFolder(a: string, b: string): string {
  const x = a.split('/');
  const y = b.split('/');
  let i = 0;
  while (i < x.length && i < y.length && x[i] === y[i]) i++;
  return x.slice(0, i).join('/');
}
