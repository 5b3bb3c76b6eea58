// `layer-lens check`: index what the given folders build and run, and report where the layers drift apart
// (the workspace image rules), with the fixes an editor would offer. Unlike explain it needs every file before it
// can say anything about one (a manifest's finding depends on the Compose file that builds its image), so it reads
// them all, then reports.
import { relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { version } from '../../package.json';
import { formatCheckText } from '../core/format/check-text';
import { formatCheckJson, locateFindings, summarize, type CheckFile } from '../core/format/findings';
import { severityRank } from '../core/format/rules';
import { formatSarif } from '../core/format/sarif';
import { allFindings, type Severity } from '../core/images';
import { commandArgs, oneOf, UsageError } from './args';
import type { Command } from './command';
import { indexPaths, toKey } from './image-index';
import { wantsColor } from './io';

const FORMATS = ['text', 'json', 'sarif'] as const;
const FAIL_ON = ['error', 'warning', 'info'] as const;

const USAGE = `Usage: layer-lens check [--format text|json|sarif] [--fail-on error|warning|info] PATH…

Finds where the image a Dockerfile builds and the image Compose, a Swarm stack or Kubernetes runs drift
apart: another tag or registry (image-drift), :latest on a pinned build (mutable-tag), an unnamed Compose
build (unnamed-build), packages installed by a start command (build-at-runtime), a HEALTHCHECK Kubernetes
ignores (healthcheck-ignored), start settings in a stage that never becomes the image (non-final-stage);
and where the runners of one image disagree: a Compose command copied into a Kubernetes command
(command-not-args), an entrypoint override that drops CMD (entrypoint-drops-cmd), runAsNonRoot with a named
USER (user-not-numeric), ports (port-mismatch), environment keys (env-drift), replicas under an HPA
(replicas-with-hpa), memory and CPU limits (limits-drift).
Folders are searched recursively for Dockerfiles, YAML (Compose, manifests, Kustomize, Skaffold, CI
workflows), shell scripts, Makefiles, package.json and Bake files; node_modules and .git are skipped.
Give the whole project: a finding in one file depends on the others.

Options:
  -f, --format FORMAT    text (default), json (for tools), or sarif (SARIF 2.1.0, for code scanning)
      --fail-on LEVEL    exit 1 when a finding is at least this severe: error, warning (default), info;
                         hints never fail the check
  -h, --help             show this help

Exit status: 0 nothing at or above --fail-on, 1 a finding at or above it or a path could not be read,
2 usage error.
`;

export const check: Command = {
  summary: 'report images that drift between the build and the orchestration layers, with fixes',
  usage: USAGE,
  async run(argv, io) {
    const args = await commandArgs(argv, io, { usage: USAGE, formats: FORMATS, extra: { 'fail-on': { type: 'string' } } });
    if (!args) return 0;
    const { format, values, positionals } = args;
    const failOn: Severity = oneOf('fail-on', values['fail-on'], FAIL_ON, 'warning');
    if (positionals.length === 0) throw new UsageError('check needs at least one PATH');

    const { index, unreadable } = await indexPaths(positionals, io);

    // SARIF viewers resolve paths against the checkout: make them relative to where the check ran.
    const display = format === 'sarif' ? (key: string) => toKey(relative(process.cwd(), key)) : (key: string) => key;
    const files = locateFindings(allFindings(index), { text: (key) => index.facts(key)?.text, display });
    const summary = summarize(files, index.paths().length);
    if (format === 'json') await io.stdout.write(formatCheckJson({ files, summary }));
    else if (format === 'sarif') await io.stdout.write(formatSarif(files, { version, root: `${pathToFileURL(process.cwd()).href}/` }));
    else await io.stdout.write(formatCheckText(files, summary, { color: wantsColor(io.stdout, io.env) }));
    return unreadable || fails(files, failOn) ? 1 : 0;
  },
};

function fails(files: readonly CheckFile[], failOn: Severity): boolean {
  const bar = severityRank(failOn);
  return files.some((file) => file.findings.some((f) => f.severity !== 'hint' && severityRank(f.severity) >= bar));
}
