import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findPackageRoot } from '../../src/domain/packs/package-root.js';

export const imprivataYaml = readFileSync(join(findPackageRoot(), 'packs', 'imprivata-onesign.yaml'), 'utf8');

/** The Premium P1 first-response line of the built-in Imprivata pack. */
export const premiumP1Line =
  'first_response: { clock: business_hours, hours: 2, text: "Within 2 business hours", source: { clause: IMP-50';

/** The 1-based line number of the first line containing `text`. */
export function lineOf(yaml: string, text: string): number {
  const index = yaml.split('\n').findIndex((line) => line.includes(text));
  if (index < 0) throw new Error(`not in the pack: ${text}`);
  return index + 1;
}

/**
 * The built-in Imprivata pack edited into version `version`: Premium P1 first response within 1
 * business hour instead of 2, with optional effective / announcement dates.
 */
export function editedImprivata(
  version: string,
  options: { effectiveFrom?: string; announcedOn?: string; premiumP1Hours?: number } = {},
): string {
  const hours = options.premiumP1Hours ?? 1;
  let text = imprivataYaml
    .replace('version: "1"', `version: "${version}"`)
    .replace(
      premiumP1Line,
      premiumP1Line.replace(
        'hours: 2, text: "Within 2 business hours"',
        `hours: ${hours}, text: "Within ${hours} business hour${hours === 1 ? '' : 's'}"`,
      ),
    );
  if (options.effectiveFrom) {
    text = text.replace('effective_from: "2020-01-01"', `effective_from: "${options.effectiveFrom}"`);
  }
  if (options.announcedOn) {
    text = text.replace(/^effective_from: .*$/m, (line) => `${line}\nannounced_on: "${options.announcedOn}"`);
  }
  return text;
}
