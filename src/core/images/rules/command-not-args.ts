// command-not-args: a Kubernetes `command` that holds what Compose calls `command`. Compose `command` replaces
// the image's CMD (Compose Specification, services `command`); Kubernetes `command` replaces its ENTRYPOINT and,
// without `args`, drops CMD too (kubernetes.io, "Define a Command and Arguments for a Container"). Copied over,
// the arguments become the program. Fires when the same image's Compose service has exactly this command and
// the image has an ENTRYPOINT, or when the command's first word is a flag (no program is named `--x`).
import { commandLine, effectiveProcess } from '../../runners/process';
import type { RunnerSpec } from '../../runners/spec';
import type { Workspace } from '../../runners/workspace';
import type { Finding } from '../model';
import { appContainers, code, label, relatedAt, runnerRule, where } from './runner-rule';

/** Why a container's `command` reads as arguments: the Compose service it was copied from, or a leading flag. */
export function argsInCommand(ws: Workspace, spec: RunnerSpec): { copied?: RunnerSpec; flag: boolean } | undefined {
  const cmd = spec.command;
  if (spec.kind !== 'kubernetes' || !cmd?.argv || cmd.argv.length === 0 || spec.args) return undefined;
  const entry = ws.defaultsOf(spec)?.entrypoint;
  const copied =
    entry?.form === 'exec' && entry.argv.length > 0
      ? ws.peers(spec).find((p) => p.kind !== 'kubernetes' && !p.entrypoint && p.command?.argv && same(p.command.argv, cmd.argv!))
      : undefined;
  const flag = cmd.argv[0].startsWith('-');
  return copied || flag ? { copied, flag } : undefined;
}

export const commandNotArgs = runnerRule('command-not-args', (ws, path) => {
  const out: Finding[] = [];
  for (const spec of appContainers(ws, path)) {
    const why = argsInCommand(ws, spec);
    const cmd = spec.command;
    if (!why || !cmd?.argv) continue;
    const { copied, flag } = why;
    const defaults = ws.defaultsOf(spec);
    const entry = defaults?.entrypoint;
    const asArgs = effectiveProcess(defaults, { ...spec, command: undefined, args: { ...cmd, key: 'args' } }, ws.line).argv;
    const parts = [
      `${label(spec)}: \`command\` replaces the image's ENTRYPOINT, so this container starts ${code(commandLine(cmd.argv))}${
        flag ? `, and ${code(cmd.argv[0])} is a flag, not a program` : ''
      }.`,
      copied
        ? `Compose service ${copied.name} sets the same \`command\` (${where(ws, cmd.path, copied.command!.path, copied.command!.span)}), which replaces CMD, not ENTRYPOINT; in Kubernetes that is \`args\`.`
        : 'Arguments for the image\'s ENTRYPOINT belong in `args`.',
      asArgs ? `As \`args\` it starts ${code(commandLine(asArgs))}.` : '',
    ];
    const f: Finding = {
      rule: 'command-not-args',
      severity: 'warning',
      path: cmd.path,
      start: cmd.keySpan.start,
      end: cmd.keySpan.end,
      message: parts.filter(Boolean).join(' '),
      fixes: [{ title: 'Rename `command:` to `args:`', preferred: true, edits: [{ path: cmd.path, start: cmd.keySpan.start, end: cmd.keySpan.end, newText: 'args' }] }],
      related: [],
    };
    if (copied) f.related!.push(relatedAt({ path: copied.command!.path, span: copied.command!.keySpan }, 'the Compose command, which replaces CMD'));
    if (entry && defaults) f.related!.push(relatedAt({ path: defaults.path, span: entry.span }, 'the ENTRYPOINT this command replaces'));
    out.push(f);
  }
  return out;
});

function same(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((w, i) => w === b[i]);
}
