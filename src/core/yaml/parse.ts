// YAML with exact positions, tolerant of errors: every document that yields a node tree is kept, so a
// half-typed file or a Helm template still answers for the parts that parse.
import { parseAllDocuments, type Document } from 'yaml';
import { maskTemplates } from './templates';

export interface YamlProblem {
  /** 0-based offset where the problem starts. */
  offset: number;
  message: string;
}

export interface YamlFile {
  /** Documents as `parseAllDocuments` counts them (their index is the JSON contract's `document`). */
  docs: Document.Parsed[];
  problems: YamlProblem[];
  /** True when Go template actions (`{{ … }}`) were blanked out before parsing. */
  templated: boolean;
}

/** Parse every document of a YAML stream. Never throws. */
export function parseYaml(text: string): YamlFile {
  const masked = maskTemplates(text);
  const templated = masked !== text;
  try {
    // Only the node tree is walked, never converted to JS, so aliases are not expanded (no alias bombs).
    const parsed = parseAllDocuments(masked, { uniqueKeys: false, strict: false });
    const docs = Array.isArray(parsed) ? parsed : [];
    const problems: YamlProblem[] = [];
    for (const doc of docs) {
      for (const e of doc.errors) problems.push({ offset: e.pos[0], message: firstLine(e.message) });
    }
    return { docs, problems, templated };
  } catch (err) {
    // The parser recurses on nesting; pathological depth can exhaust the stack. Report, do not crash.
    return { docs: [], problems: [{ offset: 0, message: `YAML could not be parsed: ${String(err)}` }], templated };
  }
}

function firstLine(message: string): string {
  const nl = message.indexOf('\n');
  return nl === -1 ? message : message.slice(0, nl);
}
