import { AppError } from '../../lib/app-error.js';

/** `phone.rate_limited` (429) or `phone.pin_locked` (423), with a Retry-After in seconds. */
export class PinError extends AppError {
  readonly retryAfterSeconds: number;

  constructor(code: 'phone.rate_limited' | 'phone.pin_locked', message: string, retryAfterSeconds: number) {
    super(code, message);
    this.retryAfterSeconds = Math.max(1, Math.ceil(retryAfterSeconds));
  }
}
