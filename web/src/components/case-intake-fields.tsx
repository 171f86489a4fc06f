import type { ReactNode } from 'react';
import type { TContract } from '../api/record-types.js';
import type { TIntakeField } from '../lib/intake-fields.js';

/** The contract a new case is opened under, with an optional hint below. */
export function ContractField({
  id,
  contracts,
  value,
  onChange,
  children,
}: {
  id: string;
  contracts: readonly TContract[];
  value: string;
  onChange: (value: string) => void;
  children?: ReactNode;
}) {
  return (
    <div className="field">
      <label htmlFor={id}>Contract</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)}>
        {contracts.map((candidate) => (
          <option key={candidate.id} value={candidate.id}>
            {candidate.reference} — {candidate.plan} plan ({candidate.packId})
          </option>
        ))}
      </select>
      {children}
    </div>
  );
}

type TSeverityChoice = { id: string; name: string; definition?: string };

/** Severity (with its definition as the hint), summary and description of a new case. */
export function CaseBasicsFields({
  idPrefix,
  severities,
  severity,
  onSeverity,
  defaultSeverityHint,
  title,
  onTitle,
  description,
  onDescription,
}: {
  idPrefix: string;
  severities: readonly TSeverityChoice[];
  severity: string;
  onSeverity: (value: string) => void;
  defaultSeverityHint: string;
  title: string;
  onTitle: (value: string) => void;
  description: string;
  onDescription: (value: string) => void;
}) {
  const chosen = severities.find((candidate) => candidate.id === severity);
  return (
    <>
      <div className="field">
        <label htmlFor={`${idPrefix}-severity`}>Severity</label>
        <select
          id={`${idPrefix}-severity`}
          required
          value={severity}
          onChange={(event) => onSeverity(event.target.value)}
          aria-describedby={`${idPrefix}-severity-hint`}
        >
          <option value="">Choose…</option>
          {severities.map((candidate) => (
            <option key={candidate.id} value={candidate.id}>
              {candidate.id} — {candidate.name}
            </option>
          ))}
        </select>
        <p id={`${idPrefix}-severity-hint`} className="field__hint">
          {chosen?.definition ?? defaultSeverityHint}
        </p>
      </div>
      <div className="field">
        <label htmlFor={`${idPrefix}-title`}>Summary</label>
        <input
          id={`${idPrefix}-title`}
          required
          maxLength={200}
          value={title}
          onChange={(event) => onTitle(event.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${idPrefix}-description`}>Description</label>
        <textarea
          id={`${idPrefix}-description`}
          required
          rows={4}
          value={description}
          onChange={(event) => onDescription(event.target.value)}
        />
      </div>
    </>
  );
}

/** The incident details a pack requires (IVA-23), each with its hint; `required` per field if asked. */
export function IncidentDetailFields({
  idPrefix,
  fields,
  values,
  onChange,
  enforceRequired,
}: {
  idPrefix: string;
  fields: readonly TIntakeField[];
  values: Record<string, string>;
  onChange: (values: Record<string, string>) => void;
  enforceRequired: boolean;
}) {
  return (
    <>
      {fields.map((field) => (
        <div key={field.id} className="field">
          <label htmlFor={`${idPrefix}-${field.id}`}>{field.label}</label>
          <textarea
            id={`${idPrefix}-${field.id}`}
            rows={3}
            required={enforceRequired && field.required}
            value={values[field.id] ?? ''}
            onChange={(event) => onChange({ ...values, [field.id]: event.target.value })}
            aria-describedby={field.hint ? `${idPrefix}-${field.id}-hint` : undefined}
          />
          {field.hint && (
            <p id={`${idPrefix}-${field.id}-hint`} className="field__hint">
              {field.hint}
            </p>
          )}
        </div>
      ))}
    </>
  );
}
