import { assessReleaseSupport, type TCatalogueRelease } from './assess-release-support.js';
import type { TVersionRule } from './assess-version-support.js';

/** What a case records about the customer's version at intake (stored as `cases.version_support`). */
export type TCaseVersionSupport = {
  status: 'supported' | 'unsupported' | 'unknown';
  supportedUntil: string | null;
  /** Plain words: the rule and, when unsupported, the upgrade recommendation. */
  reason: string;
  code: string | null;
};

/**
 * The support status of the version a customer reports on a case (H3, IMP-14; IVA-38 for packs that
 * publish an end-of-life list instead): the case is accepted either way, an unsupported version is
 * flagged with the rule and the upgrade recommendation. A version the catalogue does not know is
 * `unknown` (the agent confirms it with the customer). Pure.
 */
export function assessCaseVersion(
  rule: TVersionRule,
  releases: readonly TCatalogueRelease[] | null,
  version: string,
  asOf: string,
): TCaseVersionSupport {
  if (releases === null)
    return {
      status: 'unknown',
      supportedUntil: null,
      reason: `Version ${version} could not be checked: the case names no product.`,
      code: 'release.version_unknown',
    };
  const release = releases.find((candidate) => candidate.version === version);
  const support = release ? assessReleaseSupport(rule, releases, asOf).get(release.id) : undefined;
  if (!support)
    return {
      status: 'unknown',
      supportedUntil: null,
      reason: `Version ${version} is not a released version of this product; please confirm the version.`,
      code: 'release.version_unknown',
    };
  return {
    status: support.status,
    supportedUntil: support.supported_until,
    reason: support.reason,
    code: support.code ?? null,
  };
}
