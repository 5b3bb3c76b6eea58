// A hand-written LSP client for the language server tests: `layer-lens lsp --stdio` as a separate process, spoken
// to in plain JSON-RPC with Content-Length framing (no LSP client library), as an editor other than VS Code meets it.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';

const CLI = path.resolve(__dirname, '../../cli.js');

export interface Message {
  id?: number;
  method?: string;
  params?: unknown;
  result?: unknown;
  error?: { message: string };
}

export interface Position {
  line: number;
  character: number;
}
export interface Range {
  start: Position;
  end: Position;
}
export interface Diagnostic {
  range: Range;
  severity: number;
  code: string;
  source: string;
  message: string;
}
export interface TextEdit {
  range: Range;
  newText: string;
}

/** What an `answer` returns to fail a server's request with a JSON-RPC error, as some clients do. */
export class Failure {
  constructor(
    readonly code: number,
    readonly message: string,
  ) {}
}

/** A minimal JSON-RPC peer over a child's stdio: requests by id, notifications kept until someone waits for them. */
export class Peer {
  private buffer = Buffer.alloc(0);
  private nextId = 1;
  private readonly pending = new Map<number, (m: Message) => void>();
  private readonly notes: Message[] = [];
  readonly requests: Message[] = [];
  private waiters: (() => void)[] = [];
  readonly exited: Promise<number | null>;
  stderr = '';

  /**
   * `answer`: the result for a request from the server (registerCapability, workspace/configuration); null by
   * default, an error response when it returns a Failure.
   */
  constructor(
    private readonly child: ChildProcessWithoutNullStreams,
    private readonly answer: (request: Message) => unknown = () => null,
  ) {
    child.stdout.on('data', (chunk: Buffer) => this.read(chunk));
    child.stderr.on('data', (chunk: Buffer) => (this.stderr += chunk.toString()));
    this.exited = new Promise((resolve) => child.on('exit', resolve));
  }

  private read(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const end = this.buffer.indexOf('\r\n\r\n');
      if (end < 0) return;
      const length = Number(/Content-Length: (\d+)/i.exec(this.buffer.subarray(0, end).toString())?.[1]);
      if (this.buffer.length < end + 4 + length) return;
      const message = JSON.parse(this.buffer.subarray(end + 4, end + 4 + length).toString('utf8')) as Message;
      this.buffer = this.buffer.subarray(end + 4 + length);
      if (message.id !== undefined && message.method === undefined) this.pending.get(message.id)?.(message);
      else if (message.id !== undefined) {
        // A request from the server: kept, and answered as a client does.
        this.requests.push(message);
        const answer = this.answer(message);
        if (answer instanceof Failure) this.send({ id: message.id, error: { code: answer.code, message: answer.message } });
        else this.send({ id: message.id, result: answer ?? null });
      } else {
        this.notes.push(message);
        for (const wake of this.waiters.splice(0)) wake();
      }
    }
  }

  private send(message: object): void {
    const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', ...message }), 'utf8');
    this.child.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
    this.child.stdin.write(body);
  }

  request<T>(method: string, params: unknown): Promise<T> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, (m) => (m.error ? reject(new Error(`${method}: ${m.error.message}`)) : resolve(m.result as T)));
      this.send({ id, method, params });
    });
  }

  notify(method: string, params: unknown): void {
    this.send({ method, params });
  }

  /** The next notification (from now on) that `test` accepts, or a failure naming what did arrive. */
  async notification(test: (m: Message) => boolean, timeoutMs = 10_000): Promise<Message> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const i = this.notes.findIndex(test);
      if (i >= 0) return this.notes.splice(0, i + 1)[i];
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`no such notification; got ${JSON.stringify(this.notes.map((n) => n.method))}; stderr: ${this.stderr}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }
}

/** The server built by `node scripts/build.mjs` (out/cli.js), started as an editor starts it. */
export function startServer(answer?: (request: Message) => unknown): Peer {
  return new Peer(spawn(process.execPath, [CLI, 'lsp', '--stdio'], { stdio: 'pipe' }), answer);
}

/** Starts the server and completes the handshake over `folders` (paths) with these client capabilities. */
export async function initialized(folders: readonly string[], capabilities: object, options: { answer?: (request: Message) => unknown; initializationOptions?: unknown } = {}): Promise<Peer> {
  const peer = startServer(options.answer);
  await peer.request('initialize', {
    processId: process.pid,
    rootUri: null,
    capabilities,
    workspaceFolders: folders.map((f) => ({ uri: pathToFileURL(f).href, name: path.basename(f) })),
    initializationOptions: options.initializationOptions,
  });
  peer.notify('initialized', {});
  return peer;
}

/** The diagnostics of the next publication for `uri`. */
export async function nextDiagnostics(peer: Peer, uri: string): Promise<Diagnostic[]> {
  const m = await peer.notification((n) => n.method === 'textDocument/publishDiagnostics' && (n.params as { uri: string }).uri === uri);
  return (m.params as { diagnostics: Diagnostic[] }).diagnostics;
}

/** Ends the server as a client does; resolves with its exit code. */
export async function shutdown(peer: Peer): Promise<number | null> {
  await peer.request('shutdown', null);
  peer.notify('exit', null);
  return peer.exited;
}
