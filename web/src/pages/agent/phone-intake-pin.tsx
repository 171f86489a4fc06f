import { type FormEvent, useState } from 'react';
import { describeError, isApiError } from '../../api/api-error.js';
import type { TAccount } from '../../api/record-types.js';
import { useApiMutation } from '../../api/use-api.js';

export type TPinVerification = { verified: true; verificationId: string; expiresAt: string };

/** What the agent tells the caller for each refusal of POST /phone-intake/verify. */
export function describePinError(error: unknown): string {
  if (!isApiError(error)) return describeError(error);
  switch (error.status) {
    case 401:
      return 'Wrong PIN. Ask the caller to check it and try again.';
    case 423:
      return `PIN checks for this account are locked after repeated wrong PINs. ${error.message}`;
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
            PIN verified — good for one case until {new Date(verification.expiresAt).toLocaleTimeString()}.
          </div>
        )}
      </div>
    </section>
  );
}
