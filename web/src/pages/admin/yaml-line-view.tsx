import { useEffect, useRef } from 'react';
import type { TPackValidationError } from './pack-admin-types.js';
import './pack-admin.css';

/**
 * The YAML with line numbers; lines with errors are highlighted and carry their messages. When
 * `focusLine` changes, that line scrolls into view.
 */
export function YamlLineView({
  yaml,
  errors,
  focusLine,
}: {
  yaml: string;
  errors: readonly TPackValidationError[];
  focusLine: number | null;
}) {
  const container = useRef<HTMLOListElement>(null);
  useEffect(() => {
    if (focusLine === null) return;
    const line = container.current?.querySelector(`[data-line="${focusLine}"]`);
    line?.scrollIntoView({ block: 'center' });
  }, [focusLine]);
  const byLine = new Map<number, string[]>();
  for (const error of errors) byLine.set(error.line, [...(byLine.get(error.line) ?? []), error.message]);
  const lines = yaml.split('\n');
  return (
    <ol className="yaml-view" ref={container} aria-label="Pack YAML with line numbers">
      {lines.map((text, index) => {
        const number = index + 1;
        const messages = byLine.get(number);
        return (
          <li
            key={number}
            data-line={number}
            className={`yaml-view__line${messages ? ' yaml-view__line--error' : ''}`}
            title={messages?.join('\n')}
            aria-label={messages ? `Line ${number}, error: ${messages.join('; ')}` : undefined}
          >
            <span className="yaml-view__number" aria-hidden="true">
              {number}
            </span>
            <span>{text || ' '}</span>
          </li>
        );
      })}
    </ol>
  );
}
