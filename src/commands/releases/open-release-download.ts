import type { Readable } from 'node:stream';
import type { TDb } from '../../db/schema.js';
import type { TReleaseFileRow, TReleaseRow } from '../../db/schema-releases.js';
import { AppError } from '../../lib/app-error.js';
import type { TFileStore } from '../../lib/file-store/file-store.js';
import { type TActor, visibleAccountId } from '../../policies/actor.js';
import { recordAudit } from '../../repositories/audit-repository.js';
import { findReleaseFile } from '../../repositories/release-file-repository.js';
import { checkProductDownloads } from './check-download.js';

/**
 * A customer downloads a release file: refused with the entitlement's code unless the account's
 * maintenance covers the product (IMP-11/12/13, IVA-11); vendor users may fetch any file. Every
 * download — and every refusal — is written to the audit log.
 */
export async function openReleaseDownload(
  deps: { db: TDb; files: TFileStore },
  actor: TActor,
  fileId: string,
  now: Date,
): Promise<{ file: TReleaseFileRow; release: TReleaseRow; body: Readable }> {
  const found = await findReleaseFile(deps.db, actor.tenantId, fileId);
  if (!found) throw new AppError('download.not_found', 'No such file');
  const { file, release } = found;
  // Vendor users (and system actors) see the whole tenant and fetch any file; customers are checked.
  const accountId = visibleAccountId(actor);
  if (accountId) {
    const product = release.product_id
      ? await deps.db
          .selectFrom('products')
          .select(['id', 'pack_id'])
          .where('tenant_id', '=', actor.tenantId)
          .where('id', '=', release.product_id)
          .executeTakeFirst()
      : undefined;
    const decision = product
      ? (await checkProductDownloads(deps.db, actor.tenantId, accountId, product, [release], now)).get(
          release.id,
        )
      : undefined;
    if (!decision?.allowed) {
      const code = decision && !decision.allowed ? decision.code : 'download.not_available';
      const reason = decision?.reason ?? 'This file is not available for download.';
      await recordAudit(deps.db, {
        actor,
        action: 'release.download_refused',
        entityType: 'release',
        entityId: release.id,
        after: { fileId, accountId, code },
        at: now,
      });
      throw new AppError(code, reason);
    }
  }
  const body = await deps.files.get(file.storage_key);
  await recordAudit(deps.db, {
    actor,
    action: 'release.file_downloaded',
    entityType: 'release',
    entityId: release.id,
    after: { fileId, filename: file.filename, accountId, sha256: file.sha256 },
    at: now,
  });
  return { file, release, body };
}
