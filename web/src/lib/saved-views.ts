/** A named queue view: the query string of the queue page (filters and sort). */
export type TSavedView = { name: string; search: string };

type TStorage = Pick<Storage, 'getItem' | 'setItem'>;

const storageKey = (userId: string) => `aftercare.queue-views.${userId}`;

/** The signed-in user's saved queue views (kept per user in this browser). */
export function loadSavedViews(storage: TStorage, userId: string): TSavedView[] {
  try {
    const parsed: unknown = JSON.parse(storage.getItem(storageKey(userId)) ?? '[]');
    if (!Array.isArray(parsed)) return [];
    return parsed.filter(
      (item): item is TSavedView =>
        typeof item === 'object' &&
        item !== null &&
        typeof (item as TSavedView).name === 'string' &&
        typeof (item as TSavedView).search === 'string',
    );
  } catch {
    return [];
  }
}

/** Saves (or replaces, by name) a view and returns the new list, sorted by name. */
export function saveView(storage: TStorage, userId: string, view: TSavedView): TSavedView[] {
  const others = loadSavedViews(storage, userId).filter((item) => item.name !== view.name);
  const next = [...others, view].sort((a, b) => a.name.localeCompare(b.name));
  storage.setItem(storageKey(userId), JSON.stringify(next));
  return next;
}

export function deleteView(storage: TStorage, userId: string, name: string): TSavedView[] {
  const next = loadSavedViews(storage, userId).filter((item) => item.name !== name);
  storage.setItem(storageKey(userId), JSON.stringify(next));
  return next;
}
