// Paths → the files to explain. Folders are searched recursively for names that could be a Dockerfile,
// Compose file or YAML manifest; a file named explicitly is always taken, whatever its name.
import { readdirSync, realpathSync, statSync, type Dirent } from 'node:fs';
import { join } from 'node:path';
import { kindFromName, mayBeYaml } from '../core/recognize';

export type Found =
  | { type: 'file'; path: string; explicit: boolean }
  /** A path that could not be looked at: missing, no permission, an unreadable folder. */
  | { type: 'error'; path: string; message: string };

/** Folders never worth entering: dependencies and version-control internals. */
const SKIP_DIRS = new Set(['node_modules', '.git']);

export function isCandidateName(name: string): boolean {
  return kindFromName(name) !== undefined || mayBeYaml(name);
}

/** Which files inside folders a command reads: `name` is the file name, `path` the path as walked. */
export type Accept = (name: string, path: string) => boolean;

/**
 * Files under each path in order; folders sorted by name so output is stable. Lazy: big trees stream.
 * Inside folders only files `accept` takes are yielded (explain: Dockerfiles, Compose and YAML by name).
 */
export function* walk(paths: readonly string[], accept: Accept = isCandidateName): Generator<Found> {
  // Real paths of folders entered: a symlink back up the tree (or to a folder seen already) is not re-read.
  const seen = new Set<string>();
  for (const path of paths) {
    let stat;
    try {
      stat = statSync(path);
    } catch (err) {
      yield { type: 'error', path, message: describe(err) };
      continue;
    }
    if (stat.isDirectory()) yield* walkDir(path, seen, accept);
    else if (stat.isFile()) yield { type: 'file', path, explicit: true };
    else yield { type: 'error', path, message: 'not a regular file or folder' };
  }
}

function* walkDir(dir: string, seen: Set<string>, accept: Accept): Generator<Found> {
  let entries: Dirent[];
  try {
    const real = realpathSync(dir);
    if (seen.has(real)) return;
    seen.add(real);
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (err) {
    yield { type: 'error', path: dir, message: describe(err) };
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const path = join(dir, entry.name);
    let isDir = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      try {
        const target = statSync(path);
        isDir = target.isDirectory();
        isFile = target.isFile();
      } catch {
        continue; // a dangling link inside a folder is not something the user asked for
      }
    }
    if (isDir) {
      if (!SKIP_DIRS.has(entry.name)) yield* walkDir(path, seen, accept);
    } else if (isFile && accept(entry.name, path)) {
      yield { type: 'file', path, explicit: false };
    }
  }
}

/** "no such file or directory" rather than a stack-shaped Node error. */
export function describe(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  switch (e?.code) {
    case 'ENOENT':
      return 'no such file or folder';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ENOTDIR':
      return 'not a folder';
    case 'EISDIR':
      return 'is a folder';
    case 'ELOOP':
      return 'too many levels of symbolic links';
    default:
      return e?.message ?? String(err);
  }
}
