/** Failed PIN attempts before an account's phone PIN locks (C8 hardening). */
export const pinMaxFailures = 5;
/** How long the lock lasts, and the window failures are counted in. */
export const pinLockoutMs = 15 * 60_000;

/**
 * Whether PIN verification for an account is locked at `now`: `pinMaxFailures` failures since the
 * last success within the window lock it until the last of them is `pinLockoutMs` old.
 */
export function pinLockedUntil(
  attempts: readonly { at: number; succeeded: boolean }[],
  now: number,
  limits: { maxFailures: number; lockoutMs: number } = {
    maxFailures: pinMaxFailures,
    lockoutMs: pinLockoutMs,
  },
): number | null {
  const recent = [...attempts]
    .filter((attempt) => attempt.at > now - limits.lockoutMs)
    .sort((a, b) => a.at - b.at);
  let failures: number[] = [];
  for (const attempt of recent) failures = attempt.succeeded ? [] : [...failures, attempt.at];
  if (failures.length < limits.maxFailures) return null;
  const last = failures[failures.length - 1] ?? now;
  return last + limits.lockoutMs;
}

/** Consecutive failures since the last success within the window (what counts towards the lock). */
export function countRecentPinFailures(
  attempts: readonly { at: number; succeeded: boolean }[],
  now: number,
  lockoutMs: number = pinLockoutMs,
): number {
  const recent = [...attempts].filter((attempt) => attempt.at > now - lockoutMs).sort((a, b) => a.at - b.at);
  let failures = 0;
  for (const attempt of recent) failures = attempt.succeeded ? 0 : failures + 1;
  return failures;
}
