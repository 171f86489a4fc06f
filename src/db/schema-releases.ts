import type { ColumnType, Insertable, Selectable } from 'kysely';
import type { TTimestamp } from './schema.js';

export const releaseStatuses = ['planned', 'published'] as const;
export type TReleaseStatus = (typeof releaseStatuses)[number];

type TDefaultedDate = ColumnType<string | null, string | null | undefined, string | null>;

/**
 * A product release: planned (with a planned GA date) or published (GA date = the day it shipped).
 * Support status and end of support are computed from the pack's rule (H3), never stored.
 */
export type TReleasesTable = {
  tenant_id: string;
  id: string;
  product_id: string | null;
  version: string;
  notes: string;
  status: TReleaseStatus;
  /** 'YYYY-MM-DD': planned GA while planned, the actual GA once published. */
  ga_date: TDefaultedDate;
  /** 'YYYY-MM-DD' when the vendor stops shipping it; null = the successor's GA date (H3 default). */
  end_of_shipping: TDefaultedDate;
  created_by: string;
  created_at: TTimestamp;
  published_by: string | null;
  published_at: TTimestamp | null;
};

/** A downloadable file of a release: metadata here, the bytes in the file store under `storage_key`. */
export type TReleaseFilesTable = {
  tenant_id: string;
  id: string;
  release_id: string;
  filename: string;
  content_type: string;
  size_bytes: ColumnType<number, number, number>;
  sha256: string;
  storage_key: string;
  uploaded_by: string;
  created_at: TTimestamp;
};

export const releaseNoticeKinds = ['release_available', 'release_discussion_task'] as const;

/** One row per release notice sent (IVA-17): the primary key makes each notice go out once. */
export type TReleaseNoticesTable = {
  tenant_id: string;
  key: string;
  release_id: string;
  account_id: string;
  kind: (typeof releaseNoticeKinds)[number];
  sent_at: TTimestamp;
};

export type TReleaseTables = {
  releases: TReleasesTable;
  release_files: TReleaseFilesTable;
  release_notices: TReleaseNoticesTable;
};
export type TReleaseRow = Selectable<TReleasesTable>;
export type TNewRelease = Insertable<TReleasesTable>;
export type TReleaseFileRow = Selectable<TReleaseFilesTable>;
