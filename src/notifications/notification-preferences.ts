import type { TDb } from '../db/schema.js';

/** Email is on unless the user turned this event type (or `*`, everything) off. */
export async function wantsEmail(
  db: TDb,
  tenantId: string,
  userId: string | null,
  eventType: string,
): Promise<boolean> {
  if (!userId) return true;
  const rows = await db
    .selectFrom('notification_preferences')
    .select(['event_type', 'email'])
    .where('tenant_id', '=', tenantId)
    .where('user_id', '=', userId)
    .where('event_type', 'in', [eventType, '*'])
    .execute();
  const exact = rows.find((row) => row.event_type === eventType);
  if (exact) return exact.email;
  return rows.find((row) => row.event_type === '*')?.email ?? true;
}

export async function listNotificationPreferences(db: TDb, tenantId: string, userId: string) {
  return db
    .selectFrom('notification_preferences')
    .select(['event_type', 'email', 'updated_at'])
    .where('tenant_id', '=', tenantId)
    .where('user_id', '=', userId)
    .orderBy('event_type')
    .execute();
}

/** Sets (upserts) a user's email preference for one event type or `*`. */
export async function setNotificationPreference(
  db: TDb,
  input: { tenantId: string; userId: string; eventType: string; email: boolean; now: Date },
): Promise<void> {
  await db
    .insertInto('notification_preferences')
    .values({
      tenant_id: input.tenantId,
      user_id: input.userId,
      event_type: input.eventType,
      email: input.email,
      updated_at: input.now,
    })
    .onConflict((conflict) =>
      conflict
        .columns(['tenant_id', 'user_id', 'event_type'])
        .doUpdateSet({ email: input.email, updated_at: input.now }),
    )
    .execute();
}
