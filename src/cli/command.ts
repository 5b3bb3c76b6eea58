// The shape of a subcommand (explain, check): main.ts keeps them in one map and routes argv to them.
import type { Io } from './io';

export interface Command {
  /** One line for the top-level usage. */
  summary: string;
  /** The command's full usage text, printed for --help and after a usage error. */
  usage: string;
  /** Runs with the arguments after the command name; resolves to the exit status. Throws UsageError for exit 2. */
  run(argv: string[], io: Io): Promise<number>;
}
