import { createInterface } from 'node:readline';
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

type TErrorJson = ReturnType<typeof errorJson>;

/** Runs one explain request: its result, or the error line (bad JSON text → `request.invalid_json`). */
export function answer<T>(run: () => T): T | TErrorJson {
  try {
    return run();
  } catch (error) {
    return error instanceof SyntaxError
      ? { error: { code: 'request.invalid_json', message: error.message } }
      : errorJson(error);
  }
}

/**
 * `--batch` of the explain CLIs: NDJSON requests on stdin, one result line per request, in order,
 * never stopping on a bad line (an error line is `{"error":{"code","message"}}`). Exit code 0.
 */
export async function runBatch(io: TCliIo, explain: (raw: unknown) => unknown): Promise<number> {
  const lines = createInterface({ input: io.stdin, crlfDelay: Number.POSITIVE_INFINITY });
  for await (const line of lines) {
    if (line.trim() === '') continue;
    writeLine(io.stdout, JSON.stringify(answer(() => explain(JSON.parse(line)))));
  }
  return 0;
}
