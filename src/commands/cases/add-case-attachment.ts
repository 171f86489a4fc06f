import { newId } from '../../db/new-id.js';
import type { TDb } from '../../db/schema.js';
import type { TCaseAttachmentRow, TVisibility } from '../../db/schema-records.js';
import { withTransaction } from '../../db/with-transaction.js';
import { AppError } from '../../lib/app-error.js';
import { describeActor, type TActor } from '../../policies/actor.js';
import { casePolicy } from '../../policies/case-policy.js';
import { recordAudit } from '../../repositories/audit-repository.js';
import { insertCaseAttachment } from '../../repositories/case-comment-repository.js';
import { findCase } from '../../repositories/case-repository.js';
import { scopeOf } from '../../repositories/record-scope.js';

export type TAttachmentInput = {
  filename: string;
  sizeBytes: number;
  contentType: string;
  sha256: string;
  visibility: TVisibility;
};

/** Records an attachment's metadata (the bytes live elsewhere); internal ones are for vendor users. */
export async function addCaseAttachment(
  deps: { db: TDb },
  actor: TActor,
  caseId: string,
  input: TAttachmentInput,
  now: Date,
): Promise<TCaseAttachmentRow> {
  return withTransaction(deps.db, async (trx) => {
    const row = await findCase(trx, scopeOf(actor), caseId);
    if (!row) throw new AppError('case.not_found', 'No such case');
    if (
      !casePolicy.can(actor, 'attach', row) ||
      (input.visibility === 'internal' && !casePolicy.can(actor, 'view_internal', row))
    ) {
      throw new AppError('auth.forbidden', 'You may not attach this file to the case');
    }
    const attachment = await insertCaseAttachment(trx, {
      tenant_id: actor.tenantId,
      id: newId(now.getTime()),
      case_id: caseId,
      filename: input.filename,
      size_bytes: input.sizeBytes,
      content_type: input.contentType,
      sha256: input.sha256.toLowerCase(),
      visibility: input.visibility,
      uploaded_by: describeActor(actor),
      created_at: now,
    });
    await recordAudit(trx, {
      actor,
      action: 'case.attachment_added',
      entityType: 'case',
      entityId: caseId,
      after: { attachmentId: attachment.id, filename: input.filename, sizeBytes: input.sizeBytes },
      at: now,
    });
    return attachment;
  });
}
