import { AppError, type TErrorDetail } from '../../lib/app-error.js';

/** `phone.rate_limited` (429) or `phone.pin_locked` (423), with a Retry-After in seconds. */
export class PinError extends AppError {
  readonly retryAfterSeconds: number;

  constructor(
    code: 'phone.rate_limited' | 'phone.pin_locked',
    message: string,
    retryAfterSeconds: number,
    details: readonly TErrorDetail[] = [],
  ) {
    super(code, message, details);
    this.retryAfterSeconds = Math.max(1, Math.ceil(retryAfterSeconds));
  }
}
