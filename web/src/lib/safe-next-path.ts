/** Only paths inside this app, so a `?next=` link cannot send a user to another site after sign-in. */
export function pickSafeNextPath(next: string | null): string | undefined {
  if (!next?.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return undefined;
  if (next === '/sign-in' || next.startsWith('/sign-in?') || next.startsWith('/sign-in/')) return undefined;
  return next;
}
