// The report grammar (syntaxes/layer-lens-report.tmLanguage.json) tokenised with VS Code's own TextMate engine
// over reports rendered by the extension's renderer from real analyses: badges, paths, locations and phases get
// their scopes, and the grammar agrees with the link provider about which lines are field lines.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import { INITIAL, Registry, type IGrammar, type StateStack } from 'vscode-textmate';
import { classifyFile, type FileKind } from '../../src/core';
import { FIELD_LINE, renderReport } from '../../src/core/format/report-text';
import { citing, widget } from './helpers';

// The bundle runs from out/test/unit.
const ROOT = path.resolve(__dirname, '../../..');
const SCOPE = 'source.layer-lens-report';

interface Token {
  text: string;
  scopes: string[];
}

let grammar: IGrammar;

async function loadGrammar(): Promise<IGrammar> {
  const wasm = readFileSync(path.join(ROOT, 'node_modules/vscode-oniguruma/release/onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const registry = new Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (sources: string[]) => new oniguruma.OnigScanner(sources),
      createOnigString: (s: string) => new oniguruma.OnigString(s),
    }),
    loadGrammar: async (scopeName: string) =>
      scopeName === SCOPE ? JSON.parse(readFileSync(path.join(ROOT, 'syntaxes/layer-lens-report.tmLanguage.json'), 'utf8')) : null,
  });
  const g = await registry.loadGrammar(SCOPE);
  assert.ok(g, 'grammar loads');
  return g;
}

/** Every line's tokens, carrying the rule stack across lines as VS Code does. */
function tokenise(text: string): Token[][] {
  let stack: StateStack = INITIAL;
  return text.split('\n').map((line) => {
    const r = grammar.tokenizeLine(line, stack);
    stack = r.ruleStack;
    return r.tokens.map((t) => ({ text: line.slice(t.startIndex, t.endIndex), scopes: t.scopes }));
  });
}

function report(name: string, text: string, kind?: FileKind): string {
  return renderReport(classifyFile(name, text, kind ? { kind } : {}), { name, location: `/ws/${name}` });
}

/** The scopes of the first token whose text is exactly `text`, on any line. */
function scopesOf(lines: Token[][], text: string): string[] {
  for (const line of lines) for (const t of line) if (t.text === text) return t.scopes;
  assert.fail(`no token '${text}' in:\n${lines.map((l) => l.map((t) => t.text).join('')).join('\n')}`);
}

function hasScope(scopes: string[], prefix: string): boolean {
  return scopes.some((s) => s.startsWith(prefix));
}

const DOCKERFILE = `# syntax=docker/dockerfile:1
ARG GO_VERSION=1.22
FROM golang:\${GO_VERSION} AS build
WORKDIR /src
RUN --mount=type=cache,target=/root/.cache go build -o /app .
FROM gcr.io/distroless/static
COPY --from=build /app /app
USER nonroot
EXPOSE 8080
HEALTHCHECK CMD ["/app", "health"]
ENTRYPOINT ["/app"]
`;

const COMPOSE = `services:
  api:
    build: .
    image: shop/api:2.3
    command: ["serve"]
    deploy:
      replicas: 3
      placement:
        constraints: [node.role == worker]
`;

const MANIFEST = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: api
spec:
  replicas: 4
  template:
    spec:
      containers:
        - name: api
          image: shop/api:2.3
          command: ["/app"]
          resources:
            requests: { cpu: 100m }
            limits: { memory: 256Mi }
