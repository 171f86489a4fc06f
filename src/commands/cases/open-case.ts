import { newId } from '../../db/new-id.js';
import type { TDb } from '../../db/schema.js';
import type { TCaseChannel, TCaseMilestoneRow, TCaseRow } from '../../db/schema-records.js';
import { assertCaseIntake } from '../../domain/contracts/assert-case-intake.js';
import { assessEntitlement } from '../../domain/contracts/assess-entitlement.js';
import { dateInZone } from '../../domain/contracts/contract-dates.js';
import { entitlementRulesOf } from '../../domain/contracts/entitlement-rules.js';
import { centreForRegion } from '../../domain/packs/centre-for-region.js';
import type { TPolicy } from '../../domain/packs/schema.js';
import { resolveSla } from '../../domain/sla/resolve-sla.js';
import type { TSlaInput } from '../../domain/sla/types.js';
import { requiredIncidentDetails } from '../../domain/workflow/incident-details.js';
import { chooseQueueDue, needsPhoneCall } from '../../domain/workflow/needs-phone-call.js';
import { AppError } from '../../lib/app-error.js';
import { outboxEventValues } from '../../outbox/record-event.js';
import { describeActor, isCustomerRole, type TActor } from '../../policies/actor.js';
import { auditValues } from '../../repositories/audit-repository.js';
import { findOpeningContext } from '../../repositories/case-opening-context-repository.js';
import { caseNumberMarker, insertCaseOpening } from '../../repositories/case-opening-repository.js';
import { scopeOf } from '../../repositories/record-scope.js';
import { chooseAssignedEngineer } from '../accounts/assigned-engineer.js';
import { standingOf } from '../contracts/contract-standing-of.js';
import { CONTRACT_DATE_ZONE } from '../contracts/load-entitlement.js';
import { findContractPack } from '../packs/find-pack-version.js';
import { assessVersionAtIntake } from '../releases/assess-version-at-intake.js';
import { uniqueRecipients } from '../workflow/workflow-recipients.js';
import { caseAssignedEvent, caseOpenedEvent } from './case-events.js';
import { checkCaseContract } from './check-case-contract.js';
import { checkIncidentDetails, type TIncidentDetails } from './incident-details.js';

export type TOpenCaseInput = {
  /** Customers may omit it (their own account). */
  accountId?: string | undefined;
  /** Defaults to the account's active contract (for the product's pack when a product is given). */
  contractId?: string | undefined;
  productId?: string | undefined;
  title: string;
  description: string;
  severity: string;
  /** Customers always open through the portal; vendor users may record phone or email intake. */
  channel?: TCaseChannel | undefined;
  details?: TIncidentDetails | undefined;
  /** The version the customer runs; checked against the product's releases (H3) and flagged, never refused. */
  productVersion?: string | undefined;
  /** Phone intake only, after the caller's Premium PIN was checked (C8); not accepted from the API body. */
  pinVerified?: boolean | undefined;
};

/**
 * Opens a case: the plan comes from the account's active contract, the centre from the account's
 * region (T2), and the SLA milestones from the pack — computed with resolveSla and written with the
 * case, its audit entry and its outbox events in one statement (atomic on its own). Customer users
 * can only open cases on their own account.
 */
