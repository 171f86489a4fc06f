import type { Selectable } from 'kysely';
import type { TTimestamp } from './schema.js';

export const tenantPackStatuses = ['draft', 'published'] as const;
export type TTenantPackStatus = (typeof tenantPackStatuses)[number];

/** A tenant's uploaded pack version (YAML kept verbatim; `effective_from` may override the file's). */
export type TTenantPacksTable = {
  tenant_id: string;
  id: string;
  pack_id: string;
  version: string;
  name: string;
  effective_from: string;
  announced_on: string | null;
  source_yaml: string;
  status: TTenantPackStatus;
  uploaded_by: string;
  uploaded_at: TTimestamp;
  published_by: string | null;
  published_at: TTimestamp | null;
};

export type TPackTables = { tenant_packs: TTenantPacksTable };
export type TTenantPackRow = Selectable<TTenantPacksTable>;
