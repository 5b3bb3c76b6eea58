// The effective process of each runner (src/core/runners/process.ts) against the documented rules, and the
// hover text that says where each part comes from (processAt + processHoverMarkdown).
import * as assert from 'node:assert/strict';
import { processHoverMarkdown } from '../../src/core/format/hover';
import { compareRunners, processAt } from '../../src/core/runners';
import { workspace } from './images-helpers';

const COMPOSE = (svc: string) => `services:\n  app:\n    build: .\n    image: shop/app:1\n${svc}`;
const POD = (container: string) => `apiVersion: v1\nkind: Pod\nmetadata:\n  name: app\nspec:\n  containers:\n    - name: app\n      image: shop/app:1\n${container}`;

/** The argv each runner of the one image starts, by runner kind. */
function processes(files: Record<string, string>): Record<string, string[] | null> {
  const [image] = compareRunners(workspace(files)).images;
  return Object.fromEntries(image.runners.map((r) => [r.kind, r.process]));
}

describe('runners: the process each runner starts', () => {
  it('follows the Dockerfile table: exec ENTRYPOINT + CMD, shell-form CMD after an exec ENTRYPOINT, shell ENTRYPOINT ignores CMD', () => {
    assert.deepEqual(processes({ Dockerfile: 'FROM scratch\nENTRYPOINT ["/app"]\nCMD ["--serve"]\n', 'compose.yaml': COMPOSE('') }).image, ['/app', '--serve']);
    assert.deepEqual(processes({ Dockerfile: 'FROM scratch\nENTRYPOINT ["/app"]\nCMD run it\n', 'compose.yaml': COMPOSE('') }).image, ['/app', '/bin/sh', '-c', 'run it']);
    assert.deepEqual(processes({ Dockerfile: 'FROM scratch\nENTRYPOINT /app serve\nCMD ["x"]\n', 'compose.yaml': COMPOSE('') }).image, ['/bin/sh', '-c', '/app serve']);
    assert.deepEqual(processes({ Dockerfile: 'FROM scratch\nSHELL ["/bin/bash", "-eo", "pipefail", "-c"]\nCMD run it\n', 'compose.yaml': COMPOSE('') }).image, ['/bin/bash', '-eo', 'pipefail', '-c', 'run it']);
  });

  it('an ENTRYPOINT resets the CMD of the stage it builds on; an unknown base ENTRYPOINT makes the process unknown', () => {
    const df = 'FROM scratch AS base\nCMD ["old"]\nFROM base\nENTRYPOINT ["/app"]\n';
    assert.deepEqual(processes({ Dockerfile: df, 'compose.yaml': COMPOSE('') }).image, ['/app']);
    assert.equal(processes({ Dockerfile: 'FROM node:20\nCMD ["node", "server.js"]\n', 'compose.yaml': COMPOSE('') }).image, null);
  });

  it('Compose: command replaces CMD (string split into words, no shell), entrypoint replaces ENTRYPOINT and drops CMD', () => {
    const df = 'FROM scratch\nENTRYPOINT ["/app"]\nCMD ["--serve"]\n';
    assert.deepEqual(processes({ Dockerfile: df, 'compose.yaml': COMPOSE(`    command: --port "80 81" $$HOME\n`) }).compose, ['/app', '--port', '80 81', '$HOME']);
    assert.deepEqual(processes({ Dockerfile: df, 'compose.yaml': COMPOSE('    entrypoint: ["/other"]\n') }).compose, ['/other']);
    assert.equal(processes({ Dockerfile: df, 'compose.yaml': COMPOSE('    command: run ${MODE}\n') }).compose, null, 'interpolated');
  });

  it('Kubernetes: command replaces ENTRYPOINT and drops CMD; args alone run the ENTRYPOINT with them', () => {
    const df = 'FROM scratch\nENTRYPOINT ["/app"]\nCMD ["--serve"]\n';
    const files = (c: string) => ({ Dockerfile: df, 'compose.yaml': COMPOSE(''), 'pod.yaml': POD(c) });
    assert.deepEqual(processes(files('      command: ["/bin/tool"]\n')).kubernetes, ['/bin/tool']);
    assert.deepEqual(processes(files('      args: ["--once"]\n')).kubernetes, ['/app', '--once']);
    assert.deepEqual(processes(files('      command: ["/bin/tool"]\n      args: ["-v"]\n')).kubernetes, ['/bin/tool', '-v']);
  });

  it('merges compose.override.yaml, extends and include by the Compose rules', () => {
    const df = 'FROM scratch\nENTRYPOINT ["/app"]\nCMD ["--serve"]\nENV A=1\n';
    const index = workspace({
      Dockerfile: df,
      'compose.yaml': 'include:\n  - other/compose.yaml\nservices:\n  app:\n    extends: base\n    build: .\n    image: shop/app:1\n    environment:\n      B: "2"\n  base:\n    image: shop/base:1\n    command: ["--base"]\n    ports: ["80:8080"]\n',
      'compose.override.yaml': 'services:\n  app:\n    command: ["--override"]\n    ports: !reset []\n',
      'other/compose.yaml': 'services:\n  side:\n    image: shop/app:1\n    command: ["--side"]\n',
    });
    const runners = compareRunners(index).images.flatMap((i) => i.runners).filter((r) => r.kind === 'compose');
    const app = runners.find((r) => r.name === 'app')!;
    assert.deepEqual(app.process, ['/app', '--override']);
    assert.deepEqual(app.env, ['A', 'B']);
    assert.deepEqual(app.ports, [], '!reset clears the extended ports; the image EXPOSEs none');
    assert.deepEqual(runners.find((r) => r.name === 'side')?.process, ['/app', '--side'], 'an included file is part of the project');
  });
});

describe('runners: the process hover', () => {
  it('says what starts and where each part comes from', () => {
    const df = 'FROM scratch\nENTRYPOINT ["node"]\nCMD ["index.js"]\n';
    const pod = POD('      args: ["server.js"]\n');
    const index = workspace({ 'api/Dockerfile': df, 'compose.yaml': 'services:\n  api:\n    build: ./api\n    image: shop/app:1\n', 'pod.yaml': pod });
    const at = processAt(index, 'pod.yaml', pod.indexOf('args') + 1)!;
    assert.equal(
      processHoverMarkdown(at),
      'starts `node server.js`: ENTRYPOINT from api/Dockerfile:2, CMD replaced by `args`. [$(link-external) Docs](https://kubernetes.io/docs/tasks/inject-data-application/define-command-argument-container/)'.replace(/^/, '$(play) **').replace('starts', 'starts**'),
    );
    assert.equal(processAt(index, 'pod.yaml', pod.indexOf('image')), undefined, 'only over command, args or entrypoint');
  });

  it('says why when the files cannot tell', () => {
    const c = 'services:\n  db:\n    image: postgres:16\n    command: ["postgres", "-c", "fsync=off"]\n';
    const at = processAt(workspace({ 'compose.yaml': c }), 'compose.yaml', c.indexOf('command'))!;
    assert.match(processHoverMarkdown(at), /not built in this workspace/);
  });
});
