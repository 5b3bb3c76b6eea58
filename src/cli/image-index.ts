// Reading the given PATHs into an image index: what `check` and `compare` both need before they say anything
// (a finding or a comparison in one file depends on the others). Unreadable paths are reported, not fatal.
import { normalize, sep } from 'node:path';
import { ImageIndex, isImageSource } from '../core/images';
import type { Io } from './io';
import { readText } from './read';
import { walk } from './walk';

export async function indexPaths(paths: string[], io: Io): Promise<{ index: ImageIndex; unreadable: boolean }> {
  const index = new ImageIndex();
  let unreadable = false;
  for (const found of walk(paths, (_name, path) => isImageSource(toKey(path)))) {
    if (found.type === 'error') {
      unreadable = true;
      await io.stderr.write(`layer-lens: ${found.path}: ${found.message}\n`);
      continue;
    }
    const key = toKey(found.path);
    const read = readText(found.path);
    if (!read.ok) {
      unreadable = true;
      await io.stderr.write(`layer-lens: ${found.path}: ${read.message}\n`);
    } else if (read.text === undefined) {
      if (found.explicit) await io.stderr.write(`layer-lens: ${found.path}: ${read.skipped}\n`);
    } else if (!isImageSource(key)) {
      await io.stderr.write(`layer-lens: ${found.path}: not a Dockerfile, YAML file, build script or Bake file; skipped\n`);
    } else {
      index.update(key, read.text);
    }
  }
  return { index, unreadable };
}

/** The index's key for a walked path: '/'-separated, as the core's path arithmetic expects. */
export function toKey(path: string): string {
  const clean = normalize(path);
  return sep === '/' ? clean : clean.split(sep).join('/');
}
