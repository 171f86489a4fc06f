import { assessVersionSupport, type TVersionRule, type TVersionSupport } from './assess-version-support.js';

/** A stored release as the support rule reads it. */
export type TCatalogueRelease = {
  id: string;
  version: string;
  status: 'planned' | 'published';
  /** 'YYYY-MM-DD' or null (a planned release with no date yet). */
  gaDate: string | null;
  endOfShipping: string | null;
};

/**
 * Support status of each published release of one product on `asOf` (H3, pure): only published
 * releases count as versions (a planned one is not current even past its planned date), so planned
 * releases get no entry. `supportEnded` adds IVA-11 entitlement as in `assessVersionSupport`.
 */
export function assessReleaseSupport(
  rule: TVersionRule,
  releases: readonly TCatalogueRelease[],
  asOf: string,
  supportEnded?: string,
): Map<string, TVersionSupport> {
  const shipped = releases.filter(
    (release): release is TCatalogueRelease & { gaDate: string } =>
      release.status === 'published' && release.gaDate !== null,
  );
  const answers = new Map<string, TVersionSupport>();
  if (shipped.length === 0) return answers;
  // Versions are unique per product (releases_version_idx), so the domain's answers map back by index.
  const versions = shipped.map((release) => ({
    version: release.version,
    ga: release.gaDate,
    ...(release.endOfShipping ? { end_of_shipping: release.endOfShipping } : {}),
  }));
  const assessed = assessVersionSupport(rule, versions, asOf, supportEnded);
  shipped.forEach((release, index) => {
    const answer = assessed[index];
    if (!answer) return;
    answers.set(release.id, answer);
  });
  return answers;
}
