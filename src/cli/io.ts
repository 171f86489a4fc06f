import type { Readable, Writable } from 'node:stream';
import { isAppError } from '../lib/app-error.js';

/** Streams a CLI command talks to; tests pass their own. */
export type TCliIo = { stdin: Readable; stdout: Writable; stderr: Writable };

/** A CLI command: receives the arguments after its name, returns the process exit code. */
export type TCliCommand = (args: string[], io: TCliIo) => Promise<number>;

export function writeLine(stream: Writable, text: string): void {
  stream.write(`${text}\n`);
}

/** The NDJSON error line of the explain CLIs: the AppError's code and message, else `internal`. */
export function errorJson(error: unknown): { error: { code: string; message: string } } {
  if (isAppError(error)) return { error: { code: error.code, message: error.message } };
  return { error: { code: 'internal', message: error instanceof Error ? error.message : String(error) } };
}

/** The whole of a stream as text (one JSON request on stdin). */
export async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  let text = '';
  for await (const chunk of stream) text += String(chunk);
  return text;
}
