import type { TCaseRow } from '../db/schema-records.js';
import {
  caseTransitions,
  isOpenCaseStatus,
  type TCaseTransition,
} from '../domain/workflow/case-lifecycle.js';
import { missingDetailsOfCase } from '../domain/workflow/case-required-details.js';
import { isCustomerRole, type TActor } from './actor.js';
import { definePolicy } from './define-policy.js';

export type TCaseAction =
  | 'update'
  | 'assign'
  | 'comment'
  | 'comment_internal'
  | 'view_internal'
  | 'attach'
  | 'start'
  | 'wait_on_customer'
  | 'resolve'
  | 'close'
  | 'reopen'
  | 'change_severity'
  | 'escalate'
  | 'set_outcome'
  | 'request_details';

const isVendor = (actor: TActor) => actor.kind === 'system' || !isCustomerRole(actor.role);
/** Not closed: a resolved case still takes comments, attachments and edits. */
const isOpen = (row: TCaseRow) => row.status !== 'closed';
const isActive = (row: TCaseRow) => isOpenCaseStatus(row.status);
const lacksDetails = (row: TCaseRow) => missingDetailsOfCase(row).length > 0;
/** The lifecycle table (domain/workflow/case-lifecycle.ts) decides which statuses each move starts from. */
const may = (action: TCaseTransition) => (_actor: TActor, row: TCaseRow) =>
  caseTransitions[action].from.includes(row.status);

/**
 * Cases: vendor roles work every case of the tenant; customer users (who only ever see their own
 * account's cases) comment, attach, and close or reopen a resolved case.
 */
export const casePolicy = definePolicy<TCaseAction, TCaseRow>({
  update: (actor, row) => isVendor(actor) && isOpen(row),
  assign: (actor, row) => isVendor(actor) && isOpen(row),
  comment: (_actor, row) => isOpen(row),
  comment_internal: (actor) => isVendor(actor),
  view_internal: (actor) => isVendor(actor),
  attach: (_actor, row) => isOpen(row),
  start: (actor, row) => isVendor(actor) && may('start')(actor, row),
  wait_on_customer: (actor, row) => isVendor(actor) && may('wait_on_customer')(actor, row),
  resolve: (actor, row) => isVendor(actor) && may('resolve')(actor, row),
  close: (actor, row) => may('close')(actor, row),
  reopen: (actor, row) => may('reopen')(actor, row),
  change_severity: (actor, row) => isVendor(actor) && isActive(row),
  escalate: (actor, row) => isVendor(actor) && isActive(row) && row.tier < 3,
  set_outcome: (actor, row) => isVendor(actor) && isOpen(row),
  request_details: (actor, row) => isVendor(actor) && isActive(row) && lacksDetails(row),
});
