// Which kind an editor document is, from VS Code's language id, the file name and the text. Pure (no vscode):
// the language id already encodes the user's file associations, so it decides before the name does.
import type { FileKind } from './types';
// The recognizer alone, not the core's index: the context keys sniff documents without loading the core.
import { kindFromName, kindFromYamlContent, kustomizationNamed } from './recognize';

/**
 * Languages Layer Lens answers for. VS Code gives `dockerfile` to Dockerfile, Containerfile, `Dockerfile.*`,
 * `*.dockerfile`; `dockercompose` to `compose*.y*ml` and `*docker*compose*.y*ml`; `yaml` to other YAML (stack files,
 * manifests); the Kubernetes extension gives `helm` to chart templates.
 */
export const LANGUAGE_IDS = ['dockerfile', 'dockercompose', 'yaml', 'helm'] as const;

export function isSupportedLanguage(languageId: string): boolean {
  return (LANGUAGE_IDS as readonly string[]).includes(languageId);
}

/** The kind of a document, or 'unknown' for languages and YAML that Layer Lens does not read. */
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
      return 'unknown';
  }
}
