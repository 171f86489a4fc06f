import { AppError } from '../lib/app-error.js';
import { inspectInput } from '../lib/inspect-input.js';
import type { TApiApp } from './api-types.js';

const codeByKind = {
  control: ['request.invalid_characters', 'Text may not contain NUL or control characters'],
  date: ['request.date_out_of_range', 'Dates must lie between 1970 and 2100'],
  depth: ['request.too_deep', 'The request is nested too deeply'],
} as const;

/**
 * The one place hostile text is refused (issue 13): before any schema or handler runs, every path,
 * query and body field of every route — public ones such as login included — is checked by
 * `inspectInput`; a hit is a 400 naming each offending field.
 */
export function registerInputGuard(app: TApiApp): void {
  app.addHook('preValidation', async (request) => {
    const problems = [
      ...inspectInput(request.params, 'params'),
      ...inspectInput(request.query, 'query'),
      ...inspectInput(request.body, 'body'),
    ];
    const first = problems[0];
    if (!first) return;
    const [code, message] = codeByKind[first.kind];
    throw new AppError(
      code,
      `${message}: ${problems.map((problem) => problem.field).join(', ')}`,
      problems.map(({ field, message: detail }) => ({ field, message: detail })),
    );
  });
}
