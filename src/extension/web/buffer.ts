// The one Node global a dependency of the core uses: dockerfile-ast 0.7.1 tests a Dockerfile's first character for
// a byte order mark with `Buffer.from(char, "UTF-8")`, on every parse. A web worker has no Buffer, so the web
// bundle (scripts/build.mjs, buildWeb) injects this instead: UTF-8 bytes from TextEncoder, which both have.
// Any other use fails loudly rather than returning wrong bytes.
export const Buffer = {
  from(value: unknown, encoding: string = 'utf-8'): Uint8Array {
    if (typeof value !== 'string' || !/^utf-?8$/i.test(encoding)) {
      throw new Error(`Layer Lens (web): Buffer.from supports only a string as UTF-8, not ${typeof value} as ${encoding}`);
    }
    return new TextEncoder().encode(value);
  },
};
