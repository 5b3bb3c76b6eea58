// What the Compare Runners webview may ask of the extension, checked before anything acts on it: the page runs
// workspace text, so a message is data to validate, never an instruction. The only request is to open a file the
// view links to, at a line.
export interface OpenMessage {
  type: 'open';
  /** A path the rendered comparison links to (an image index key). */
  path: string;
  /** 1-based. */
  line: number;
}

/** Lines past this are no line of a file Layer Lens reads (its size limit is 10 MB). */
const MAX_LINE = 10_000_000;

/**
 * The message as an OpenMessage, or undefined when it is anything else: not a plain object, another type, extra
 * keys, a path the view does not link to, a line that is not a positive integer.
 */
export function parseViewMessage(message: unknown, linkedPaths: ReadonlySet<string>): OpenMessage | undefined {
  if (typeof message !== 'object' || message === null || Array.isArray(message)) return undefined;
  const keys = Object.keys(message);
  if (keys.length !== 3 || !['type', 'path', 'line'].every((k) => keys.includes(k))) return undefined;
  const { type, path, line } = message as Record<string, unknown>;
  if (type !== 'open') return undefined;
  if (typeof path !== 'string' || !linkedPaths.has(path)) return undefined;
  if (typeof line !== 'number' || !Number.isInteger(line) || line < 1 || line > MAX_LINE) return undefined;
  return { type, path, line };
}
