// The peers, driven in-process through their own APIs: dockerfile-language-service's hover, and
// yaml-language-server's hover with the Kubernetes schema stored in bench/schemas (never the network).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const here = fileURLToPath(new URL('.', import.meta.url));

export const KUBERNETES_SCHEMA_FILE = `${here}schemas/kubernetes-1.13.json`;
const SCHEMA_URI = 'file:///layer-lens/bench/schemas/kubernetes-1.13.json';

const { TextDocument } = require('vscode-languageserver-textdocument');
export { TextDocument };

/** dockerfile-language-service: `computeHover(content, position)` parses the content on every call. */
export function dockerfilePeer() {
  const { DockerfileLanguageServiceFactory } = require('dockerfile-language-service');
  const service = DockerfileLanguageServiceFactory.createLanguageService();
  service.setCapabilities({ hover: { contentFormat: ['markdown'] } }); // as VS Code asks for it
  return { hover: (content, position) => service.computeHover(content, position) };
}

/**
 * yaml-language-server's language service with one schema for `*.yaml`. Its hover reuses the parsed YAML of a
 * document while the document's version is unchanged (its own cache, keyed by URI and version), then matches
 * the schema at the position and renders the description.
 */
export function yamlPeer() {
  const { getLanguageService } = require('yaml-language-server/lib/umd/languageservice/yamlLanguageService');
  const schemaText = readFileSync(KUBERNETES_SCHEMA_FILE, 'utf8');
  const service = getLanguageService({
    schemaRequestService: async (uri) => {
      if (uri === SCHEMA_URI) return schemaText;
      throw new Error(`the benchmark has no network: ${uri}`);
    },
    workspaceContext: { resolveRelativePath: (path, resource) => new URL(path, resource).toString() },
  });
  service.configure({
    hover: true,
    validate: false,
    completion: false,
    hoverSchemaSource: false,
    schemas: [{ uri: SCHEMA_URI, fileMatch: ['*.yaml', '*.yml'] }],
  });
  return { hover: (document, position) => service.doHover(document, position) };
}
