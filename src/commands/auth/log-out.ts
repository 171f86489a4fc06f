import type { TDb } from '../../db/schema.js';
import { deleteSession } from '../../repositories/session-repository.js';

/** Ends one session (the cookie's); other sessions of the user stay. */
export async function logOut(deps: { db: TDb }, session: { tenantId: string; id: string }): Promise<void> {
  await deleteSession(deps.db, session.tenantId, session.id);
}
