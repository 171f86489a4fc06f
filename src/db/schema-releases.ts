import type { Insertable, Selectable } from 'kysely';
import type { TTimestamp } from './schema.js';

export const releaseStatuses = ['planned', 'published'] as const;
export type TReleaseStatus = (typeof releaseStatuses)[number];

/** A product release a defect outcome can point to; publishing it notifies the affected customers. */
export type TReleasesTable = {
  tenant_id: string;
  id: string;
  product_id: string | null;
  version: string;
  notes: string;
  status: TReleaseStatus;
  created_by: string;
  created_at: TTimestamp;
  published_by: string | null;
  published_at: TTimestamp | null;
};

export type TReleaseTables = { releases: TReleasesTable };
export type TReleaseRow = Selectable<TReleasesTable>;
export type TNewRelease = Insertable<TReleasesTable>;
