import { type FormEvent, useState } from 'react';
import { describeError, isApiError } from '../../api/api-error.js';
import type { TAccount } from '../../api/record-types.js';
import { useApiMutation } from '../../api/use-api.js';
import { InstantTime } from '../../components/instant-time.js';
import { findViewerTimeZone, formatInstant } from '../../lib/format-time.js';

export type TPinVerification = { verified: true; verificationId: string; expiresAt: string };

/** A detail the server sends with a PIN refusal (`triesLeft`, `lockedUntil`). */
function readDetail(error: { details: unknown }, field: string): string | undefined {
  if (!Array.isArray(error.details)) return undefined;
  const found = error.details.find(
    (detail): detail is { field: string; message: string } =>
      typeof detail === 'object' && detail !== null && (detail as { field?: unknown }).field === field,
  );
  return found?.message;
}

/**
 * What the agent tells the caller for each refusal of POST /phone-intake/verify: one message with
 * the tries left, the lock's end in the viewer's zone (with the zone's name) and what to do next.
 */
export function describePinError(error: unknown, viewerZone: string = findViewerTimeZone()): string {
  if (!isApiError(error)) return describeError(error);
  const lockedUntil = readDetail(error, 'lockedUntil');
  const lockText = lockedUntil
    ? `PIN checks for this account are locked until ${formatInstant(lockedUntil, viewerZone)}. Next: ask the caller to call back after that time, or to have their customer admin confirm the PIN; do not open a Premium case without a verified PIN.`
    : undefined;
  switch (error.status) {
    case 401: {
      if (lockText) return `Wrong PIN. ${lockText}`;
      const triesLeft = readDetail(error, 'triesLeft');
      const tries =
        triesLeft === undefined
          ? ''
          : ` ${triesLeft} ${triesLeft === '1' ? 'try' : 'tries'} left before PIN checks for this account lock.`;
      return `Wrong PIN.${tries} Ask the caller to check it and try again.`;
    }
    case 423:
      return (
        lockText ??
        'PIN checks for this account are locked after repeated wrong PINs. Ask the caller to call back later.'
      );
    case 429:
      return 'You have made too many PIN checks. Wait a few minutes before trying again.';
    default:
      return describeError(error);
  }
}

/** Step 2: the caller's Premium Support PIN (C8); a success is good for one case for 10 minutes. */
export function PhoneIntakePin({
  account,
  verification,
  onVerified,
}: {
  account: TAccount;
  verification: TPinVerification | undefined;
  onVerified: (verification: TPinVerification) => void;
}) {
  const [pin, setPin] = useState('');
  const verify = useApiMutation<{ accountId: string; pin: string }, TPinVerification>(
    'POST',
    '/phone-intake/verify',
  );
  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const result = await verify
      .mutateAsync({ accountId: account.id, pin: pin.trim() })
      .catch(() => undefined);
    setPin('');
    if (result) onVerified(result);
  }
  return (
    <section className="panel" aria-labelledby="intake-pin-heading">
      <h2 id="intake-pin-heading">2. Premium Support PIN</h2>
      <form className="form" onSubmit={submit} aria-label="PIN check">
        <div className="field">
          <label htmlFor="intake-pin">Premium Support PIN for {account.name}</label>
          <input
            id="intake-pin"
            type="password"
            inputMode="numeric"
            autoComplete="off"
            pattern="[0-9]{4,12}"
            title="4 to 12 digits"
            required
            value={pin}
            onChange={(event) => setPin(event.target.value)}
            aria-describedby="intake-pin-hint"
          />
          <p id="intake-pin-hint" className="field__hint">
            Premium plans need a verified PIN on every call; other plans may skip this step.
          </p>
        </div>
        <button type="submit" className="button" disabled={verify.isPending}>
          {verify.isPending ? 'Checking…' : 'Verify PIN'}
        </button>
      </form>
      <div aria-live="polite">
        {verify.isError && !verify.isPending && (
          <div className="alert alert--error" role="alert">
            {describePinError(verify.error)}
          </div>
        )}
        {verification && !verify.isError && (
          <div className="alert alert--ok" role="status">
            PIN verified — good for one case until <InstantTime value={verification.expiresAt} />.
          </div>
        )}
      </div>
    </section>
  );
}
