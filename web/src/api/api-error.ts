/** The API's error envelope: `{error: {code, message, details}}`. */
export type TApiErrorBody = { error: { code: string; message: string; details?: unknown } };

/** Every failed API call rejects with this: the server's code and message, plus the HTTP status. */
export class ApiError extends Error {
  readonly code: string;
  readonly status: number;
  readonly details: unknown;

  constructor(input: { code: string; message: string; status: number; details?: unknown }) {
    super(input.message);
    this.name = 'ApiError';
    this.code = input.code;
    this.status = input.status;
    this.details = input.details;
  }
}

export function isApiError(value: unknown): value is ApiError {
  return value instanceof ApiError;
}

function isErrorBody(value: unknown): value is TApiErrorBody {
  if (typeof value !== 'object' || value === null || !('error' in value)) return false;
  const error = (value as { error: unknown }).error;
  return (
    typeof error === 'object' &&
    error !== null &&
    typeof (error as { code?: unknown }).code === 'string' &&
    typeof (error as { message?: unknown }).message === 'string'
  );
}

/** Turns a failed response's status and parsed body (or none) into an ApiError. */
export function toApiError(status: number, body: unknown): ApiError {
  if (isErrorBody(body)) {
    return new ApiError({ status, ...body.error });
  }
  if (status === 0) {
    return new ApiError({ status, code: 'network.unreachable', message: 'The server could not be reached.' });
  }
  return new ApiError({
    status,
    code: 'http.unexpected',
    message: `The server answered with an unexpected response (HTTP ${status}).`,
  });
}

/** A message fit to show to the user for any thrown value. */
export function describeError(error: unknown): string {
  if (error instanceof Error) return error.message;
  return 'Something went wrong.';
}
