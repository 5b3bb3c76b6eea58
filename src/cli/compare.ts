// `layer-lens compare`: how each runner (the image's own defaults, Compose, Swarm, Kubernetes) starts the images
// the given folders build or run, field by field. JSON is the contract of issue 10 (src/core/runners/model.ts).
import { formatCompareMarkdown, formatCompareText } from '../core/format/compare';
import { compareRunners, comparisonJson } from '../core/runners';
import { commandArgs, UsageError } from './args';
import type { Command } from './command';
import { indexPaths } from './image-index';

const FORMATS = ['text', 'markdown', 'json'] as const;

const USAGE = `Usage: layer-lens compare [--format text|markdown|json] PATH…

For each image the given files build or run, compares how its runners start it: the Dockerfile's own
defaults (ENTRYPOINT and CMD, USER, WORKDIR, ENV, EXPOSE, HEALTHCHECK, STOPSIGNAL), each Compose service
(override files, include and extends merged), each Swarm stack service and each Kubernetes container.
For each: the process it starts (null in JSON when it cannot be known from the files), user, working
directory, environment keys, ports, health check, memory and CPU limits, restart and replicas.
Give the whole project: runners and the Dockerfile are matched across files.

Options:
  -f, --format FORMAT    text (default), markdown (a table per image) or json
  -h, --help             show this help

Exit status: 0, 1 when a path could not be read, 2 usage error.
`;

export const compare: Command = {
  summary: 'compare how the Dockerfile, Compose, Swarm and Kubernetes start the same image',
  usage: USAGE,
  async run(argv, io) {
    const args = await commandArgs(argv, io, { usage: USAGE, formats: FORMATS });
    if (!args) return 0;
    if (args.positionals.length === 0) throw new UsageError('compare needs at least one PATH');
    const { index, unreadable } = await indexPaths(args.positionals, io);
    const comparison = compareRunners(index);
    if (args.format === 'json') await io.stdout.write(`${JSON.stringify(comparisonJson(comparison), null, 2)}\n`);
    else if (args.format === 'markdown') await io.stdout.write(formatCompareMarkdown(comparison));
    else await io.stdout.write(formatCompareText(comparison));
    return unreadable ? 1 : 0;
  },
};
