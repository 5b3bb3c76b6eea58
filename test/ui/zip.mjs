// The entries of a zip file (a .vsix is one) from its central directory, and the bytes of any one of them: enough
// to check what a package holds without `unzip` or a dependency. No Zip64 (a .vsix is far below 4 GB).
import { readFileSync } from 'node:fs';
import { inflateRawSync } from 'node:zlib';

const EOCD = 0x06054b50; // end of central directory record
const CENTRAL = 0x02014b50; // central directory file header
const LOCAL = 0x04034b50; // local file header

/** { entries: [{ name, size, compressedSize, method }], read(name) → Buffer | undefined } for the zip at path. */
export function readZip(path) {
  const buf = readFileSync(path);
  // The record is the last 22 bytes, unless a comment (at most 65535 bytes) follows it: search backwards.
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 0xffff); i--) {
    if (buf.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error(`${path} is not a zip file (no end of central directory record)`);
  const count = buf.readUInt16LE(eocd + 10);
  let at = buf.readUInt32LE(eocd + 16);
  const entries = [];
  const offsets = new Map();
  for (let i = 0; i < count; i++) {
    if (buf.readUInt32LE(at) !== CENTRAL) throw new Error(`${path}: bad central directory entry ${i}`);
    const nameLength = buf.readUInt16LE(at + 28);
    const name = buf.toString('utf8', at + 46, at + 46 + nameLength);
    entries.push({
      name,
      method: buf.readUInt16LE(at + 10),
      compressedSize: buf.readUInt32LE(at + 20),
      size: buf.readUInt32LE(at + 24),
    });
    offsets.set(name, buf.readUInt32LE(at + 42));
    at += 46 + nameLength + buf.readUInt16LE(at + 30) + buf.readUInt16LE(at + 32);
  }

  function read(name) {
    const entry = entries.find((e) => e.name === name);
    if (!entry) return undefined;
    const local = offsets.get(name);
    if (buf.readUInt32LE(local) !== LOCAL) throw new Error(`${path}: bad local header for ${name}`);
    // The local header's own name and extra lengths can differ from the central directory's.
    const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    const raw = buf.subarray(start, start + entry.compressedSize);
    if (entry.method === 0) return Buffer.from(raw);
    if (entry.method === 8) return inflateRawSync(raw);
    throw new Error(`${path}: ${name} uses compression method ${entry.method} (only stored and deflate are read)`);
  }
  return { entries, read };
}
