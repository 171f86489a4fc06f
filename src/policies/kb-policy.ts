import type { TArticleStatus } from '../domain/center/article-lifecycle.js';
import { canMoveArticle } from '../domain/center/article-lifecycle.js';
import { isVendorRole, type TActor } from './actor.js';
import { definePolicy } from './define-policy.js';

/** Article actions; each move names its target status in `articleMoveTargets`. */
export type TArticleAction =
  | 'create'
  | 'edit'
  | 'submit_for_review'
  | 'publish'
  | 'return_to_draft'
  | 'withdraw';
export type TArticleResource = { status: TArticleStatus; authorId: string } | null;

export const articleMoveTargets = {
  submit_for_review: 'review',
  publish: 'published',
  return_to_draft: 'draft',
  withdraw: 'draft',
} as const satisfies Partial<Record<TArticleAction, TArticleStatus>>;

const isVendor = (actor: TActor) => actor.kind === 'system' || isVendorRole(actor.role);
const isEditor = (actor: TActor) =>
  actor.kind === 'system' || actor.role === 'vendor_admin' || actor.role === 'support_manager';
const isAuthor = (actor: TActor, article: TArticleResource) =>
  actor.kind === 'user' && article !== null && actor.userId === article.authorId;

/**
 * Knowledge base (IMP-37): vendor users write articles; support managers and vendor admins review and
 * publish (an agent cannot publish alone); customers only read what their entitlement allows.
 */
export const kbPolicy = definePolicy<TArticleAction, TArticleResource>({
  create: (actor) => isVendor(actor),
  edit: (actor, article) => isVendor(actor) && article !== null && article.status !== 'published',
  submit_for_review: (actor, article) =>
    isVendor(actor) && article !== null && canMoveArticle(article.status, 'review'),
  publish: (actor, article) =>
    isEditor(actor) && article !== null && canMoveArticle(article.status, 'published'),
  return_to_draft: (actor, article) =>
    article !== null && article.status === 'review' && (isEditor(actor) || isAuthor(actor, article)),
  withdraw: (actor, article) => isEditor(actor) && article !== null && article.status === 'published',
});

/** Account team and service reviews (IVA-18/25/26): managers arrange them; vendor users read them. */
export type TAccountTeamAction = 'assign_support_manager' | 'schedule_review' | 'record_review';
export const accountTeamPolicy = definePolicy<TAccountTeamAction, null>({
  assign_support_manager: (actor) => isEditor(actor),
  schedule_review: (actor) => isEditor(actor),
  record_review: (actor) => isEditor(actor),
});
