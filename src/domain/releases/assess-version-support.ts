/**
 * H3 version support (pure): a version is supported while it is the current release, one of the
 * `supported_prior_versions` before it, or less than `minimum_support_months` past its end of shipping
 * (default end of shipping: the GA date of its successor). IVA-11: when the customer's support ended,
 * releases made available after that day are not entitled; earlier ones stay entitled.
 * Dates are ISO calendar dates ('YYYY-MM-DD'); day numbers are days since 1970-01-01.
 */

import { formatIsoDate, parseIsoDate } from '../calendar/local-date.js';
import { addMonthsClamped } from '../training/trm-dates.js';

export type TVersionRule = {
  supported_prior_versions: number | null;
  minimum_support_months: number | null;
};
export type TVersionInput = { version: string; ga: string; end_of_shipping?: string };
export type TVersionSupport = {
  version: string;
  status: 'supported' | 'unsupported';
  supported_until: string | null;
  reason: string;
  entitled?: boolean;
  code?: string;
};

/** Codes (documented in docs/releases.md). */
export const releaseCodes = {
  unsupported: 'release.version_unsupported',
  notYetAvailable: 'release.not_yet_available',
  afterSupportEnded: 'release.after_support_ended',
} as const;

type TDated = { version: string; ga: number; eos: number | null; index: number };

function toDay(text: string, field: string): number {
  const day = parseIsoDate(text);
  if (day === undefined) throw new Error(`${field}: not a date (YYYY-MM-DD)`);
  return day;
}

/** Versions ordered by GA date (ties keep input order), with the default end of shipping filled in. */
export function orderVersions(versions: TVersionInput[]): TDated[] {
  const dated = versions
    .map((v, i) => ({ v, i, ga: toDay(v.ga, `versions.${i}.ga`) }))
    .sort((a, b) => a.ga - b.ga || a.i - b.i);
  return dated.map((d, index) => {
    const explicit = d.v.end_of_shipping;
    const successor = dated[index + 1];
    const eos = explicit ? toDay(explicit, `versions.${d.i}.end_of_shipping`) : (successor?.ga ?? null);
    return { version: d.v.version, ga: d.ga, eos, index };
  });
}

/** Last day of the N-k window: the day before the release that pushes the version out of it ships. */
function lastDayInPriorWindow(ordered: TDated[], v: TDated, prior: number | null): number | null {
  if (prior === null) return null;
  const pusher = ordered[v.index + prior + 1];
  return pusher ? pusher.ga - 1 : null;
}

/** Last day of the shipping window: end of shipping + N months, minus one day ("less than N months"). */
function lastDayInShippingWindow(v: TDated, months: number | null): number | null | 'none' {
  if (months === null) return 'none';
  if (v.eos === null) return null;
  return addMonthsClamped(v.eos, months) - 1;
}

function describeRule(rule: TVersionRule): string {
  const parts: string[] = ['the current release'];
  if (rule.supported_prior_versions !== null)
    parts.push(
      rule.supported_prior_versions === 1
        ? 'the one before it'
        : `the ${rule.supported_prior_versions} before it`,
    );
  if (rule.minimum_support_months !== null)
    parts.push(`any version less than ${rule.minimum_support_months} months past its end of shipping`);
  return parts.join(', ');
}

/** Support status of every version on `asOf` under the pack's rule (H3), with IVA-11 entitlement. */
export function assessVersionSupport(
  rule: TVersionRule,
  versions: TVersionInput[],
  asOf: string,
  supportEnded?: string,
): TVersionSupport[] {
  const day = toDay(asOf, 'as_of');
  const ended = supportEnded === undefined ? undefined : toDay(supportEnded, 'support_ended');
  const ordered = orderVersions(versions);
  const released = ordered.filter((v) => v.ga <= day);
  const rulesText = describeRule(rule);
  const noRule = rule.supported_prior_versions === null && rule.minimum_support_months === null;
  const result = new Map<TDated, TVersionSupport>();
  for (const v of ordered) {
    let answer: TVersionSupport;
    if (v.ga > day) {
      answer = {
        version: v.version,
        status: 'unsupported',
        supported_until: null,
        reason: `Not yet generally available (GA ${formatIsoDate(v.ga)}).`,
        code: releaseCodes.notYetAvailable,
      };
    } else if (noRule) {
      answer = {
        version: v.version,
        status: 'supported',
        supported_until: null,
        reason: 'Supported: the policy sets no version limit; see the published end-of-life list.',
      };
    } else {
      const prior = lastDayInPriorWindow(ordered, v, rule.supported_prior_versions);
      const shipping = lastDayInShippingWindow(v, rule.minimum_support_months);
      const priorOpen = rule.supported_prior_versions !== null && prior === null;
      const shippingOpen = shipping === null;
      const until =
        priorOpen || shippingOpen
          ? null
          : Math.max(
              prior ?? Number.NEGATIVE_INFINITY,
              shipping === 'none' ? Number.NEGATIVE_INFINITY : shipping,
            );
      const supported = until === null || day <= until;
      const position = released.length - 1 - released.indexOf(v);
      const which =
        position === 0
          ? 'the current release'
          : position === 1
            ? 'the release before the current one'
            : `${position} releases behind the current one`;
      answer = supported
        ? {
            version: v.version,
            status: 'supported',
            supported_until: until === null ? null : formatIsoDate(until),
            reason: `Supported: it is ${which}; supported are ${rulesText}.`,
          }
        : {
            version: v.version,
            status: 'unsupported',
            supported_until: formatIsoDate(until as number),
            reason: `Unsupported since ${formatIsoDate((until as number) + 1)}: it is ${which}; supported are ${rulesText}. Upgrade to ${released[released.length - 1]?.version ?? 'the current release'}.`,
            code: releaseCodes.unsupported,
          };
    }
    if (ended !== undefined) {
      const entitled = v.ga <= ended;
      answer.entitled = entitled;
      if (!entitled) answer.code = releaseCodes.afterSupportEnded;
    }
    result.set(v, answer);
  }
  // Answer in the order the versions were given.
  return versions.map((input) => {
    const match = ordered.find((o) => o.version === input.version && result.has(o));
    const found = match ? result.get(match) : undefined;
    if (!match || !found) throw new Error('unreachable');
    result.delete(match);
    return found;
  });
}

/**
 * Strict N/N-1 (RMA and anything else that must not use the shipping window): supported only if the
 * version is the current released version or the one before it on `asOf`.
 */
export function isCurrentOrPriorVersion(versions: TVersionInput[], version: string, asOf: string): boolean {
  const day = toDay(asOf, 'as_of');
  const released = orderVersions(versions).filter((v) => v.ga <= day);
  const i = released.findIndex((v) => v.version === version);
  return i >= 0 && i >= released.length - 2;
}
