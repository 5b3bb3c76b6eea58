// Command-line parsing on node:util's parseArgs; anything it rejects becomes a UsageError (exit status 2).
import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { Io } from './io';

/** The user asked for something the command does not take: print usage, exit 2. */
export class UsageError extends Error {}

type Options = NonNullable<ParseArgsConfig['options']>;

export interface Parsed {
  values: Record<string, string | boolean | undefined>;
  positionals: string[];
}

/** Parse `argv` against `options`; `--` ends options, so a path may start with a dash. */
export function parse(argv: string[], options: Options): Parsed {
  try {
    const { values, positionals } = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
    return { values: values as Parsed['values'], positionals };
  } catch (err) {
    // parseArgs explains well ("Unknown option '--x'"); keep its first sentence, drop its hint about `--`.
    throw new UsageError(String((err as Error).message).split('. ')[0].replace(/\.$/, ''));
  }
}

/** A string option limited to a few words, e.g. --format text|markdown|json. */
export function oneOf<T extends string>(name: string, value: string | boolean | undefined, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`--${name} must be one of ${allowed.join(', ')} (got '${String(value)}')`);
}

/** What every file command reads first: its --format, its other options' values and the PATHs. */
export interface CommandArgs<F extends string> {
  format: F;
  values: Parsed['values'];
  positionals: string[];
}

/**
 * The prologue explain and check share: `--format`/`-f` (one of `formats`, the first by default), `--help`/`-h`
 * and any `extra` options. On --help writes `usage` and resolves to undefined (exit 0); the caller checks the rest.
 */
export async function commandArgs<F extends string>(
  argv: string[],
  io: Io,
  { usage, formats, extra = {} }: { usage: string; formats: readonly F[]; extra?: Options },
): Promise<CommandArgs<F> | undefined> {
  const { values, positionals } = parse(argv, {
    format: { type: 'string', short: 'f' },
    ...extra,
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    await io.stdout.write(usage);
    return undefined;
  }
  return { format: oneOf('format', values.format, formats, formats[0]), values, positionals };
}
