// Dockerfiles end to end (classifyFile → fields and extras): stages, notes for what never reaches the image, ARG before
// FROM, ONBUILD, flags, heredocs, the escape directive and parser directives.
import * as assert from 'node:assert/strict';
import { buildReport, fieldAt, type ClassifiedFile } from '../../src/core';
import { entries } from '../../src/core/tables';
import { analyzed, lines, offsetOf } from './helpers';

const MULTI = lines(
  '# syntax=docker/dockerfile:1',
  '# check=skip=all',
  'ARG BASE=alpine:3.20',
  'FROM --platform=$BUILDPLATFORM golang:1.22 AS build',
  'ARG VERSION',
  'RUN --mount=type=cache,target=/root/.cache go build -o /app .',
  'EXPOSE 8080',
  'CMD ["dev"]',
  'HEALTHCHECK CMD true',
  'ONBUILD RUN echo hi',
  'FROM ${BASE}',
  'COPY --from=build --chmod=755 /app /app',
  'EXPOSE 80',
  'ENTRYPOINT ["/app"]',
  'HEALTHCHECK --interval=5s CMD wget -q localhost',
  'frobnicate now',
);

const byKeyword = (a: ClassifiedFile, keyword: string) => a.fields.filter((f) => f.path === keyword);

describe('classify (Dockerfile)', () => {
  const a = analyzed('Dockerfile', MULTI);

  it('gives every instruction one field, in order, all build/run with a real entry', () => {
    assert.deepEqual(a.fields.map((f) => f.path), [
      'ARG', 'FROM', 'ARG', 'RUN', 'EXPOSE', 'CMD', 'HEALTHCHECK', 'ONBUILD', 'FROM', 'COPY', 'EXPOSE', 'ENTRYPOINT',
      'HEALTHCHECK', 'FROBNICATE',
    ]);
    for (const f of a.fields) {
      assert.equal(f.entry, entries[f.entryId], f.path);
      assert.equal(f.entry.layer, 'build/run', f.path);
      assert.equal(f.document, 0);
      assert.equal(MULTI.slice(f.keyStart, f.keyEnd).toUpperCase(), f.path, 'the key span is the keyword');
    }
    assert.equal(a.fields.at(-1)!.entryId, 'df.unknown');
  });

  it('models the stages and marks only the last final', () => {
    const stages = a.dockerfile!.stages;
    assert.deepEqual(stages.map((s) => [s.name, s.image, s.final]), [
      ['build', 'golang:1.22', false],
      [undefined, '${BASE}', true],
    ]);
    assert.equal(MULTI.slice(stages[0].imageSpan!.start, stages[0].imageSpan!.end), 'golang:1.22');
  });

  it('notes CMD, EXPOSE and HEALTHCHECK of a non-final stage, naming the stage, and not those of the final stage', () => {
    for (const keyword of ['CMD', 'EXPOSE', 'HEALTHCHECK']) {
      const [first, last] = [byKeyword(a, keyword)[0], byKeyword(a, keyword).at(-1)!];
      assert.match(first.note?.text ?? '', /final stage.*\(stage `build`\)$/, keyword);
      if (keyword !== 'CMD') assert.equal(last.note, undefined, `final ${keyword}`);
    }
    assert.equal(byKeyword(a, 'ENTRYPOINT')[0].note, undefined);
  });

  it('tells ARG before FROM (visible to FROM only) from ARG inside a stage', () => {
    const [global, inStage] = byKeyword(a, 'ARG');
    assert.equal(global.entryId, 'df.ARG.global');
    assert.match(global.note?.text ?? '', /FROM/);
    assert.equal(inStage.entryId, 'df.ARG');
    assert.equal(a.dockerfile!.instructions[0].stage, -1);
  });

  it('notes that ONBUILD runs in a later build, and keeps its trigger', () => {
    const onbuild = byKeyword(a, 'ONBUILD')[0];
    assert.equal(onbuild.entryId, 'df.ONBUILD');
    assert.ok(onbuild.note);
    assert.equal(a.dockerfile!.instructions.find((i) => i.keyword === 'ONBUILD')!.trigger, 'RUN');
  });

  it('lists --from, --mount, --platform, --chmod and --interval as extras with their own entries and spans', () => {
    const flags = a.extras.filter((e) => !e.path.startsWith('#'));
    assert.deepEqual(flags.map((f) => [f.path, f.entryId]), [
      ['FROM --platform', 'df.flag.platform'],
      ['RUN --mount', 'df.flag.mount'],
      ['COPY --from', 'df.flag.from'],
      ['COPY --chmod', 'df.flag.chmod'],
      ['HEALTHCHECK --interval', 'df.flag.interval'],
    ]);
    const from = flags[2];
    assert.equal(MULTI.slice(from.keyStart, from.keyEnd), '--from=build');
    assert.ok(flags.every((f) => f.entry === entries[f.entryId]));
  });

  it('lists parser directives as extras, hoverable at their name', () => {
    const directives = a.extras.filter((e) => e.path.startsWith('#'));
    assert.deepEqual(directives.map((d) => [d.path, d.entryId]), [['# syntax', 'df.directive.syntax'], ['# check', 'df.directive.check']]);
    assert.equal(MULTI.slice(directives[0].keyStart, directives[0].keyEnd), 'syntax');
    assert.equal(fieldAt(a, offsetOf(MULTI, 'docker/dockerfile'))?.on, 'directive');
  });

  it('reports every note and counts everything as build/run', () => {
    const report = buildReport(a);
    assert.deepEqual(report.counts, { 'build/run': 14, 'schedule/scale': 0 });
    assert.deepEqual(report.orchestrators, []);
    // ARG before FROM, non-final EXPOSE/CMD/HEALTHCHECK, ONBUILD, and the EXPOSE/HEALTHCHECK cross-layer notes.
    assert.ok(report.notes.length >= 6, `${report.notes.length} notes`);
    assert.ok(report.notes.every((n) => n.text.length > 0));
  });

  it('reads heredocs as the argument of their instruction, not as instructions', () => {
    const text = lines('FROM alpine', 'RUN <<EOF', 'apk add curl', 'CMD not an instruction', 'EOF', 'COPY <<-EOT /x', '  hello', 'EOT', 'USER app', 'CMD ["sh"]');
    const h = analyzed('Dockerfile', text);
    assert.deepEqual(h.fields.map((f) => f.path), ['FROM', 'RUN', 'COPY', 'USER', 'CMD']);
    assert.equal(byKeyword(h, 'USER')[0].keyStart, offsetOf(text, 'USER'));
    assert.equal(byKeyword(h, 'CMD')[0].keyStart, offsetOf(text, 'CMD ["sh"]'));
  });

  it('follows the escape directive: backtick continuations join lines, backslashes are plain', () => {
    const text = lines('# escape=`', 'FROM mcr.microsoft.com/windows/servercore', 'RUN echo a `', '    && echo b `', '    && echo c', 'WORKDIR C:\\app', 'CMD ["cmd"]');
    const w = analyzed('Dockerfile', text);
    assert.deepEqual(w.fields.map((f) => f.path), ['FROM', 'RUN', 'WORKDIR', 'CMD']);
    const run = byKeyword(w, 'RUN')[0];
    assert.equal(text.slice(run.valueStart, run.valueEnd), 'echo a `\n    && echo b `\n    && echo c');
    assert.equal(w.extras[0].entryId, 'df.directive.escape');
  });

  it('joins backslash continuations and skips comments and blank lines inside them', () => {
    const text = lines('FROM alpine', 'RUN apk add \\', '# a comment inside', '', '    curl', 'CMD ["x"]');
    const c = analyzed('Dockerfile', text);
    assert.deepEqual(c.fields.map((f) => f.path), ['FROM', 'RUN', 'CMD']);
    assert.equal(byKeyword(c, 'CMD')[0].keyStart, offsetOf(text, 'CMD'));
  });

  it('reads a directive only at the very top, and an empty or comment-only file as no fields', () => {
    const late = analyzed('Dockerfile', lines('FROM alpine', '# syntax=docker/dockerfile:1'));
    assert.equal(late.extras.length, 0);
    assert.equal(analyzed('Dockerfile', '').fields.length, 0);
    assert.equal(analyzed('Dockerfile', '# only\n# comments\n').fields.length, 0);
  });

  it('reads lower-case keywords and CRLF line ends', () => {
    const text = 'from alpine\r\nrun echo hi\r\ncmd ["sh"]\r\n';
    const crlf = analyzed('Containerfile', text);
    assert.deepEqual(crlf.fields.map((f) => f.path), ['FROM', 'RUN', 'CMD']);
    assert.equal(crlf.fields[2].keyStart, text.indexOf('cmd'));
    assert.equal(buildReport(crlf).groups[0].fields[2].line, 3);
  });
});
