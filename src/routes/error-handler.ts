import type { FastifyError, FastifyInstance, FastifyReply } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { isAppError, type TErrorDetail } from '../lib/app-error.js';

/** The single code → HTTP status map. Codes not listed by suffix default to 400. */
const statusBySuffix: ReadonlyArray<[RegExp, number]> = [
  [/^phone\.pin_invalid$/, 401],
  [/^phone\.pin_locked$/, 423],
  [/\.not_found$|^not_found$/, 404],
  [/^idempotency\.key_reused$/, 422],
  [/^idempotency\.in_progress$/, 409],
  [/^auth\.unauthenticated$|^auth\.invalid_credentials$/, 401],
  [/^auth\.forbidden$|\.forbidden$|^auth\.(csrf_invalid|insufficient_scope|session_required)$/, 403],
  [/\.conflict$|\.already_exists$|\.duplicate$|\.limit_reached$/, 409],
  [/^rate_limited$|\.rate_limited$|\.locked$/, 429],
  [/^internal$|^db\./, 500],
];

export function statusForCode(code: string): number {
  for (const [pattern, status] of statusBySuffix) if (pattern.test(code)) return status;
  return 400;
}

function sendError(
  reply: FastifyReply,
  status: number,
  code: string,
  message: string,
  details?: readonly TErrorDetail[],
) {
  return reply.status(status).send({ error: { code, message, ...(details ? { details } : {}) } });
}

/** Zod issues → one detail per offending field; unknown keys are named one by one. */
function detailsFromValidation(
  error: {
    validation: ReadonlyArray<{
      instancePath: string;
      message?: string;
      keyword: string;
      params: Record<string, unknown>;
    }>;
  },
  context: string | undefined,
): TErrorDetail[] {
  const details: TErrorDetail[] = [];
  for (const issue of error.validation) {
    const base = issue.instancePath.replace(/^\//, '').replaceAll('/', '.');
    if (issue.keyword === 'unrecognized_keys' && Array.isArray(issue.params.keys)) {
      for (const key of issue.params.keys) {
        details.push({ field: base ? `${base}.${String(key)}` : String(key), message: 'unknown field' });
      }
      continue;
    }
    details.push({ field: base || (context ?? 'body'), message: issue.message ?? issue.keyword });
  }
  return details;
}

const databaseStatus: Record<string, [number, string, string]> = {
  '23505': [409, 'resource.conflict', 'A record with these values already exists'],
  '23503': [409, 'resource.conflict', 'A referenced record does not exist or is still in use'],
  '22P02': [400, 'request.invalid', 'A value has the wrong format'],
  '40001': [409, 'resource.conflict', 'Concurrent update; retry'],
};

export function registerErrorHandler(app: FastifyInstance): void {
  app.setNotFoundHandler((request, reply) =>
    sendError(reply, 404, 'route.not_found', `No route ${request.method} ${request.url}`),
  );
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (isAppError(error)) {
      const retryAfter = (error as { retryAfterSeconds?: unknown }).retryAfterSeconds;
      if (typeof retryAfter === 'number') reply.header('retry-after', String(retryAfter));
      const status = statusForCode(error.code);
      if (status >= 500) request.log.error({ err: error }, 'server error');
      return sendError(reply, status, error.code, error.message, error.details);
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const details = detailsFromValidation(error, error.validationContext);
      const fields = details.map((detail) => detail.field).join(', ');
      return sendError(reply, 400, 'request.invalid', `Invalid request: ${fields}`, details);
    }
    if (error.statusCode === 413)
      return sendError(reply, 413, 'request.too_large', 'Request body is too large');
    if (error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') {
      return sendError(reply, 415, 'request.unsupported_media_type', error.message);
    }
    if (error.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || error instanceof SyntaxError) {
      return sendError(reply, 400, 'request.invalid_json', 'The request body is not valid JSON');
    }
    const databaseCode = (error as { code?: unknown }).code;
    const mapped = typeof databaseCode === 'string' ? databaseStatus[databaseCode] : undefined;
    if (mapped) return sendError(reply, mapped[0], mapped[1], mapped[2]);
    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      return sendError(reply, error.statusCode, 'request.invalid', error.message);
    }
    request.log.error({ err: error }, 'unhandled error');
    return sendError(reply, 500, 'internal', 'Internal error');
  });
}
