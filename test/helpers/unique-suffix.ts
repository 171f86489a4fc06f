import { randomBytes } from 'node:crypto';

/** A short random suffix for names that must be unique across test files (not derived from the time). */
export function uniqueSuffix(): string {
  return randomBytes(4).toString('hex');
}
