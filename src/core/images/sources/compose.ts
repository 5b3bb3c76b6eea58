// Compose files (and Swarm stack files, the same format deployed with `docker stack deploy`): each service's
// `image:` is what it runs; its `build:` is what it builds, tagged with `image:` when both are given.
import { isMap, isScalar, type Document, type Node } from 'yaml';
import { dirName, isRemoteContext, joinPath } from '../paths';
import { baseName } from '../../recognize';
import type { BuildDecl, FileFacts, ServiceFacts, Span } from '../model';
import { parseImageRef } from '../ref';
import { child, columnOf, lineAfter, pairs, scalarText, spanOf, stringAt } from '../yaml-text';
import { commandFacts } from './commands';

/** A stack file by name: `docker-stack.yml`, `stack.yml`, `*.stack.yml`. */
export function isStackFile(path: string): boolean {
  return /^(?:docker-)?stack\b|[.-]stack\.ya?ml$/i.test(baseName(path));
}

export function composeFacts(doc: Document.Parsed, text: string, facts: FileFacts): void {
  const via = facts.kind === 'stack' ? 'stack' : 'compose';
  const folder = dirName(facts.path);
  for (const { key: name, pair, keyNode } of pairs(child(doc.contents, 'services'))) {
    const svc = pair.value;
    if (!isMap(svc) || !svc.range || !keyNode.range) continue;
    const first = pairs(svc)[0]?.keyNode.range?.[0] ?? svc.range[0];
    const service: ServiceFacts = {
      name,
      keySpan: { start: keyNode.range[0], end: keyNode.range[1] },
      block: !svc.flow,
      indent: columnOf(text, first),
    };
    const image = stringAt(svc, 'image', text);
    if (image) service.image = image.span;
    const command = commandFacts(child(svc, 'command'), 'command', text);
    const entrypoint = commandFacts(child(svc, 'entrypoint'), 'entrypoint', text);
    if (command) service.command = command;
    if (entrypoint) service.entrypoint = entrypoint;
    const workingDir = stringAt(svc, 'working_dir', text)?.value;
    if (workingDir !== undefined) service.workingDir = workingDir;

    const buildPair = pairs(svc).find((p) => p.key === 'build');
    const build = buildPair && buildDecl(buildPair.pair.value as Node | null, text, folder, facts.path, name);
    if (buildPair && buildPair.keyNode.range) {
      const valueEnd = spanOf(buildPair.pair.value as Node | null)?.end ?? buildPair.keyNode.range[1];
      service.build = {
        keySpan: { start: buildPair.keyNode.range[0], end: buildPair.keyNode.range[1] },
        context: build?.context,
        insertAt: lineAfter(text, valueEnd),
      };
    }
    if (build) {
      if (image) {
        build.ref = parseImageRef(image.value);
        build.span = image.span;
      } else if (service.build) {
        build.span = service.build.keySpan;
      }
      facts.builds.push(build);
    }
    facts.services.push(service);
    if (image) {
      facts.runs.push({
        via,
        path: facts.path,
        ref: parseImageRef(image.value),
        span: image.span,
        kind: via === 'stack' ? 'stack service' : 'Compose service',
        owner: name,
        service,
        builds: build !== undefined,
      });
    }
  }
}

/** `build: ./dir` or `build: {context, dockerfile, target}`; the Dockerfile is relative to the context. */
function buildDecl(node: Node | null, text: string, folder: string, path: string, service: string): BuildDecl | undefined {
  let context = '.';
  let dockerfile = 'Dockerfile';
  let target: string | undefined;
  const fileSpans: Span[] = [];
  let inline = false;
  if (isScalar(node)) {
    const s = scalarText(node, text);
    if (s) {
      context = s.value;
      fileSpans.push(s.span);
    }
  } else if (isMap(node)) {
    const ctx = stringAt(node, 'context', text);
    const file = stringAt(node, 'dockerfile', text);
    if (ctx) {
      context = ctx.value;
      fileSpans.push(ctx.span);
    }
    if (file) {
      dockerfile = file.value;
      fileSpans.push(file.span);
    }
    target = stringAt(node, 'target', text)?.value;
    inline = node.has('dockerfile_inline');
  } else {
    return undefined;
  }
  const remote = isRemoteContext(context) || /[$]/.test(context);
  const resolved = remote ? undefined : joinPath(folder, context);
  const decl: BuildDecl = {
    source: 'compose',
    path,
    span: { start: 0, end: 0 },
    context: resolved,
    dockerfiles: resolved !== undefined && !inline && !/[$]/.test(dockerfile) ? [joinPath(resolved, dockerfile)] : [],
    fileSpans,
    service,
    label: `Compose service ${service}`,
  };
  if (target) decl.target = target;
  return decl;
}
