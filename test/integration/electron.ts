// The same integration suite in desktop VS Code through @vscode/test-electron, for machines that can download
// VS Code (this one cannot: there, `npm run test:integration` runs the suite in code-server instead).
//   npm run test:electron        (builds, then runs out/test/suite/electron.js)
// VSCODE_VERSION picks the VS Code build to download (default: latest stable).
import { join, resolve } from 'node:path';
import { runTests } from '@vscode/test-electron';

async function main(): Promise<void> {
  // This file runs as out/test/suite/electron.js: the repository root is three levels up.
  const repo = resolve(__dirname, '../../..');
  const code = await runTests({
    version: process.env.VSCODE_VERSION,
    extensionDevelopmentPath: repo,
    extensionTestsPath: join(__dirname, 'index.js'),
    launchArgs: [join(repo, 'test/fixtures/workspace'), '--disable-extensions', '--disable-workspace-trust'],
  });
  process.exitCode = code;
}

main().catch((error: unknown) => {
  console.error('integration tests (electron) failed:', error);
  process.exitCode = 1;
});
