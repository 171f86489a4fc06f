import type { TDb } from '../db/schema.js';
import type { TCaseAttachmentRow, TCaseCommentRow, TVisibility } from '../db/schema-records.js';

export async function insertCaseComment(
  trx: TDb,
  row: Omit<TCaseCommentRow, 'created_at'> & { created_at: Date },
): Promise<TCaseCommentRow> {
  return trx.insertInto('case_comments').values(row).returningAll().executeTakeFirstOrThrow();
}

/** Keyset page of a case's comments, oldest first; `publicOnly` for customer users. */
export async function listCaseComments(
  db: TDb,
  tenantId: string,
  caseId: string,
  page: { publicOnly: boolean; afterId: string | null; limit: number },
): Promise<TCaseCommentRow[]> {
  return db
    .selectFrom('case_comments')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('case_id', '=', caseId)
    .$if(page.publicOnly, (q) => q.where('visibility', '=', 'public' satisfies TVisibility))
    .$if(page.afterId !== null, (q) => q.where('id', '>', page.afterId as string))
    .orderBy('id')
    .limit(page.limit)
    .execute();
}

export async function insertCaseAttachment(
  trx: TDb,
  row: Omit<TCaseAttachmentRow, 'created_at'> & { created_at: Date },
): Promise<TCaseAttachmentRow> {
  return trx.insertInto('case_attachments').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function listCaseAttachments(
  db: TDb,
  tenantId: string,
  caseId: string,
  page: { publicOnly: boolean; afterId: string | null; limit: number },
): Promise<TCaseAttachmentRow[]> {
  return db
    .selectFrom('case_attachments')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('case_id', '=', caseId)
    .$if(page.publicOnly, (q) => q.where('visibility', '=', 'public' satisfies TVisibility))
    .$if(page.afterId !== null, (q) => q.where('id', '>', page.afterId as string))
    .orderBy('id')
    .limit(page.limit)
    .execute();
}
