/** One error type for the whole app. `code` is stable (`case.not_found`); the HTTP status comes from
 * the single map in routes/error-handler.ts, so the domain never knows about HTTP. */
export type TErrorDetail = { field?: string; line?: number; column?: number; message: string };

export class AppError extends Error {
  readonly code: string;
  readonly details: readonly TErrorDetail[];

  constructor(code: string, message?: string, details: readonly TErrorDetail[] = []) {
    super(message ?? code);
    this.name = 'AppError';
    this.code = code;
    this.details = details;
  }
}

export function isAppError(value: unknown): value is AppError {
  return value instanceof AppError;
}