export async function openCase(
  deps: { db: TDb },
  actor: TActor,
  input: TOpenCaseInput,
  now: Date,
): Promise<{ case: TCaseRow; milestones: TCaseMilestoneRow[] }> {
  const isCustomer = actor.kind === 'user' && isCustomerRole(actor.role);
  const accountId = input.accountId ?? (actor.kind === 'user' ? actor.accountId : null);
  if (!accountId) {
    throw new AppError('request.invalid', 'Which account is the case for?', [
      { field: 'accountId', message: 'required' },
    ]);
  }
  const channel: TCaseChannel = isCustomer ? 'portal' : (input.channel ?? 'portal');
  if (isCustomer && input.channel !== undefined && input.channel !== 'portal') {
    throw new AppError('case.channel_not_allowed', 'Customers open cases through the portal', [
      { field: 'channel', message: 'customers use portal' },
    ]);
  }
  // One read (account, contacts, engineers, product, contract), the pack (a query only when the
  // tenant has versions of its own), then the whole opening in one statement: atomic without a
  // transaction, and two round trips instead of a dozen.
  const db = deps.db;
  const scope = scopeOf(actor);
  const account = await findOpeningContext(db, scope, { ...input, accountId }, now);
  if (!account)
    throw new AppError('account.not_found', 'No such account', [
      { field: 'accountId', message: 'no such account' },
    ]);
  if (input.productId !== undefined && !account.product) {
    throw new AppError('product.not_found', 'No such product', [
      { field: 'productId', message: 'no such product' },
    ]);
  }
  const contract = checkCaseContract(account.contract, input);
  // The tenant's published version the contract is on (K4/K5), else the built-in pack.
  const policy: TPolicy = await findContractPack(db, actor.tenantId, contract, now, {
    tenantVersions: contract.tenant_versions,
  });
  // The entitlement seam on the facts already read (no extra round trip; the contract's stored terms,
  // notices and invoices come with it): IMP-10 withheld refuses
  // the portal but lets agents open, IVA-33/K7 suspended and lapsed refuse everyone.
  const today = dateInZone(now, CONTRACT_DATE_ZONE);
  const standing = standingOf(policy, contract, contract.standing, today);
  const entitlement = assessEntitlement({
    contracts: [
      {
        id: contract.id,
        packId: contract.pack_id,
        plan: contract.plan,
        productId: contract.product_id,
        status: contract.status,
        termStart: standing.current?.start ?? contract.term_start,
        termEnd: standing.current?.end ?? contract.term_end,
        autoRenew: contract.auto_renew,
        nonRenewing: standing.nonRenewing,
        overdue: standing.overdue,
        serviceWithheld: standing.serviceWithheld,
        rules: entitlementRulesOf(policy),
      },
    ],
    paymentStatus: account.payment_status,
    today,
  });
  assertCaseIntake(entitlement, { customer: channel === 'portal' && isCustomer });
  if (!policy.severities.some((severity) => severity.id === input.severity)) {
    throw new AppError('case.unknown_severity', `Pack ${policy.id} has no severity "${input.severity}"`, [
      {
        field: 'severity',
        message: `one of ${policy.severities.map((severity) => severity.id).join(', ')}`,
      },
    ]);
  }
  // Customers must give the pack's required details; an agent taking a call or an email may
  // open the case without them, and the case tracks what is still missing (request-details).
  const details = checkIncidentDetails(policy, input.details ?? {}, {
    allowMissing: !isCustomer && channel !== 'portal',
  });
  const centre = centreForRegion(policy, account.region);
  const slaInput: TSlaInput = {
    plan: contract.plan,
    severity: input.severity,
    opened: now.getTime(),
    centre,
    channel,
    hasCustomer24x7Contact: account.has_24x7_contact,
    ...(channel === 'phone' && input.pinVerified ? { pinVerified: true } : {}),
  };
  const sla = resolveSla(policy, slaInput);
  const deadlines = sla.milestones
    .filter((m) => m.kind === 'deadline' && m.due !== null)
    .map((m) => m.due as number);
  const needsCall = needsPhoneCall(
    'new',
    sla.milestones.map((milestone) => ({ kind: milestone.kind, metAt: null })),
  );
  const productId = input.productId ?? contract.product_id;
  const versionSupport =
    input.productVersion === undefined
      ? null
      : await assessVersionAtIntake(db, actor.tenantId, policy, productId, input.productVersion, now);
  const assignee = chooseAssignedEngineer(policy, contract.plan, account, account.available_engineers);
  const id = newId(now.getTime());
  const values = {
    tenant_id: actor.tenantId,
    id,
    account_id: account.id,
    contract_id: contract.id,
    product_id: productId,
    customer_version: input.productVersion ?? null,
    version_support: versionSupport === null ? null : JSON.stringify(versionSupport),
    title: input.title,
    description: input.description,
    details: JSON.stringify(details),
    pack_id: contract.pack_id,
    pack_version: policy.version,
    plan: contract.plan,
    severity: input.severity,
    channel: sla.channel,
    centre: sla.centre,
    status: 'new' as const,
    tier: 1,
    assignee_id: assignee?.id ?? null,
    opened_by: describeActor(actor),
    opened_at: now,
    received_at: new Date(sla.received),
    sla_input: JSON.stringify(slaInput),
    next_due_at: chooseQueueDue(
      needsCall,
      now,
      deadlines.length > 0 ? new Date(Math.min(...deadlines)) : null,
    ),
    needs_phone_call: needsCall,
    required_details: requiredIncidentDetails(policy),
    resolved_at: null,
    closed_at: null,
    created_at: now,
    updated_at: now,
  };
  const milestones: TCaseMilestoneRow[] = sla.milestones.map((milestone, position) => ({
    tenant_id: actor.tenantId,
    id: newId(now.getTime()),
    case_id: id,
    position,
    name: milestone.name,
    kind: milestone.kind,
    due_at: milestone.due === null ? null : new Date(milestone.due),
    target: milestone.target,
    clock: milestone.clock,
    clause: milestone.clause ?? null,
    explanation: milestone.explanation,
    timing: milestone.timing ?? null,
    met_at: null,
    breached_at: null,
    warned_at: null,
    paused_ms: 0,
    consumed_ms: 0,
    created_at: now,
    updated_at: now,
  }));
  const draft = { ...values, number: caseNumberMarker };
  const events = [
    caseOpenedEvent(draft, milestones, policy, uniqueRecipients(account.recipients), now),
    ...(assignee ? [caseAssignedEvent(draft, [{ email: assignee.email, userId: assignee.id }], now)] : []),
  ];
  const row = await insertCaseOpening(db, {
    case: values,
    milestones: milestones.map((milestone) => ({
      ...milestone,
      explanation: JSON.stringify(milestone.explanation),
      timing: milestone.timing === null ? null : JSON.stringify(milestone.timing),
    })),
    audit: auditValues({
      actor,
      action: 'case.opened',
      entityType: 'case',
      entityId: id,
      after: {
        number: caseNumberMarker,
        accountId: account.id,
        contractId: contract.id,
        severity: input.severity,
        channel,
        centre,
      },
      at: now,
    }),
    events: events.map(outboxEventValues),
  });
  return { case: row, milestones };
}
