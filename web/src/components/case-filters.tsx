import type { TCaseFilters } from '../api/case-types.js';

export type TFilterOption = { value: string; label: string };
export type TFilterField = {
  name: keyof TCaseFilters;
  label: string;
  options: readonly TFilterOption[];
  /** What the empty choice means; default "Any". */
  anyLabel?: string;
};

/** A row of labelled selects; an empty value means "any". */
export function CaseFilters({
  fields,
  value,
  onChange,
}: {
  fields: readonly TFilterField[];
  value: TCaseFilters;
  onChange: (next: TCaseFilters) => void;
}) {
  return (
    <fieldset className="filters">
      <legend className="visually-hidden">Filter cases</legend>
      {fields.map((field) => {
        const id = `filter-${field.name}`;
        return (
          <div key={field.name} className="field field--inline">
            <label htmlFor={id}>{field.label}</label>
            <select
              id={id}
              value={value[field.name] ?? ''}
              onChange={(event) => onChange({ ...value, [field.name]: event.target.value || undefined })}
            >
              <option value="">{field.anyLabel ?? 'Any'}</option>
              {field.options.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </select>
          </div>
        );
      })}
    </fieldset>
  );
}
