import { type ChangeEvent, useEffect, useId, useRef, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { describeError, isApiError } from '../../api/api-error.js';
import { useApiMutation, useApiQuery } from '../../api/use-api.js';
import { usePageTitle } from '../../lib/use-page-title.js';
import {
  errorsFromDetails,
  type TPackValidation,
  type TPackValidationError,
  type TPackVersion,
  type TPackVersionSource,
} from './pack-admin-types.js';
import { YamlLineView } from './yaml-line-view.js';

/** /admin/packs/upload?from=<pack>&version=<v>: paste or load YAML, validate, save as a draft. */
export function AdminPackUpload() {
  usePageTitle('Upload a pack version');
  const [search] = useSearchParams();
  const fromPack = search.get('from') ?? '';
  const fromVersion = search.get('version') ?? '';
  const start = useApiQuery<TPackVersionSource>(
    ['packs', fromPack, 'versions', fromVersion],
    `/packs/${encodeURIComponent(fromPack)}/versions/${encodeURIComponent(fromVersion)}`,
    undefined,
    { enabled: fromPack !== '' && fromVersion !== '' },
  );
  const [yaml, setYaml] = useState('');
  const [effectiveFrom, setEffectiveFrom] = useState('');
  const [errors, setErrors] = useState<TPackValidationError[]>([]);
  const [result, setResult] = useState<string | null>(null);
  const [focusLine, setFocusLine] = useState<number | null>(null);
  const validate = useApiMutation<{ yaml: string }, TPackValidation>('POST', '/packs/validate');
  const upload = useApiMutation<{ yaml: string; effectiveFrom?: string }, TPackVersion>('POST', '/packs', [
    ['packs'],
  ]);
  const navigate = useNavigate();
  const textarea = useRef<HTMLTextAreaElement>(null);
  /** Puts the caret at an error's line and column in the editor and scrolls both views to it. */
  const showError = (error: TPackValidationError) => {
    setFocusLine(error.line);
    const element = textarea.current;
    if (!element) return;
    const lines = element.value.split('\n');
    const offset =
      lines.slice(0, error.line - 1).reduce((sum, line) => sum + line.length + 1, 0) + error.column - 1;
    element.focus();
    element.setSelectionRange(offset, offset);
    const lineHeight = Number.parseFloat(getComputedStyle(element).lineHeight) || 18;
    element.scrollTop = Math.max(0, (error.line - 1) * lineHeight - element.clientHeight / 2);
  };
  const ids = { yaml: useId(), file: useId(), effective: useId(), status: useId() };

  useEffect(() => {
    if (start.data && yaml === '') setYaml(start.data.yaml);
  }, [start.data, yaml]);

  const loadFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (file) {
      setYaml(await file.text());
      setErrors([]);
      setResult(null);
    }
  };

  const runValidate = async () => {
    setResult(null);
    try {
      const answer = await validate.mutateAsync({ yaml });
      setErrors(answer.errors);
      setFocusLine(answer.errors[0]?.line ?? null);
      setResult(
        answer.valid && answer.summary
          ? `Valid: ${answer.summary.name}, version ${answer.summary.version} (effective ${answer.summary.effectiveFrom}).`
          : `${answer.errors.length} error${answer.errors.length === 1 ? '' : 's'} found.`,
      );
    } catch (error) {
      setResult(describeError(error));
    }
  };

  const save = async () => {
    setResult(null);
    try {
      const saved = await upload.mutateAsync({ yaml, ...(effectiveFrom ? { effectiveFrom } : {}) });
      navigate(`/admin/packs/${encodeURIComponent(saved.packId)}?saved=${encodeURIComponent(saved.version)}`);
    } catch (error) {
      const found =
        isApiError(error) && error.code === 'pack.invalid' ? errorsFromDetails(error.details) : [];
      setErrors(found);
      setFocusLine(found[0]?.line ?? null);
      setResult(describeError(error));
    }
  };

  return (
    <>
      <p className="breadcrumb">
        <Link to="/admin/packs">← Policy packs</Link>
      </p>
      <h1>Upload a pack version</h1>
      <p className="muted">
        Paste the YAML or load a file, validate it, then save it as a draft. A draft changes nothing until it
        is published.
      </p>
      <div className="form">
        <div className="field">
          <label htmlFor={ids.file}>YAML file</label>
          <input id={ids.file} type="file" accept=".yaml,.yml,text/yaml" onChange={loadFile} />
        </div>
        <div className="field">
          <label htmlFor={ids.effective}>Effective from (optional, overrides the file)</label>
          <input
            id={ids.effective}
            type="date"
            value={effectiveFrom}
            onChange={(event) => setEffectiveFrom(event.target.value)}
          />
        </div>
      </div>
      <div className="pack-editor">
        <div className="field">
          <label htmlFor={ids.yaml}>Pack YAML</label>
          <textarea
            ref={textarea}
            id={ids.yaml}
            value={yaml}
            spellCheck={false}
            aria-describedby={ids.status}
            onChange={(event) => {
              setYaml(event.target.value);
              setResult(null);
            }}
          />
        </div>
        <section aria-labelledby={`${ids.yaml}-view`}>
          <h2 id={`${ids.yaml}-view`} className="visually-hidden">
            Line-numbered view
          </h2>
          <YamlLineView yaml={yaml} errors={errors} focusLine={focusLine} />
        </section>
      </div>
      <div className="actions">
        <button type="button" className="button" onClick={runValidate} disabled={validate.isPending || !yaml}>
          Validate
        </button>
        <button
          type="button"
          className="button button--primary"
          onClick={save}
          disabled={upload.isPending || !yaml}
        >
          Save as draft
        </button>
      </div>
      <div id={ids.status} role="status" aria-live="polite">
        {result && (
          <p className={errors.length > 0 || upload.isError ? 'alert alert--error' : 'alert alert--ok'}>
            {result}
          </p>
        )}
      </div>
      {errors.length > 0 && (
        <section className="panel" aria-labelledby="validation-heading">
          <h2 id="validation-heading">Validation errors</h2>
          <ul className="validation-errors">
            {errors.map((error, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: errors have no identity
              <li key={index}>
                <button
                  type="button"
                  className="button button--ghost"
                  title={`Go to line ${error.line}, column ${error.column}`}
                  onClick={() => showError(error)}
                >
                  <span className="line-ref">
                    {error.line}:{error.column}
                  </span>
                </button>{' '}
                <code>{error.path}</code> — {error.message}
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
