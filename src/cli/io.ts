// What a command may touch besides the file system: its two output streams and the environment.
// Commands get this instead of reaching for `process`, so a second command (check) runs the same way.

export interface Output {
  /** Resolves once the text is handed to the stream (waits for 'drain' on a full pipe). */
  write(text: string): Promise<void>;
  readonly isTTY: boolean;
}

export interface Io {
  stdout: Output;
  stderr: Output;
  env: NodeJS.ProcessEnv;
}

export function outputOf(stream: NodeJS.WriteStream): Output {
  return {
    isTTY: stream.isTTY === true,
    write: (text) =>
      new Promise((resolve) => {
        if (stream.write(text)) resolve();
        else stream.once('drain', resolve);
      }),
  };
}

/**
 * Color for people only: stdout must be a terminal and NO_COLOR unset or empty (no-color.org);
 * FORCE_COLOR set to anything but 0/false forces it on (piping to `less -R`, CI logs).
 */
export function wantsColor(out: Output, env: NodeJS.ProcessEnv): boolean {
  const force = env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force.toLowerCase() !== 'false';
  if (env.NO_COLOR) return false;
  return out.isTTY;
}
