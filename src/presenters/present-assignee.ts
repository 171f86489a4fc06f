import { z } from 'zod';
import type { TAssigneeRow } from '../repositories/assignee-repository.js';

export const ZAssigneeView = z
  .object({ id: z.uuid(), name: z.string() })
  .meta({ id: 'Assignee', description: 'An active vendor user a case may be assigned to' });
export type TAssigneeView = z.infer<typeof ZAssigneeView>;

export function presentAssignee(row: TAssigneeRow): TAssigneeView {
  return { id: row.id, name: row.name };
}
