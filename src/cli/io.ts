import type { Readable, Writable } from 'node:stream';

/** Streams a CLI command talks to; tests pass their own. */
export type TCliIo = { stdin: Readable; stdout: Writable; stderr: Writable };

/** A CLI command: receives the arguments after its name, returns the process exit code. */
export type TCliCommand = (args: string[], io: TCliIo) => Promise<number>;

export function writeLine(stream: Writable, text: string): void {
  stream.write(`${text}\n`);
}
