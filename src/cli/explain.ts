// `layer-lens explain`: every key and instruction of each file with the layer that owns it.
// Files are explained and written one at a time, so a large tree streams instead of piling up in memory.
import { classifyFile, buildReport, recognize, type FileKind, type Report } from '../core';
import { formatMarkdown } from '../core/format/markdown';
import { jsonFailure, jsonFile, reportError, type JsonFile } from '../core/format/json';
import { formatText } from '../core/format/text';
import { kindFromYamlContent, namedPatchKind } from '../core/recognize';
import { commandArgs, UsageError } from './args';
import type { Command } from './command';
import { wantsColor, type Io } from './io';
import { readText } from './read';
import { chartFolderOf, chartUses } from './chart';
import { PatchRefs } from './kustomize';
import { isCandidateName, walk } from './walk';

const FORMATS = ['text', 'markdown', 'json'] as const;
type Format = (typeof FORMATS)[number];

const USAGE = `Usage: layer-lens explain [--format text|markdown|json] PATH…

Lists every key of each Compose file or Kubernetes manifest and every Dockerfile instruction with the
layer that owns it: build/run (Docker: one image, one container on one host) or schedule/scale
(Kubernetes, or Docker Swarm for Compose deploy:). Folders are searched recursively for Dockerfiles,
Compose files and YAML (node_modules and .git are skipped); a file named explicitly is always read.

Options:
  -f, --format FORMAT  text (default), markdown, or json (for tools)
  -h, --help           show this help

Exit status: 0 every path was read, 1 a path could not be read, 2 usage error.
`;

/** One path's outcome: a report to print, a reason it was skipped, or both (a warning). */
interface Explained {
  path: string;
  report?: Report;
  /** Not explained (skipped, not a recognized kind) or explained with a caveat (bad UTF-8). */
  error?: string;
  /** Could not be read at all: the exit status becomes 1. */
  failed?: boolean;
}

export const explain: Command = {
  summary: 'list every field and instruction with the layer that owns it',
  usage: USAGE,
  async run(argv, io) {
    const args = await commandArgs(argv, io, { usage: USAGE, formats: FORMATS });
    if (!args) return 0;
    const { format, positionals } = args;
    if (positionals.length === 0) throw new UsageError('explain needs at least one PATH');

    const sink = sinkFor(format, io);
    const patches = new PatchRefs();
    // Besides Dockerfiles, Compose and YAML files: any file a kustomization names as a patch (`patch.json`).
    const accept = (name: string, path: string) => isCandidateName(name) || patches.refTo(path) !== undefined;
    let failed = false;
    for (const found of walk(positionals, accept)) {
      const result: Explained =
        found.type === 'error' ? { path: found.path, error: found.message, failed: true } : explainFile(found.path, found.explicit, patches);
      failed ||= result.failed === true;
      await sink.file(result);
    }
    await sink.end();
    return failed ? 1 : 0;
  },
};

function explainFile(path: string, explicit: boolean, patches: PatchRefs): Explained {
  const read = readText(path);
  if (!read.ok) return { path, error: read.message, failed: true };
  if (read.text === undefined) return { path, error: read.skipped };
  const chart = chartFolderOf(path);
  const ref = patches.refTo(path);
  const options = chart
    ? { kind: 'helm-values' as const, uses: chartUses(chart) }
    : { kind: namedPatchKind(kindOf(path, read.text, explicit), read.text, ref), patchTarget: ref?.target };
  const report = buildReport(classifyFile(path, read.text, options));
  if (report.kind === 'unknown' || report.skipped) return { path, error: reportError(report) };
  return read.warning ? { path, report, error: read.warning } : { path, report };
}

/** A file named on the command line is sniffed even without a YAML extension (`deploy`, `stack.txt`). */
function kindOf(path: string, text: string, explicit: boolean): FileKind {
  const kind = recognize(path, text);
  return kind === 'unknown' && explicit ? kindFromYamlContent(text) : kind;
}

interface Sink {
  file(result: Explained): Promise<void>;
  end(): Promise<void>;
}

function sinkFor(format: Format, io: Io): Sink {
  if (format === 'json') return jsonSink(io);
  const color = format === 'text' && wantsColor(io.stdout, io.env);
  const render = format === 'text' ? (r: Report) => formatText(r, { color }) : formatMarkdown;
  return peopleSink(io, render, format === 'markdown' ? '# Layer Lens\n\n' : '');
}

/** Text and Markdown: reports to stdout, anything skipped to stderr, a total when there were several files. */
function peopleSink(io: Io, render: (r: Report) => string, title: string): Sink {
  const total = { files: 0, build: 0, schedule: 0, skipped: 0 };
  return {
    async file({ path, report, error }) {
      if (error) await io.stderr.write(`layer-lens: ${path}: ${error}\n`);
      if (!report) {
        total.skipped++;
        return;
      }
      await io.stdout.write((total.files === 0 ? title : '\n') + render(report));
      total.files++;
      total.build += report.counts['build/run'];
      total.schedule += report.counts['schedule/scale'];
    },
    async end() {
      if (total.files + total.skipped < 2) return;
      const skipped = total.skipped > 0 ? `; ${total.skipped} skipped` : '';
      const line = `${total.files} files explained: ${total.build} build/run, ${total.schedule} schedule/scale${skipped}\n`;
      await io.stdout.write(title ? `\n---\n\n${line}` : `\n${line}`);
    },
  };
}

/** JSON, written file by file; the bytes equal formatJson() of the same files. */
function jsonSink(io: Io): Sink {
  let count = 0;
  const started = io.stdout.write('{\n  "files": [');
  return {
    async file({ path, report, error }) {
      const entry: JsonFile = report ? jsonFile(report, error) : jsonFailure(path, error ?? 'not explained');
      await started;
      await io.stdout.write((count++ === 0 ? '\n' : ',\n') + indent(JSON.stringify(entry, null, 2), '    '));
    },
    async end() {
      await started;
      await io.stdout.write(count === 0 ? ']\n}\n' : '\n  ]\n}\n');
    },
  };
}

function indent(text: string, by: string): string {
  return by + text.replace(/\n/g, `\n${by}`);
}
