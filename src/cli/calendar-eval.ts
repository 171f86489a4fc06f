import { createInterface } from 'node:readline';
import { evaluateCalendarRequest, type TCalendarCache } from '../domain/calendar/evaluate-request.js';
import { type TCliCommand, writeLine } from './io.js';

/**
 * `aftercare calendar eval`: NDJSON requests on stdin → one NDJSON response per line, in order. A bad
 * line (invalid JSON, unknown zone, malformed time…) gets {"error":{"code","message"}} and the stream
 * goes on. Blank lines are skipped. Exit code 0 unless stdin itself fails.
 */
export const runCalendarEval: TCliCommand = async (args, io) => {
  if (args.includes('--help') || args.includes('-h')) {
    writeLine(
      io.stdout,
      'Usage: aftercare calendar eval < requests.ndjson\n' +
        '  each line: {"calendar":{…},"op":"add|subtract|elapsed|in_hours|next_open|prev_close",' +
        '"from":ISO,"to":ISO,"duration":{…}}\n  see docs/calendar.md',
    );
    return 0;
  }
  if (args.length > 0) {
    writeLine(io.stderr, `aftercare calendar eval: unexpected arguments ${args.join(' ')}`);
    return 1;
  }
  const cache: TCalendarCache = new Map();
  const lines = createInterface({ input: io.stdin, crlfDelay: Number.POSITIVE_INFINITY });
  for await (const line of lines) {
    if (line.trim() === '') continue;
    let request: unknown;
    try {
      request = JSON.parse(line);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      writeLine(
        io.stdout,
        JSON.stringify({ error: { code: 'calendar.invalid_json', message: `bad JSON line: ${reason}` } }),
      );
      continue;
    }
    writeLine(io.stdout, JSON.stringify(evaluateCalendarRequest(request, cache)));
  }
  return 0;
};
