// The `command` / `args` / `entrypoint` values of containers and services, kept as words with exact spans.
import { isScalar, isSeq } from 'yaml';
import type { CommandFacts } from '../model';
import { scriptWord, spanOf } from '../yaml-text';

export function commandFacts(node: unknown, key: CommandFacts['key'], text: string): CommandFacts | undefined {
  const span = spanOf(node as never);
  if (!span) return undefined;
  if (isSeq(node)) {
    const items = node.items.map((item) => scriptWord(item, text));
    // A list with a non-scalar item (an alias, a map) is not a command we can reason about.
    if (items.some((w) => w === undefined)) return undefined;
    return { key, span, form: 'list', items: items as NonNullable<(typeof items)[number]>[] };
  }
  if (isScalar(node)) {
    const word = scriptWord(node, text);
    return word ? { key, span, form: 'string', items: [word] } : undefined;
  }
  return undefined;
}
