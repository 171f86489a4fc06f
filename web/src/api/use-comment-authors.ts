import { useAuth } from '../auth/auth-context.js';
import type { TPage } from './case-types.js';
import type { TContact, TUser } from './record-types.js';
import { useApiQuery } from './use-api.js';

const rolesThatListUsers = new Set(['vendor_admin', 'support_manager', 'customer_admin']);

/**
 * Names for comment authors (the API stores ids): "You", a user's name when the viewer may list
 * users, a named contact's name, else by side: customers see "Support team", staff see "Customer".
 */
export function useCommentAuthors(
  accountId: string,
): (comment: { authorId?: string | null; author: string }) => string {
  const { user } = useAuth();
  const isCustomer = user?.role.startsWith('customer') ?? false;
  const users = useApiQuery<TPage<TUser>>(
    ['users'],
    '/users',
    { limit: 100 },
    {
      enabled: rolesThatListUsers.has(user?.role ?? ''),
    },
  );
  const contacts = useApiQuery<TPage<TContact>>(['contacts', accountId], '/contacts', {
    accountId,
    limit: 100,
  });
  const names = new Map<string, string>();
  for (const contact of contacts.data?.items ?? []) {
    if (contact.userId) names.set(contact.userId, contact.name);
  }
  for (const listed of users.data?.items ?? []) names.set(listed.id, listed.name);
  return (comment) => {
    if (comment.authorId && comment.authorId === user?.id) return 'You';
    const name = comment.authorId ? names.get(comment.authorId) : undefined;
    if (name) return name;
    if (comment.author.startsWith('system:')) return 'Aftercare';
    return isCustomer ? 'Support team' : 'Customer';
  };
}
