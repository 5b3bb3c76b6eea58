// `layer-lens lsp --stdio`: the language server for editors other than VS Code (Neovim, Helix, Emacs, Zed…).
// stdout carries the protocol, so nothing else may be written there once it starts.
import { createConnection } from 'vscode-languageserver/node';
import { UsageError } from '../cli/args';
import type { Command } from '../cli/command';
import { serve } from './server';

const USAGE = `Usage: layer-lens lsp --stdio

Runs the Layer Lens language server, speaking the Language Server Protocol on stdin and stdout: hovers
with each field's layer, the check rules as diagnostics with quick fixes, Go to Definition from an image
to its Dockerfile, and document symbols grouped by layer. It reads the workspace folders the editor
sends, and the layerLens.* settings that apply (rules, hover.*, maxFileSizeKB, images.maxFiles) from
the layerLens section of the editor's settings.

Options:
      --stdio    talk over stdin and stdout (the only transport)
  -h, --help     show this help
`;

export const lsp: Command = {
  summary: 'run the language server (LSP over stdio) for Neovim, Helix, Emacs, Zed and other editors',
  usage: USAGE,
  async run(argv, io) {
    if (argv.includes('-h') || argv.includes('--help')) {
      await io.stdout.write(USAGE);
      return 0;
    }
    const unknown = argv.find((a) => a !== '--stdio');
    if (unknown !== undefined) throw new UsageError(`unknown option '${unknown}'`);
    if (!argv.includes('--stdio')) throw new UsageError('lsp needs --stdio');
    serve(createConnection(process.stdin, process.stdout));
    // The connection ends the process on the client's `exit` notification (0 after `shutdown`, else 1).
    return new Promise<number>(() => undefined);
  },
};