---
${widget('size: 3', 'broken: [unclosed')}`;

describe('report grammar', () => {
  before(async () => {
    grammar = await loadGrammar();
  });

  it('layer badges in section headings get one scope per layer and orchestrator', () => {
    const docker = tokenise(report('Dockerfile', DOCKERFILE));
    assert.ok(hasScope(scopesOf(docker, 'build/run · Docker layer'), 'entity.name.type.layer.build-run'));
    assert.ok(hasScope(scopesOf(docker, 'schedule/scale · Kubernetes layer'), 'keyword.control.layer.schedule-scale.kubernetes'));
    const compose = tokenise(report('compose.yaml', COMPOSE));
    assert.ok(hasScope(scopesOf(compose, 'schedule/scale · Docker Swarm'), 'keyword.control.layer.schedule-scale.swarm'));
    assert.ok(hasScope(scopesOf(compose, 'build/run · Docker layer'), 'markup.heading.2.section'));
  });

  it('field lines: location, path and phase', () => {
    const lines = tokenise(report('compose.yaml', COMPOSE));
    assert.ok(hasScope(scopesOf(lines, 'services.api.deploy.replicas'), 'variable.other.property.path'));
    assert.ok(hasScope(scopesOf(lines, 'services.api.command'), 'variable.other.property.path'));
    assert.ok(hasScope(scopesOf(lines, 'L5:5'), 'constant.numeric.line-number.location'));
    assert.ok(hasScope(scopesOf(lines, 'scale'), 'storage.type.phase'));
    // Dockerfile instructions are field paths too.
    const docker = tokenise(report('Dockerfile', DOCKERFILE));
    assert.ok(hasScope(scopesOf(docker, 'HEALTHCHECK'), 'variable.other.property.path'));
  });

  it('counterparts, notes, code spans and inferred answers', () => {
    const lines = tokenise(report('k8s.yaml', MANIFEST));
    assert.ok(hasScope(scopesOf(lines, '↔'), 'keyword.operator.counterpart'));
    assert.ok(hasScope(scopesOf(lines, '⚑'), 'keyword.other.note'));
    assert.ok(hasScope(scopesOf(lines, 'ENTRYPOINT'), 'markup.inline.raw.string'), 'Dockerfile `ENTRYPOINT` counterpart is code');
    assert.ok(hasScope(scopesOf(lines, '(inferred)'), 'comment.other.inferred'));
    assert.ok(hasScope(scopesOf(lines, 'spec.size'), 'variable.other.property.path'));
  });

  it('the state and Docs line: the state, the label and the URL get their scopes', () => {
    const docs = 'https://docs.docker.com/reference/compose-file/deploy/#replicas';
    const file = citing(classifyFile('compose.yaml', COMPOSE), 'services.api.deploy.replicas', { source: docs, state: 'GA', since: '1.33' });
    const lines = tokenise(renderReport(file, { name: 'compose.yaml', location: '/ws/compose.yaml' }));
    assert.ok(hasScope(scopesOf(lines, 'GA since 1.33'), 'storage.modifier.feature-state'));
    assert.ok(hasScope(scopesOf(lines, 'Docs'), 'keyword.other.label'));
    assert.ok(hasScope(scopesOf(lines, docs), 'markup.underline.link'));
    const sourceOnly = tokenise(renderReport(citing(classifyFile('compose.yaml', COMPOSE), 'services.api.image', { source: docs }), { name: 'c', location: 'c' }));
    assert.ok(hasScope(scopesOf(sourceOnly, docs), 'markup.underline.link'));
  });

    it('problems are marked, and the section after them is a heading again', () => {
    const text = report('k8s.yaml', MANIFEST);
    assert.match(text, /━━ Problems ━━/);
    const lines = tokenise(text);
    const problem = lines.find((l) => l.some((t) => hasScope(t.scopes, 'invalid.illegal.problem.')));
    assert.ok(problem, 'a problem line is scoped invalid');
    // The Problems section is last; a report tokenised twice in a row starts clean (the block closes at `━━`).
    const twice = tokenise(`${text}${report('compose.yaml', COMPOSE)}`);
    assert.ok(hasScope(scopesOf(twice, 'services.api.deploy.replicas'), 'variable.other.property.path'));
  });

  it('every line the link provider treats as a field line is a field line to the grammar', () => {
    const text = report('Dockerfile', DOCKERFILE) + report('compose.yaml', COMPOSE) + report('k8s.yaml', MANIFEST);
    const lines = text.split('\n');
    const tokens = tokenise(text);
    let checked = 0;
    lines.forEach((line, i) => {
      const m = FIELD_LINE.exec(line);
      if (!m || tokens[i].some((t) => hasScope(t.scopes, 'invalid.illegal.problem.'))) return;
      const pathToken = tokens[i].find((t) => hasScope(t.scopes, 'variable.other.property.path'));
      assert.equal(pathToken?.text, m[4], `line ${i + 1}: ${line}`);
      checked++;
    });
    assert.ok(checked > 30, `checked ${checked} field lines`);
  });
});
