import type { Readable } from 'node:stream';
import { newId } from '../../db/new-id.js';
import type { TDb } from '../../db/schema.js';
import type { TReleaseFileRow } from '../../db/schema-releases.js';
import { withTransaction } from '../../db/with-transaction.js';
import { AppError } from '../../lib/app-error.js';
import type { TFileStore } from '../../lib/file-store/file-store.js';
import { describeActor, type TActor } from '../../policies/actor.js';
import { releasePolicy } from '../../policies/release-policy.js';
import { recordAudit } from '../../repositories/audit-repository.js';
import { insertReleaseFile } from '../../repositories/release-file-repository.js';
import { findRelease } from '../../repositories/release-repository.js';

export type TUploadReleaseFileInput = { filename: string; contentType: string; body: Readable };

/**
 * Adds a file to a release (vendor admins, support managers): the bytes are streamed into the file
 * store (size and sha256 computed on the way), then the metadata and the audit entry are written in
 * one transaction. One file per name and release.
 */
export async function uploadReleaseFile(
  deps: { db: TDb; files: TFileStore },
  actor: TActor,
  releaseId: string,
  input: TUploadReleaseFileInput,
  now: Date,
): Promise<TReleaseFileRow> {
  if (!releasePolicy.can(actor, 'create', null))
    throw new AppError('auth.forbidden', 'Only vendor admins and support managers add release files');
  const release = await findRelease(deps.db, actor.tenantId, releaseId);
  if (!release) throw new AppError('release.not_found', 'No such release');
  const id = newId(now.getTime());
  const stored = await deps.files.put(`releases/${actor.tenantId}/${releaseId}/${id}`, input.body);
  return withTransaction(deps.db, async (trx) => {
    const row = await insertReleaseFile(trx, {
      tenant_id: actor.tenantId,
      id,
      release_id: releaseId,
      filename: input.filename,
      content_type: input.contentType,
      size_bytes: stored.sizeBytes,
      sha256: stored.sha256,
      storage_key: stored.key,
      uploaded_by: describeActor(actor),
      created_at: now,
    });
    if (!row)
      throw new AppError(
        'release.file_already_exists',
        `Release ${release.version} already has ${input.filename}`,
        [{ field: 'filename', message: 'already exists' }],
      );
    await recordAudit(trx, {
      actor,
      action: 'release.file_added',
      entityType: 'release',
      entityId: releaseId,
      after: { fileId: id, filename: input.filename, sizeBytes: stored.sizeBytes, sha256: stored.sha256 },
      at: now,
    });
    return row;
  });
}
