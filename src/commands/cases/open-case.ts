import { newId } from '../../db/new-id.js';
import type { TDb } from '../../db/schema.js';
import type { TCaseChannel, TCaseMilestoneRow, TCaseRow, TContractRow } from '../../db/schema-records.js';
import { withTransaction } from '../../db/with-transaction.js';
import { centreForRegion } from '../../domain/packs/centre-for-region.js';
import type { TPolicy } from '../../domain/packs/schema.js';
import { resolveSla } from '../../domain/sla/resolve-sla.js';
import type { TSlaInput } from '../../domain/sla/types.js';
import { AppError } from '../../lib/app-error.js';
import { describeActor, isCustomerRole, type TActor } from '../../policies/actor.js';
import { recordAudit } from '../../repositories/audit-repository.js';
import { insertCaseMilestones } from '../../repositories/case-milestone-repository.js';
import { findAccountForCase, insertCase } from '../../repositories/case-repository.js';
import { findRecord } from '../../repositories/record-repository.js';
import { scopeOf } from '../../repositories/record-scope.js';
import { pickAssignedEngineer } from '../accounts/assigned-engineer.js';
import { findContractPack } from '../packs/find-pack-version.js';
import { recordCaseAssigned, recordCaseOpened } from './case-events.js';
import { findCaseContract } from './find-case-contract.js';
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
  /** Phone intake only, after the caller's Premium PIN was checked (C8); not accepted from the API body. */
  pinVerified?: boolean | undefined;
};

/**
 * Opens a case: the plan comes from the account's active contract, the centre from the account's
 * region (T2), and the SLA milestones from the pack — computed with resolveSla and stored with the
 * case, in one transaction, audited. Customer users can only open cases on their own account.
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
  return withTransaction(deps.db, async (trx) => {
    const scope = scopeOf(actor);
    const account = await findAccountForCase(trx, scope, accountId);
    if (!account)
      throw new AppError('account.not_found', 'No such account', [
        { field: 'accountId', message: 'no such account' },
      ]);
    if (input.productId !== undefined && !(await findRecord(trx, 'products', scope, input.productId))) {
      throw new AppError('product.not_found', 'No such product', [
        { field: 'productId', message: 'no such product' },
      ]);
    }
    const contract: TContractRow = await findCaseContract(trx, actor, account.id, input);
    // The tenant's published version the contract is on (K4/K5), else the built-in pack.
    const policy: TPolicy = await findContractPack(trx, actor.tenantId, contract, now);
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
    const id = newId(now.getTime());
    const row = await insertCase(trx, {
      tenant_id: actor.tenantId,
      id,
      account_id: account.id,
      contract_id: contract.id,
      product_id: input.productId ?? contract.product_id,
      title: input.title,
      description: input.description,
      details: JSON.stringify(details),
      pack_id: contract.pack_id,
      pack_version: policy.version,
      plan: contract.plan,
      severity: input.severity,
      channel: sla.channel,
      centre: sla.centre,
      status: 'new',
      tier: 1,
      assignee_id: await pickAssignedEngineer(trx, {
        tenantId: actor.tenantId,
        policy,
        plan: contract.plan,
        account,
        now,
      }),
      opened_by: describeActor(actor),
      opened_at: now,
      received_at: new Date(sla.received),
      sla_input: JSON.stringify(slaInput),
      next_due_at: deadlines.length > 0 ? new Date(Math.min(...deadlines)) : null,
      resolved_at: null,
      closed_at: null,
      created_at: now,
      updated_at: now,
    });
    const milestones = await insertCaseMilestones(
      trx,
      sla.milestones.map((milestone, position) => ({
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
        explanation: JSON.stringify(milestone.explanation),
        timing: milestone.timing ? JSON.stringify(milestone.timing) : null,
        met_at: null,
        breached_at: null,
        warned_at: null,
        created_at: now,
        updated_at: now,
      })),
    );
    await recordAudit(trx, {
      actor,
      action: 'case.opened',
      entityType: 'case',
      entityId: id,
      after: {
        number: row.number,
        accountId: account.id,
        contractId: contract.id,
        severity: input.severity,
        channel,
        centre,
      },
      at: now,
    });
    await recordCaseOpened(trx, row, milestones, policy, now);
    if (row.assignee_id !== null) await recordCaseAssigned(trx, row, now);
    return { case: row, milestones };
  });
}
