// Which kind an editor document is, from VS Code's language id, the file name and the text. Pure (no vscode):
// the language id already encodes the user's file associations, so it decides before the name does.
import type { FileKind } from './types';
// The recognizer alone, not the core's index: the context keys sniff documents without loading the core.
import { kindFromName, kindFromYamlContent, kustomizationNamed, looksLikeJsonPatch } from './recognize';

/**
 * Languages Layer Lens answers for. VS Code gives `dockerfile` to Dockerfile, Containerfile, `Dockerfile.*`,
 * `*.dockerfile`; `dockercompose` to `compose*.y*ml` and `*docker*compose*.y*ml`; `yaml` to other YAML (stack files,
 * manifests); the Kubernetes extension gives `helm` to chart templates.
 */
export const LANGUAGE_IDS = ['dockerfile', 'dockercompose', 'yaml', 'helm'] as const;

/**
 * VS Code's language for `.json` files, read only when the file is a JSON 6902 patch (kustomize reads `.json` patch
 * files). Most JSON is something else (package.json, lock files), so its head decides before anything is parsed.
 * Not `jsonc`: VS Code gives that to settings.json, tsconfig.json and the like, not to a `.json` patch.
 */
export const PATCH_LANGUAGE_IDS = ['json'] as const;

/** How much of a JSON document's head is read to tell a patch (`looksLikeJsonPatch` looks at its first 2 KB). */
export const PATCH_SNIFF_CHARS = 4096;

export function isPatchLanguage(languageId: string): boolean {
  return (PATCH_LANGUAGE_IDS as readonly string[]).includes(languageId);
}

export function isSupportedLanguage(languageId: string): boolean {
  return (LANGUAGE_IDS as readonly string[]).includes(languageId) || isPatchLanguage(languageId);
}

/**
 * Whether a document of this kind may be a patch that a kustomization names, so the kustomization is looked for:
 * a JSON 6902 patch (for its target), a file that is nothing else, but of JSON only a top-level list — never
 * package.json and the like.
 */
export function mayBeNamedPatch(languageId: string, kind: FileKind, text: string): boolean {
  if (kind !== 'unknown') return kind === 'json-patch';
  return !isPatchLanguage(languageId) || /^\uFEFF?\s*\[/.test(text);
}

/**
 * The kind of a document, or 'unknown' for languages, YAML and JSON that Layer Lens does not read. For JSON the first
 * `PATCH_SNIFF_CHARS` of the text are enough.
 */
export function documentKind(languageId: string, fileName: string, text: string): FileKind {
  switch (languageId) {
    case 'dockerfile':
      return 'dockerfile';
    case 'dockercompose':
    case 'yaml':
    case 'helm': {
      if (kindFromName(fileName) === 'kustomization') return kustomizationNamed(text);
      const byContent = kindFromYamlContent(text);
      // A manifest saved under a Compose-like name (kompose output) is still a manifest.
      if (byContent === 'kubernetes') return byContent;
      if (languageId === 'dockercompose' || kindFromName(fileName) === 'compose') return 'compose';
      return byContent;
    }
    default:
      return isPatchLanguage(languageId) && looksLikeJsonPatch(text) ? 'json-patch' : 'unknown';
  }
}
