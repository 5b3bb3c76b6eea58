// What the `layerLens.*` settings mean, for every adapter that reads them: VS Code reads them with its
// configuration API, the language server from what its client sends. Each adapter supplies `get` (a setting's
// value by its name under `layerLens`, or the fallback); the meaning lives here once. Small and import-light: the
// extension loads it at activation.
import { SEVERITIES, type FileKind, type Severity } from './types';

/** A setting's value by its name under `layerLens` (`hover.detail`), or `fallback` when it is not set. */
export type SettingGet = <T>(name: string, fallback: T) => T;

/** The hover settings, read once per hover. */
export interface HoverSettings {
  /** The master switch (`hover.enabled`). */
  enabled: boolean;
  /** The per-kind switch (`hover.dockerfile`, `hover.compose`, `hover.kubernetes`); never on for a kind Layer Lens does not read. */
  forKind(kind: FileKind): boolean;
  /** `hover.detail` is not `brief`. */
  detailed: boolean;
  /** `hover.showLinks`: the guide and Explain links. */
  links: boolean;
}

/** Kustomizations and their patches are Kubernetes configuration: `layerLens.hover.kubernetes` switches them too. */
function settingKind(kind: FileKind): FileKind {
  return kind === 'kustomization' || kind === 'json-patch' ? 'kubernetes' : kind;
}

export function hoverSettingsFrom(get: SettingGet): HoverSettings {
  return {
    enabled: get<boolean>('hover.enabled', true) !== false,
    forKind: (kind) => kind !== 'unknown' && get<boolean>(`hover.${settingKind(kind)}`, true) !== false,
    detailed: get<string>('hover.detail', 'detailed') !== 'brief',
    links: get<boolean>('hover.showLinks', true) !== false,
  };
}

/** `maxFileSizeKB` in bytes: whole kilobytes, at least one. */
export function maxBytesFrom(get: SettingGet): number {
  const kb = get<number>('maxFileSizeKB', 4096);
  return Math.max(1, Math.floor(typeof kb === 'number' && Number.isFinite(kb) ? kb : 4096)) * 1024;
}

/** `images.maxFiles`: the most files the workspace image index reads (0 turns it off). */
export function maxIndexedFilesFrom(get: SettingGet): number {
  const n = get<number>('images.maxFiles', 5000);
  return typeof n === 'number' && Number.isFinite(n) && n >= 0 ? Math.floor(n) : 5000;
}

/** A finding's severity as the user set its rule, or undefined when the rule is off. */
export type SeverityOf = (rule: string, severity: Severity) => Severity | undefined;

/** What a rule's setting may hold: its own severity, or "off" to silence it. Absent: the severity the rule gives. */
const LEVELS: readonly string[] = ['off', ...SEVERITIES];

/** `rules`: one level per rule id, read once for all of a document's findings; anything else leaves the rule as it is. */
export function ruleSeveritiesFrom(get: SettingGet): SeverityOf {
  const rules = get<unknown>('rules', {});
  const levels = rules !== null && typeof rules === 'object' ? (rules as Record<string, unknown>) : {};
  return (rule, severity) => {
    const level = Object.hasOwn(levels, rule) ? levels[rule] : undefined;
    if (typeof level !== 'string' || !LEVELS.includes(level)) return severity;
    return level === 'off' ? undefined : (level as Severity);
  };
}
