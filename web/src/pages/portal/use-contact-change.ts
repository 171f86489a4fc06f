import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TContact } from '../../api/record-types.js';
import { useAuth } from '../../auth/auth-context.js';

export type TContactChange = {
  name?: string;
  email?: string;
  phone?: string | null;
  is24x7Contact?: boolean;
  readOnly?: boolean;
};

/** PATCH or DELETE one named contact; the contact list reloads after either. */
export function useContactChange(contactId: string) {
  const { client } = useAuth();
  const queryClient = useQueryClient();
  const reload = () => queryClient.invalidateQueries({ queryKey: ['contacts'] });
  const update = useMutation({
    mutationFn: (body: TContactChange) => client.patch<TContact>(`/contacts/${contactId}`, body),
    onSuccess: reload,
  });
  const remove = useMutation({
    mutationFn: () => client.delete<void>(`/contacts/${contactId}`),
    onSuccess: reload,
  });
  return { update, remove };
}
