// The one model every feature reads: recognize the kind, parse once, classify every field.
import { classifyDockerfile } from './dockerfile/classify';
import { parseDockerfile, type DockerfileModel } from './dockerfile/model';
import { classifyOperations, type PatchTarget } from './kustomize/json-patch';
import { classifyKustomization } from './kustomize/kustomization';
import { recognize } from './recognize';
import { LineIndex } from './text';
import type { TracedUse, ValueField } from './helm/model';
import { analyzeValues } from './helm/values';
import type { ClassifiedField, FileKind } from './types';
import { classifyDocument } from './yaml/classify';
import { outlineOf, type YamlOutline } from './yaml/outline';
import { parseYaml, type YamlFile } from './yaml/parse';
import { isSeq } from 'yaml';

export interface Problem {
  offset: number;
  message: string;
}

export interface ClassifiedFile {
  path: string;
  kind: FileKind;
  text: string;
  lines: LineIndex;
  /** One per YAML key or Dockerfile instruction, in document order. */
  fields: ClassifiedField[];
  /** Dockerfile flags and directives: hoverable, not part of the field list. */
  extras: ClassifiedField[];
  /** Parse errors: the fields above still cover what parsed. */
  problems: Problem[];
  /** Why the file was not read (binary, too large), when it was not. */
  skipped?: string;
  /** A YAML file's documents: their spans and problems (the node trees are let go once classified). */
  yaml?: YamlOutline;
  dockerfile?: DockerfileModel;
  /** A Helm values file: every key with the manifest fields it feeds (`fields` stays empty). */
  values?: ValueField[];
}

export interface ClassifyFileOptions {
  /** The kind when the caller already knows it (an editor's language id); otherwise recognized. */
  kind?: FileKind;
  /** Larger texts are not parsed (default 10 MB). */
  maxBytes?: number;
  /** For a JSON 6902 patch file: the object its kustomization applies it to (`target`), which its paths point into. */
  patchTarget?: PatchTarget;
  /** For a `helm-values` file: where the chart's templates use values (`traceChart` over the chart's files). */
  uses?: readonly TracedUse[];
}

export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

/**
 * Recognize one file's kind, parse it and classify every field by layer. Never throws: bad input yields problems
 * or a `skipped` reason.
 */
export function classifyFile(path: string, text: string, options: ClassifyFileOptions = {}): ClassifiedFile {
  const result = unreadFile(path, text, options);
  const { kind, lines } = result;
  if (kind === 'unknown' || result.skipped) return result;
  let yaml: YamlFile | undefined;
  try {
    if (kind === 'dockerfile') {
      result.dockerfile = parseDockerfile(text, lines);
      const { fields, extras } = classifyDockerfile(result.dockerfile);
      result.fields = fields;
      result.extras = extras;
    } else {
      yaml = parseYaml(text);
      result.problems = yaml.problems;
      if (kind === 'helm-values') result.values = analyzeValues(yaml, options.uses ?? []);
      else {
        yaml.docs.forEach((doc, i) => {
          if (kind === 'kustomization') classifyKustomization(doc, i, text, result.fields);
          else if (kind === 'json-patch') {
            if (isSeq(doc.contents)) classifyOperations(doc.contents, options.patchTarget, i, result.fields);
          } else classifyDocument(doc, i, kind, result.fields, text);
        });
      }
    }
  } catch (err) {
    // A parser bug must not take the editor or the CLI down: keep what was classified, say what broke.
    result.problems.push({ offset: 0, message: `Layer Lens could not finish reading this file: ${String(err)}` });
  }
  // Outlined last, so a problem added above counts as one no document owns (the next edit then reads in full).
  if (yaml) result.yaml = outlineOf(yaml);
  return result;
}

/** The analysis before anything is parsed: kind, lines, and why the file is skipped when it is. */
export function unreadFile(path: string, text: string, options: ClassifyFileOptions): ClassifiedFile {
  const kind = options.kind ?? recognize(path, text);
  const result: ClassifiedFile = { path, kind, text, lines: new LineIndex(text), fields: [], extras: [], problems: [] };
  const skipped = skipReason(text, options.maxBytes ?? DEFAULT_MAX_BYTES);
  if (skipped) result.skipped = skipped;
  return result;
}

/** Why a file is not read: the words every front end shows (the CLI decides from bytes, the core from text). */
export const BINARY_REASON = 'binary file; Layer Lens reads only text';

export function tooLargeReason(maxBytes: number): string {
  const size = maxBytes >= 1024 * 1024 ? `${+(maxBytes / 1024 / 1024).toFixed(1)} MB` : `${Math.round(maxBytes / 1024)} KB`;
  return `file is larger than ${size}; Layer Lens skips it`;
}

function skipReason(text: string, maxBytes: number): string | undefined {
  if (text.length > maxBytes) return tooLargeReason(maxBytes);
  // NUL never appears in a text Dockerfile or YAML file; a few in the first 8 KB mean binary data.
  if (text.slice(0, 8192).includes('\u0000')) return BINARY_REASON;
  return undefined;
}
