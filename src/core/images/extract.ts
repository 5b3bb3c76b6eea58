// One file's contribution to the image index: pick the reader by name and content, parse once with the
// core's parsers, and hand back plain facts. Never throws: a file that cannot be read contributes nothing.
import type { Analysis } from '../analyze';
import { parseDockerfile } from '../dockerfile/model';
import { kindFromName, recognise } from '../recognise';
import { LineIndex } from '../text';
import { parseYaml, type YamlFile } from '../yaml/parse';
import { emptyFacts, type FileFacts, type SourceKind } from './model';
import { bakeFacts, isBakeFile } from './sources/bake';
import { cloudBuildFacts, gitlabFacts, isCloudBuild, isGitlabCi, isWorkflowFile, workflowFacts } from './sources/ci';
import { composeFacts, isStackFile } from './sources/compose';
import { kubernetesRuns } from './sources/kubernetes';
import { isKustomizationFile, kustomizeFacts } from './sources/kustomize';
import { isMakefile, isPackageJson, isShellScript, makefileFacts, packageJsonFacts, scriptFacts } from './sources/scripts';
import { isSkaffoldDoc, skaffoldFacts } from './sources/skaffold';
import { stringAt } from './yaml-text';

const MAX_BYTES = 2 * 1024 * 1024;

/** Files worth feeding the index: the caller can skip reading everything else. */
export function isImageSource(path: string): boolean {
  return (
    kindFromName(path) === 'dockerfile' ||
    /\.ya?ml$/i.test(path) ||
    isShellScript(path) ||
    isMakefile(path) ||
    isPackageJson(path) ||
    isBakeFile(path)
  );
}

/** What `path` builds and runs. `analysis`, when the caller has one for this text, saves a parse. */
export function extractFacts(path: string, text: string, analysis?: Analysis): FileFacts {
  if (text.length > MAX_BYTES || text.slice(0, 8192).includes('\u0000')) return emptyFacts(path, text, 'other');
  try {
    return read(path, text, analysis);
  } catch {
    // A reader bug must not take the index down; the file simply contributes nothing.
    return emptyFacts(path, text, 'other');
  }
}

function read(path: string, text: string, analysis?: Analysis): FileFacts {
  if (kindFromName(path) === 'dockerfile') {
    const facts = emptyFacts(path, text, 'dockerfile');
    facts.dockerfile = analysis?.dockerfile ?? parseDockerfile(text, analysis?.lines ?? new LineIndex(text));
    return facts;
  }
  const simple: [(p: string) => boolean, SourceKind, (f: FileFacts) => void][] = [
    [isShellScript, 'script', scriptFacts],
    [isMakefile, 'makefile', makefileFacts],
  ];
  for (const [test, kind, fill] of simple) {
    if (test(path)) {
      const facts = emptyFacts(path, text, kind);
      fill(facts);
      return facts;
    }
  }
  if (isPackageJson(path)) {
    const facts = emptyFacts(path, text, 'npm');
    packageJsonFacts(parseYaml(text), facts);
    return facts;
  }
  if (isBakeFile(path)) {
    const facts = emptyFacts(path, text, 'bake');
    bakeFacts(facts, /\.json$/i.test(path) ? parseYaml(text).docs[0] : undefined);
    return facts;
  }
  if (!/\.ya?ml$/i.test(path)) return emptyFacts(path, text, 'other');
  return readYaml(path, text, analysis?.yaml ?? parseYaml(text), analysis?.kind);
}

function readYaml(path: string, text: string, yaml: YamlFile, known?: string): FileFacts {
  const byName: [(p: string) => boolean, SourceKind][] = [
    [isWorkflowFile, 'workflow'],
    [isGitlabCi, 'gitlab'],
    [isCloudBuild, 'cloudbuild'],
    [isKustomizationFile, 'kustomize'],
  ];
  const named = byName.find(([test]) => test(path))?.[1];
  const kind = named ?? (known === 'compose' || known === 'kubernetes' ? known : recognise(path, text));
  const facts = emptyFacts(path, text, kind === 'compose' && isStackFile(path) ? 'stack' : (kind as SourceKind));
  if (kind === 'unknown') facts.kind = 'other';
  for (const doc of yaml.docs) {
    if (named === 'workflow') workflowFacts(doc, text, facts);
    else if (named === 'gitlab') gitlabFacts(doc, text, facts);
    else if (named === 'cloudbuild') cloudBuildFacts(doc, text, facts);
    else if (named === 'kustomize') kustomizeFacts(doc, text, facts);
    else if (kind === 'compose') composeFacts(doc, text, facts);
    else if (kind === 'kubernetes') {
      const docKind = stringAt(doc.contents, 'kind', text)?.value;
      if (isSkaffoldDoc(doc, text)) {
        facts.kind = 'skaffold';
        skaffoldFacts(doc, text, facts);
      } else if (docKind === 'Kustomization' || docKind === 'Component') kustomizeFacts(doc, text, facts);
      else kubernetesRuns(doc, text, path, facts.runs);
    }
  }
  return facts;
}
