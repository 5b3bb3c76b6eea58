// The workspace image index as a language server sees it: files on disk under the client's workspace folders,
// overlaid with the text of the documents the client has open (unsaved edits win over the disk).
import { DEFAULT_MAX_BYTES } from '../core/classify-file';
import { ImageIndex, isImageSource } from '../core/images';
import { toKey } from '../cli/image-index';
import { readText } from '../cli/read';
import { walk } from '../cli/walk';

/** Files the first scan reads at most, as the extension's `layerLens.images.maxFiles` default. */
export const MAX_FILES = 5000;

/** `key` is `folder` or lies under it (both index keys: absolute, `/`-separated). */
export function isUnder(key: string, folder: string): boolean {
  return key === folder || key.startsWith(folder.endsWith('/') ? folder : `${folder}/`);
}

export class Workspace {
  readonly index = new ImageIndex();
  /** Keys of the files the client has open: the disk does not overwrite them. */
  private readonly open = new Set<string>();
  /** Larger files stay out of the index (`layerLens.maxFileSizeKB`); a change takes a `rescan`. */
  maxBytes = DEFAULT_MAX_BYTES;

  /**
   * Reads the image sources under the folders, up to `maxFiles`; unreadable files are left out, as `check` leaves
   * them. Returns how many were read and whether the limit cut the scan short.
   */
  scan(folders: readonly string[], maxFiles = MAX_FILES): { files: number; truncated: boolean } {
    let files = 0;
    for (const found of walk(folders, (_name, path) => isImageSource(toKey(path)))) {
      if (found.type !== 'file') continue;
      if (files === maxFiles) return { files, truncated: true };
      const key = toKey(found.path);
      if (!this.open.has(key)) this.fromDisk(key);
      files++;
    }
    return { files, truncated: false };
  }

  /** Reads the folders again from scratch, keeping the open documents: after the size or file limit changed. */
  rescan(folders: readonly string[], maxFiles = MAX_FILES): { files: number; truncated: boolean } {
    for (const path of this.index.paths()) if (!this.open.has(path)) this.index.remove(path);
    return this.scan(folders, maxFiles);
  }

  /** Workspace folders added: read within what is left of `maxFiles` after the files already read from disk. */
  addFolders(folders: readonly string[], maxFiles = MAX_FILES): { files: number; truncated: boolean } {
    const fromDisk = this.index.paths().filter((p) => !this.open.has(p)).length;
    return this.scan(folders, Math.max(0, maxFiles - fromDisk));
  }

  /** A workspace folder removed: its files leave the index, but for open documents and files `remaining` folders hold. */
  removeFolder(folder: string, remaining: readonly string[]): void {
    for (const path of this.index.paths()) {
      if (isUnder(path, folder) && !this.open.has(path) && !remaining.some((f) => isUnder(path, f))) this.index.remove(path);
    }
  }

  /** The client's text of an open document; one over the size limit leaves the index. */
  opened(key: string, text: string): void {
    this.open.add(key);
    if (!isImageSource(key)) return;
    if (text.length > this.maxBytes) this.index.remove(key);
    else this.index.update(key, text);
  }

  /** A closed document falls back to what is saved. */
  closed(key: string): void {
    this.open.delete(key);
    this.fromDisk(key);
  }

  /** A watched file or folder changed or appeared on disk (`workspace/didChangeWatchedFiles`): a folder moved in is read whole. */
  changedOnDisk(key: string): void {
    for (const found of walk([key], (_name, path) => isImageSource(toKey(path)))) {
      if (found.type === 'error') this.deletedOnDisk(key); // gone again by the time we look
      else if (!this.open.has(toKey(found.path))) this.fromDisk(toKey(found.path));
    }
  }

  /** A file or folder was deleted: a folder's deletion is reported for the folder alone, so its files go too. */
  deletedOnDisk(key: string): void {
    for (const path of this.index.paths()) {
      if (isUnder(path, key) && !this.open.has(path)) this.index.remove(path);
    }
  }

  private fromDisk(key: string): void {
    if (!isImageSource(key)) return;
    const read = readText(key, this.maxBytes);
    if (read.ok && read.text !== undefined) this.index.update(key, read.text);
    else this.index.remove(key);
  }
}
