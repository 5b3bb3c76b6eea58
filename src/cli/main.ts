// layer-lens: the command-line face of the core. Routes `layer-lens COMMAND …` to the commands below.
import { version } from '../../package.json';
import { UsageError } from './args';
import { check } from './check';
import { compare } from './compare';
import type { Command } from './command';
import { explain } from './explain';
import { lsp } from '../lsp/command';
import { outputOf, type Io } from './io';

/** Every subcommand by name; a new one (check) is one more line here. */
export const commands: Record<string, Command> = {
  explain,
  check,
  compare,
  lsp,
};

function usage(): string {
  const width = Math.max(...Object.keys(commands).map((n) => n.length));
  const list = Object.entries(commands).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`);
  return `Usage: layer-lens COMMAND [options] PATH…

Tells which layer owns each field of a Dockerfile, Compose file or Kubernetes manifest:
build/run (Docker: one image, one container on one host) or schedule/scale (Kubernetes,
or Docker Swarm for Compose deploy:).

Commands:
${list.join('\n')}

Options:
  -h, --help     show this help (layer-lens COMMAND --help for a command's options)
  -V, --version  print the version
`;
}

export async function main(argv: string[], io: Io): Promise<number> {
  const [name, ...rest] = argv;
  if (name === '--help' || name === '-h' || name === 'help') {
    await io.stdout.write(usage());
    return 0;
  }
  if (name === '--version' || name === '-V') {
    await io.stdout.write(`${version}\n`);
    return 0;
  }
  const command = name === undefined ? undefined : Object.prototype.hasOwnProperty.call(commands, name) ? commands[name] : undefined;
  if (!command) {
    const why = name === undefined ? 'no command given' : `unknown command '${name}'`;
    await io.stderr.write(`layer-lens: ${why}\n\n${usage()}`);
    return 2;
  }
  try {
    return await command.run(rest, io);
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    await io.stderr.write(`layer-lens ${name}: ${err.message}\n\n${command.usage}`);
    return 2;
  }
}

if (require.main === module) {
  // `layer-lens explain . | head` closes the pipe early: that is the reader's choice, not an error.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw err;
  });
  const io: Io = { stdout: outputOf(process.stdout), stderr: outputOf(process.stderr), env: process.env };
  main(process.argv.slice(2), io).then(
    (status) => {
      process.exitCode = status;
    },
    (err: unknown) => {
      process.stderr.write(`layer-lens: internal error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
      process.exitCode = 1;
    },
  );
}
