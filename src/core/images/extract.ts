// One file's contribution to the image index: pick the reader by name and content, parse once with the
// core's parsers, and hand back plain facts. Never throws: a file that cannot be read contributes nothing.
import type { Document } from 'yaml';
import type { ClassifiedFile } from '../classify-file';
import { parseDockerfile } from '../dockerfile/model';
import { kindFromName, mayBeYaml, recognize } from '../recognize';
import { LineIndex } from '../text';
import { primeComposeSpecs } from '../runners/file-specs';
import { kubeDocument } from '../runners/kube-specs';
import type { FileKind } from '../types';
import { outlineOf } from '../yaml/outline';
import { parseYaml, type YamlFile } from '../yaml/parse';
import { emptyFacts, type FileFacts, type RunDecl, type SourceKind } from './model';
import { bakeFacts, isBakeFile } from './sources/bake';
import { cloudBuildFacts, gitlabFacts, isCloudBuild, isGitlabCi, isWorkflowFile, workflowFacts } from './sources/ci';
import { composeFacts, isStackFile } from './sources/compose';
import { kubernetesRuns } from './sources/kubernetes';
import { rememberStream, updateStream } from './sources/kubernetes-stream';
import { isKustomizationFile, kustomizeFacts } from './sources/kustomize';
import { isMakefile, isPackageJson, isShellScript, makefileFacts, packageJsonFacts, scriptFacts } from './sources/scripts';
import { isSkaffoldDoc, skaffoldFacts } from './sources/skaffold';
import { stringAt } from './yaml-text';

const MAX_BYTES = 2 * 1024 * 1024;

/** Files worth feeding the index: the caller can skip reading everything else. */
export function isImageSource(path: string): boolean {
  return (
    kindFromName(path) === 'dockerfile' ||
    mayBeYaml(path) ||
    isShellScript(path) ||
    isMakefile(path) ||
    isPackageJson(path) ||
    isBakeFile(path)
  );
}

/**
 * What `path` builds and runs. `analysis`, when the caller has one for this text, saves parsing a Dockerfile and
 * tells a YAML file's kind (an analysis keeps no YAML node trees, so YAML is parsed here). `previous`, the facts of
 * the file's text before, lets a manifest re-read only the documents that changed (it is consumed).
 */
export function extractFacts(path: string, text: string, analysis?: ClassifiedFile, previous?: FileFacts): FileFacts {
  if (text.length > MAX_BYTES || text.slice(0, 8192).includes('\u0000')) return emptyFacts(path, text, 'other');
  try {
    return read(path, text, analysis, previous);
  } catch {
    // A reader bug must not take the index down; the file simply contributes nothing.
    return emptyFacts(path, text, 'other');
  }
}

function read(path: string, text: string, analysis?: ClassifiedFile, previous?: FileFacts): FileFacts {
  if (kindFromName(path) === 'dockerfile') {
    const facts = emptyFacts(path, text, 'dockerfile');
    facts.dockerfile = analysis?.dockerfile ?? parseDockerfile(text, analysis?.lines ?? new LineIndex(text));
    return facts;
  }
  if (isShellScript(path)) return filled(path, text, 'script', scriptFacts);
  if (isMakefile(path)) return filled(path, text, 'makefile', makefileFacts);
  if (isPackageJson(path)) return filled(path, text, 'npm', (facts) => packageJsonFacts(parseYaml(text), facts));
  if (isBakeFile(path)) return filled(path, text, 'bake', (facts) => bakeFacts(facts, /\.json$/i.test(path) ? parseYaml(text).docs[0] : undefined));
  if (!mayBeYaml(path)) return emptyFacts(path, text, 'other');
  const named = BY_NAME.find(([test]) => test(path));
  if (named) {
    const yaml = parseYaml(text);
    return filled(path, text, named[1], (facts) => yaml.docs.forEach((doc) => named[2](doc, text, facts)));
  }
  const kind = analysis?.kind === 'compose' || analysis?.kind === 'kubernetes' ? analysis.kind : recognize(path, text);
  const updated = kind === 'kubernetes' && previous ? updateStream(previous, path, text) : undefined;
  if (updated) return updated;
  // A parse of this very text: the runner model reads its specs from it now rather than parse the file again.
  const yaml = parseYaml(text);
  const facts = readYaml(path, text, yaml, kind);
  primeComposeSpecs(facts, yaml.docs);
  return facts;
}

function filled(path: string, text: string, kind: SourceKind, fill: (facts: FileFacts) => void): FileFacts {
  const facts = emptyFacts(path, text, kind);
  fill(facts);
  return facts;
}

type DocReader = (doc: Document.Parsed, text: string, facts: FileFacts) => void;

/** YAML files whose name says what they are, whatever their content looks like. */
const BY_NAME: [(path: string) => boolean, SourceKind, DocReader][] = [
  [isWorkflowFile, 'workflow', workflowFacts],
  [isGitlabCi, 'gitlab', gitlabFacts],
  [isCloudBuild, 'cloudbuild', cloudBuildFacts],
  [isKustomizationFile, 'kustomize', kustomizeFacts],
];

/** A YAML file of `kind` (as recognized, or the analysis' kind). */
function readYaml(path: string, text: string, yaml: YamlFile, kind: FileKind): FileFacts {
  if (kind === 'compose') {
    return filled(path, text, isStackFile(path) ? 'stack' : 'compose', (facts) => yaml.docs.forEach((doc) => composeFacts(doc, text, facts)));
  }
  // A kustomization under another name is read below, by its documents' kind, as before it had a kind of its own.
  if (kind !== 'kubernetes' && kind !== 'kustomization') return emptyFacts(path, text, 'other');
  const facts = emptyFacts(path, text, 'kubernetes');
  // The runs of each document, kept while every document only runs images, so an edit re-reads only its own.
  const perDocument: RunDecl[][] = [];
  for (const doc of yaml.docs) {
    const docKind = stringAt(doc.contents, 'kind', text)?.value;
    if (isSkaffoldDoc(doc, text)) {
      facts.kind = 'skaffold';
      skaffoldFacts(doc, text, facts);
    } else if (docKind === 'Kustomization' || docKind === 'Component') kustomizeFacts(doc, text, facts);
    else {
      const runs: RunDecl[] = [];
      kubernetesRuns(doc, text, path, runs);
      facts.runs.push(...runs);
      perDocument.push(runs);
    }
  }
  if (facts.kind === 'kubernetes') rememberStream(facts, outlineOf(yaml), perDocument, yaml.docs.map((doc) => kubeDocument(path, text, doc)));
  return facts;
}
