import type { TDb } from '../db/schema.js';
import type { TCaseAttachmentRow, TCaseCommentRow, TVisibility } from '../db/schema-records.js';

export async function insertCaseComment(
  trx: TDb,
  row: Omit<TCaseCommentRow, 'created_at'> & { created_at: Date },
): Promise<TCaseCommentRow> {
  return trx.insertInto('case_comments').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function insertCaseAttachment(
  trx: TDb,
  row: Omit<TCaseAttachmentRow, 'created_at'> & { created_at: Date },
): Promise<TCaseAttachmentRow> {
  return trx.insertInto('case_attachments').values(row).returningAll().executeTakeFirstOrThrow();
}

type TCaseEntryRows = { case_comments: TCaseCommentRow; case_attachments: TCaseAttachmentRow };

/**
 * Keyset page of a case's comments or attachments, oldest first; `publicOnly` for customer users
 * (both tables share tenant_id, case_id, visibility and time-ordered ids).
 */
export async function listCaseEntries<K extends keyof TCaseEntryRows>(
  db: TDb,
  table: K,
  tenantId: string,
  caseId: string,
  page: { publicOnly: boolean; afterId: string | null; limit: number },
): Promise<TCaseEntryRows[K][]> {
  const rows = await db
    .selectFrom(table as keyof TCaseEntryRows)
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('case_id', '=', caseId)
    .$if(page.publicOnly, (q) => q.where('visibility', '=', 'public' satisfies TVisibility))
    .$if(page.afterId !== null, (q) => q.where('id', '>', page.afterId as string))
    .orderBy('id')
    .limit(page.limit)
    .execute();
  return rows as TCaseEntryRows[K][];
}
