// The `layerLens.*` settings as the language server receives them: the `layerLens` section a client answers to
// `workspace/configuration`, sends in `workspace/didChangeConfiguration`, or gives at start as
// `initializationOptions.layerLens`. Names and defaults are package.json's `contributes.configuration`, the
// declaration VS Code reads; what each value means is src/core/settings.ts, as in the extension.
import { contributes } from '../../package.json';
import {
  hoverSettingsFrom,
  maxBytesFrom,
  maxIndexedFilesFrom,
  ruleSeveritiesFrom,
  type HoverSettings,
  type SettingGet,
  type SeverityOf,
} from '../core/settings';

export const SECTION = 'layerLens';

/** Each declared setting's default, by its name under `layerLens` (`hover.detail` → `detailed`). */
export const DEFAULTS: ReadonlyMap<string, unknown> = new Map(
  Object.entries(contributes.configuration.properties).map(([name, p]) => [name.slice(SECTION.length + 1), p.default]),
);

/** A plain JSON object, or undefined. */
function objectOr(value: unknown): Record<string, unknown> | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

/**
 * The value at `hover.detail` in a section: nested (`{ hover: { detail } }`, as Neovim, Helix, eglot and Zed
 * send it) or under the dotted name (as VS Code's settings.json writes it).
 */
function lookup(section: Record<string, unknown>, name: string): unknown {
  if (Object.hasOwn(section, name)) return section[name];
  let at: unknown = section;
  for (const part of name.split('.')) {
    const o = objectOr(at);
    if (!o || !Object.hasOwn(o, part)) return undefined;
    at = o[part];
  }
  return at;
}

export class ServerSettings {
  readonly hover: HoverSettings;
  /** `maxFileSizeKB` in bytes: larger documents get no hover and stay out of the image index. */
  readonly maxBytes: number;
  /** `images.maxFiles`: the most files read from the workspace folders. */
  readonly maxFiles: number;
  /** `rules`: each finding's severity as the user set its rule, or undefined when the rule is off. */
  readonly severityOf: SeverityOf;
  private readonly section: Record<string, unknown>;

  /** `section`: the client's `layerLens` object; anything else (null, a string) means every default. */
  constructor(section?: unknown) {
    this.section = objectOr(section) ?? {};
    const get = this.get;
    this.hover = hoverSettingsFrom(get);
    this.maxBytes = maxBytesFrom(get);
    this.maxFiles = maxIndexedFilesFrom(get);
    this.severityOf = ruleSeveritiesFrom(get);
  }

  /** A value of the declared type, else the declared default (a wrong type is ignored, as VS Code ignores it). */
  readonly get: SettingGet = <T>(name: string, fallback: T): T => {
    const declared = DEFAULTS.has(name) ? DEFAULTS.get(name) : fallback;
    const value = lookup(this.section, name);
    const sameType = typeof value === typeof declared && (objectOr(declared) === undefined || objectOr(value) !== undefined);
    return (value !== undefined && sameType ? value : declared) as T;
  };
}

/**
 * The section to read: the one the client sent (`workspace/configuration`, `workspace/didChangeConfiguration`),
 * else `initializationOptions.layerLens`; the older `initializationOptions.maxFiles` counts as `images.maxFiles`
 * where that is not set.
 */
export function sectionOf(sent: unknown, initializationOptions: unknown): Record<string, unknown> {
  const init = objectOr(initializationOptions) ?? {};
  const section = { ...(objectOr(sent) ?? objectOr(init[SECTION]) ?? {}) };
  if (typeof init.maxFiles === 'number' && lookup(section, 'images.maxFiles') === undefined) section['images.maxFiles'] = init.maxFiles;
  return section;
}
