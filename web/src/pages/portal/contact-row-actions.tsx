import { useState } from 'react';
import type { TContact } from '../../api/record-types.js';
import { describeContactError } from '../../lib/contact-errors.js';
import { useContactChange } from './use-contact-change.js';

/**
 * Edit, remove (after a confirmation) and — for a contact made read-only by a smaller plan — make
 * active again, within the plan's limit. Only the actions the API allows this user are offered.
 */
export function ContactRowActions({
  contact,
  limit,
  onEdit,
}: {
  contact: TContact;
  limit: number | null;
  onEdit: () => void;
}) {
  const [confirming, setConfirming] = useState(false);
  const { update, remove } = useContactChange(contact.id);
  const allowed = new Set(contact.allowedActions ?? []);
  const failure = remove.error ?? update.error;
  return (
    <div className="actions">
      {allowed.has('update') && (
        <button type="button" className="button button--small" onClick={onEdit}>
          Edit<span className="visually-hidden"> {contact.name}</span>
        </button>
      )}
      {allowed.has('update') && contact.readOnly && (
        <button
          type="button"
          className="button button--small"
          disabled={update.isPending}
          onClick={() => update.mutate({ readOnly: false })}
        >
          Make active<span className="visually-hidden"> {contact.name}</span>
        </button>
      )}
      {allowed.has('delete') &&
        (confirming ? (
          <>
            <span>Remove {contact.name}?</span>
            <button
              type="button"
              className="button button--small button--primary"
              disabled={remove.isPending}
              onClick={() => remove.mutate()}
            >
              Yes, remove
            </button>
            <button
              type="button"
              className="button button--small button--ghost"
              onClick={() => setConfirming(false)}
            >
              Keep
            </button>
          </>
        ) : (
          <button
            type="button"
            className="button button--small button--ghost"
            onClick={() => setConfirming(true)}
          >
            Remove<span className="visually-hidden"> {contact.name}</span>
          </button>
        ))}
      {failure && (
        <div className="alert alert--error" role="alert">
          {describeContactError(failure, limit)}
        </div>
      )}
    </div>
  );
}
