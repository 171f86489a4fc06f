import { incidentDetailLabels } from '../domain/workflow/incident-details.js';
import type { TActor } from '../policies/actor.js';

/**
 * Customers see the clause text and plain words; reading ids (T4, C1, K1…), clause ids (IMP-49),
 * seed file names, placeholders and raw field ids are for vendor staff. The SLA explanation lines are
 * written once, for staff (and the CLI); this rewrites them for a customer at the presenter, so the
 * API never sends a customer the internal wording.
 */
export function isCustomerActor(actor: TActor): boolean {
  return actor.kind === 'user' && actor.accountId !== null;
}

const clauseId = String.raw`[A-Z]{2,5}-\d+[A-Za-z]?`;
const readingId = String.raw`(?:reading )?[A-Z]\d{1,2}`;
/** `IMP-49 (seeds/000_….txt § Service Levels): ` — the citation in front of the quoted clause text. */
const citation = new RegExp(String.raw`\b${clauseId}\s\([^()]*§[^()]*\)(?::\s)?`, 'g');
const idOnly = new RegExp(String.raw`^(?:${clauseId}|${readingId})$`);

function dropIdsInParentheses(text: string): string {
  return text.replace(/\s?\(([^()]*)\)/g, (whole, inner: string) => {
    const parts = inner.split(/,\s*/);
    const kept = parts.filter((part) => !idOnly.test(part.trim()));
    if (kept.length === parts.length) return whole;
    return kept.length === 0 ? '' : ` (${kept.join(', ')})`;
  });
}

/** One explanation line for a customer, or null when the line is for vendor staff only. */
export function toCustomerWording(line: string): string | null {
  if (/PLACEHOLDER/i.test(line)) return null;
  let text = line
    .replace(
      /; severity stays (\S+) and the agent should ask for a ([\w/]+) report/g,
      '; to get this response target, phone support about the case',
    )
    .replace(citation, '')
    .replace(/\s*\[reading [^\]]*\]/g, '')
    .replace(/\bseeds\/\S+?\.(?:txt|md|pdf|ya?ml)\b/g, 'the support terms');
  text = dropIdsInParentheses(text);
  text = text.replace(new RegExp(String.raw`\b${clauseId}\b`, 'g'), 'the support terms');
  for (const [field, label] of Object.entries(incidentDetailLabels)) {
    text = text.replace(new RegExp(String.raw`\b${field}\b`, 'g'), label);
  }
  return text
    .replace(/\s+—\s*(?=[.)]|$)/g, '')
    .replace(/\s{2,}/g, ' ')
    .trim();
}

/** The explanation lines a viewer may see: unchanged for vendor staff, plain words for customers. */
export function presentExplanation(lines: readonly string[], actor: TActor): string[] {
  if (!isCustomerActor(actor)) return [...lines];
  return lines.map(toCustomerWording).filter((line): line is string => line !== null && line !== '');
}
