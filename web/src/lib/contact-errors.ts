import { describeError, isApiError } from '../api/api-error.js';

/**
 * A refused change to a named contact in plain words. The plan's limit (IMP-42) says what to do about
 * it instead of a code; field errors name the field the way the form labels it.
 */
export function describeContactError(error: unknown, limit: number | null): string {
  if (isApiError(error) && error.code === 'contact.limit_reached') {
    const allowance =
      limit === null ? 'Your plan’s named contacts' : `All ${limit} named contacts your plan allows`;
    return `${allowance} are in use. Remove a contact first, or ask your account manager about a plan with more named contacts.`;
  }
  if (isApiError(error) && error.code === 'resource.conflict') {
    return 'Someone changed this contact at the same time. Reload the page and try again.';
  }
  return describeError(error);
}
