import { randomBytes } from 'node:crypto';
import { currentTimeMs } from '../lib/clock.js';

/**
 * A UUIDv7: 48-bit millisecond timestamp then random bits, so ids sort by creation time and
 * keyset pagination on `id` follows insertion order (to the millisecond).
 */
export function newId(nowMs: number = currentTimeMs()): string {
  const bytes = randomBytes(16);
  let time = nowMs;
  for (let index = 5; index >= 0; index--) {
    bytes[index] = time % 256;
    time = Math.floor(time / 256);
  }
  bytes[6] = 0x70 | ((bytes[6] ?? 0) & 0x0f);
  bytes[8] = 0x80 | ((bytes[8] ?? 0) & 0x3f);
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
