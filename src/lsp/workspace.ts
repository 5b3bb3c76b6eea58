// The workspace image index as a language server sees it: files on disk under the client's workspace folders,
// overlaid with the text of the documents the client has open (unsaved edits win over the disk).
import { ImageIndex, isImageSource } from '../core/images';
import { toKey } from '../cli/image-index';
import { readText } from '../cli/read';
import { walk } from '../cli/walk';

export class Workspace {
  readonly index = new ImageIndex();
  /** Keys of the files the client has open: the disk does not overwrite them. */
  private readonly open = new Set<string>();

  /** Reads every image source under the folders; unreadable files are left out, as `check` leaves them. */
  scan(folders: readonly string[]): void {
    for (const found of walk(folders, (_name, path) => isImageSource(toKey(path)))) {
      if (found.type === 'file') this.fromDisk(toKey(found.path));
    }
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

  /** A watched file changed, appeared or went away on disk (`workspace/didChangeWatchedFiles`). */
  changedOnDisk(key: string): void {
    if (!this.open.has(key)) this.fromDisk(key);
  }

  private fromDisk(key: string): void {
    if (!isImageSource(key)) return;
    const read = readText(key);
    if (read.ok && read.text !== undefined) this.index.update(key, read.text);
    else this.index.remove(key);
  }
}
