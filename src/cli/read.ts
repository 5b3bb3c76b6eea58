// A file's bytes → text the core can analyze, or the reason it cannot be (binary, too large, unreadable).
import { closeSync, openSync, readSync } from 'node:fs';
import { BINARY_REASON, DEFAULT_MAX_BYTES, tooLargeReason } from '../core';
import { describe } from './walk';

export type Read =
  | { ok: true; text: string; warning?: string }
  /** Read, but not text worth analyzing. */
  | { ok: true; text?: undefined; skipped: string }
  /** Could not be read at all: the CLI exits 1. */
  | { ok: false; message: string };

const strict = new TextDecoder('utf-8', { fatal: true });
const lenient = new TextDecoder('utf-8');

export function readText(path: string, maxBytes = DEFAULT_MAX_BYTES): Read {
  let bytes: Buffer;
  try {
    bytes = readAtMost(path, maxBytes);
  } catch (err) {
    return { ok: false, message: describe(err) };
  }
  if (bytes.length > maxBytes) {
    return { ok: true, skipped: tooLargeReason(maxBytes) };
  }
  // Same test as the core's: NUL bytes in the first 8 KB mean binary data.
  if (bytes.subarray(0, 8192).includes(0)) return { ok: true, skipped: BINARY_REASON };
  try {
    return { ok: true, text: strict.decode(bytes) }; // drops a UTF-8 BOM, as editors do
  } catch {
    // Latin-1 comments and the like: explain anyway, with U+FFFD where bytes were not UTF-8.
    return { ok: true, text: lenient.decode(bytes), warning: 'not valid UTF-8; undecodable bytes read as U+FFFD' };
  }
}

/** The file's bytes, but never more than maxBytes + 1: a huge file is known to be too large without reading it all. */
function readAtMost(path: string, maxBytes: number): Buffer {
  const fd = openSync(path, 'r');
  try {
    // Chunks rather than the stat size: pipes and /proc files report size 0.
    const chunks: Buffer[] = [];
    let total = 0;
    while (total <= maxBytes) {
      const chunk = Buffer.allocUnsafe(Math.min(1 << 20, maxBytes + 1 - total));
      const n = readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      chunks.push(chunk.subarray(0, n));
      total += n;
    }
    return Buffer.concat(chunks, total);
  } finally {
    closeSync(fd);
  }
}
