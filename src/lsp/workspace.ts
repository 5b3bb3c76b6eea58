// The workspace image index as a language server sees it: files on disk under the client's workspace folders,
// overlaid with the text of the documents the client has open (unsaved edits win over the disk).
import { ImageIndex, isImageSource } from '../core/images';
import { toKey } from '../cli/image-index';
import { readText } from '../cli/read';
import { walk } from '../cli/walk';

/** Files the first scan reads at most, as the extension's `layerLens.images.maxFiles` default. */
export const MAX_FILES = 5000;

export class Workspace {
  readonly index = new ImageIndex();
  /** Keys of the files the client has open: the disk does not overwrite them. */
  private readonly open = new Set<string>();

  /**
   * Reads the image sources under the folders, up to `maxFiles`; unreadable files are left out, as `check` leaves
   * them. Returns how many were read and whether the limit cut the scan short.
   */
  scan(folders: readonly string[], maxFiles = MAX_FILES): { files: number; truncated: boolean } {
    let files = 0;
    for (const found of walk(folders, (_name, path) => isImageSource(toKey(path)))) {
      if (found.type !== 'file') continue;
      if (files === maxFiles) return { files, truncated: true };
      this.fromDisk(toKey(found.path));
      files++;
    }
    return { files, truncated: false };
  }

  /** The client's text of an open document. */
  opened(key: string, text: string): void {
    this.open.add(key);
    if (isImageSource(key)) this.index.update(key, text);
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
    const under = `${key}/`;
    for (const path of this.index.paths()) {
      if ((path === key || path.startsWith(under)) && !this.open.has(path)) this.index.remove(path);
    }
  }

  private fromDisk(key: string): void {
    if (!isImageSource(key)) return;
    const read = readText(key);
    if (read.ok && read.text !== undefined) this.index.update(key, read.text);
    else this.index.remove(key);
  }
}
