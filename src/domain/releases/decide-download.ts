/**
 * Whether a customer may download a release's files (pure). IMP-11/IMP-37: only customers with
 * maintenance in force; IMP-12: only the products their contracts cover (a separately priced feature,
 * IMP-13, is its own product in the catalogue, so it is covered only where bought); IVA-11 (packs with
 * the `updates-while-active` rule): after support ended, releases made available on or before the last
 * day of support stay downloadable, later ones are refused. Suspended and withheld service refuse all.
 */
export type TDownloadEntitlement = {
  entitled: boolean;
  status: string;
  code: string | null;
  reason: string;
  supportEndedOn: string | null;
};

export type TDownloadDecision =
  | { allowed: true; reason: string }
  | { allowed: false; code: string; reason: string };

export const downloadCodes = {
  notCovered: 'download.product_not_covered',
  notAvailable: 'download.not_available',
  afterSupportEnded: 'release.after_support_ended',
} as const;

export function decideDownload(input: {
  entitlement: TDownloadEntitlement;
  packRuleIds: readonly string[];
  release: { status: 'planned' | 'published'; gaDate: string | null };
}): TDownloadDecision {
  const { entitlement, release } = input;
  if (release.status !== 'published' || release.gaDate === null)
    return { allowed: false, code: downloadCodes.notAvailable, reason: 'This release is not available yet.' };
  if (entitlement.entitled) return { allowed: true, reason: entitlement.reason };
  if (entitlement.code === 'contract.none')
    return {
      allowed: false,
      code: downloadCodes.notCovered,
      reason: 'Your support contracts do not cover this product, so its releases are not included.',
    };
  const ended = entitlement.supportEndedOn;
  const keepsEarlierReleases =
    input.packRuleIds.includes('updates-while-active') &&
    (entitlement.status === 'lapsed' || entitlement.status === 'terminated') &&
    ended !== null;
  if (keepsEarlierReleases && ended !== null) {
    if (release.gaDate <= ended)
      return {
        allowed: true,
        reason: `Made available on ${release.gaDate}, while your support was in force (until ${ended}).`,
      };
    return {
      allowed: false,
      code: downloadCodes.afterSupportEnded,
      reason: `Made available on ${release.gaDate}, after your support ended on ${ended}; renew support to download it.`,
    };
  }
  return { allowed: false, code: entitlement.code ?? 'contract.not_entitled', reason: entitlement.reason };
}
