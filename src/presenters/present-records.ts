import { z } from 'zod';
import {
  accountRegions,
  contractChannels,
  contractStatuses,
  paymentStatuses,
  productKinds,
  type TAccountRow,
  type TApplianceRow,
  type TContactRow,
  type TContractRow,
  type TProductRow,
  type TSiteRow,
} from '../db/schema-records.js';
import type { TActor } from '../policies/actor.js';
import type { TPolicy } from '../policies/define-policy.js';
import {
  contactPolicy,
  type TOwnedRecord,
  type TRecordAction,
  vendorManagedPolicy,
} from '../policies/record-policy.js';

const ZAllowed = z.array(z.enum(['update', 'delete']));
const allowed = (policy: TPolicy<TRecordAction, TOwnedRecord>, actor: TActor, accountId: string | null) =>
  policy.allowedActions(actor, { accountId });
const stamps = (row: { created_at: Date; updated_at: Date }) => ({
  createdAt: row.created_at.toISOString(),
  updatedAt: row.updated_at.toISOString(),
});
const ZStamps = { createdAt: z.iso.datetime(), updatedAt: z.iso.datetime() };

export const ZAccountView = z
  .object({
    id: z.uuid(),
    name: z.string(),
    region: z.enum(accountRegions),
    paymentStatus: z.enum(paymentStatuses),
    /** IVA-25 Assigned Support Engineer and back-up (vendor user ids), for plans with `assigned_engineer`. */
    assignedEngineerId: z.uuid().nullable(),
    backupEngineerId: z.uuid().nullable(),
    ...ZStamps,
    allowedActions: ZAllowed,
  })
  .meta({ id: 'Account' });
export const presentAccount = (row: TAccountRow, actor: TActor): z.infer<typeof ZAccountView> => ({
  id: row.id,
  name: row.name,
  region: row.region,
  paymentStatus: row.payment_status,
  assignedEngineerId: row.assigned_engineer_id,
  backupEngineerId: row.backup_engineer_id,
  ...stamps(row),
  allowedActions: allowed(vendorManagedPolicy, actor, row.id),
});

export const ZSiteView = z
  .object({
    id: z.uuid(),
    accountId: z.uuid(),
    name: z.string(),
    country: z.string().nullable(),
    address: z.string().nullable(),
    ...ZStamps,
    allowedActions: ZAllowed,
  })
  .meta({ id: 'Site' });
export const presentSite = (row: TSiteRow, actor: TActor): z.infer<typeof ZSiteView> => ({
  id: row.id,
  accountId: row.account_id,
  name: row.name,
  country: row.country,
  address: row.address,
  ...stamps(row),
  allowedActions: allowed(vendorManagedPolicy, actor, row.account_id),
});

export const ZProductView = z
  .object({
    id: z.uuid(),
    packId: z.string(),
    name: z.string(),
    kind: z.enum(productKinds),
    ...ZStamps,
    allowedActions: ZAllowed,
  })
  .meta({ id: 'Product' });
export const presentProduct = (row: TProductRow, actor: TActor): z.infer<typeof ZProductView> => ({
  id: row.id,
  packId: row.pack_id,
  name: row.name,
  kind: row.kind,
  ...stamps(row),
  allowedActions: allowed(vendorManagedPolicy, actor, null),
});

export const ZContractView = z
  .object({
    id: z.uuid(),
    reference: z.string(),
    accountId: z.uuid(),
    productId: z.uuid().nullable(),
    packId: z.string(),
    packVersion: z.string(),
    plan: z.string(),
    channel: z.enum(contractChannels),
    shipDate: z.iso.date().nullable(),
    termStart: z.iso.date(),
    termEnd: z.iso.date(),
    status: z.enum(contractStatuses),
    licences: z.number().int(),
    autoRenew: z.boolean(),
    serviceWithheldOn: z.iso.date().nullable().describe('IMP-10: service withheld for non-payment from'),
    ...ZStamps,
    allowedActions: ZAllowed,
  })
  .meta({ id: 'Contract' });
export const presentContract = (row: TContractRow, actor: TActor): z.infer<typeof ZContractView> => ({
  id: row.id,
  reference: row.reference,
  accountId: row.account_id,
  productId: row.product_id,
  packId: row.pack_id,
  packVersion: row.pack_version,
  plan: row.plan,
  channel: row.channel,
  shipDate: row.ship_date,
  termStart: row.term_start,
  termEnd: row.term_end,
  status: row.status,
  licences: row.licences,
  autoRenew: row.auto_renew,
  serviceWithheldOn: row.service_withheld_on,
  ...stamps(row),
  allowedActions: allowed(vendorManagedPolicy, actor, row.account_id),
});

export const ZContactView = z
  .object({
    id: z.uuid(),
    accountId: z.uuid(),
    userId: z.uuid().nullable(),
    name: z.string(),
    email: z.string(),
    phone: z.string().nullable(),
    is24x7Contact: z.boolean(),
    readOnly: z.boolean().describe('Beyond the plan’s named-contact limit after a downgrade (K8)'),
    ...ZStamps,
    allowedActions: ZAllowed,
  })
  .meta({ id: 'Contact' });
export const presentContact = (row: TContactRow, actor: TActor): z.infer<typeof ZContactView> => ({
  id: row.id,
  accountId: row.account_id,
  userId: row.user_id,
  name: row.name,
  email: row.email,
  phone: row.phone,
  is24x7Contact: row.is_24x7_contact,
  readOnly: row.read_only,
  ...stamps(row),
  allowedActions: allowed(contactPolicy, actor, row.account_id),
});

export const ZApplianceView = z
  .object({
    id: z.uuid(),
    accountId: z.uuid(),
    productId: z.uuid().nullable(),
    siteId: z.uuid().nullable(),
    serial: z.string(),
    model: z.string(),
    shipDate: z.iso.date(),
    warrantyEnd: z.iso
      .date()
      .describe('Computed: last day of the 12th month after the ship month, or inherited by a replacement'),
    kind: z.enum(['physical', 'virtual', 'third_party']),
    softwareVersion: z.string().nullable(),
    status: z.enum(['in_service', 'awaiting_return', 'returned', 'replaced', 'retired']),
    replacesApplianceId: z.uuid().nullable(),
    hardwareMaintenance: z.boolean().describe('false for virtual and third-party units'),
    ...ZStamps,
    allowedActions: ZAllowed,
  })
  .meta({ id: 'Appliance' });
export const presentAppliance = (row: TApplianceRow, actor: TActor): z.infer<typeof ZApplianceView> => ({
  id: row.id,
  accountId: row.account_id,
  productId: row.product_id,
  siteId: row.site_id,
  serial: row.serial,
  model: row.model,
  shipDate: row.ship_date,
  warrantyEnd: row.warranty_end,
  kind: row.kind,
  softwareVersion: row.software_version,
  status: row.status,
  replacesApplianceId: row.replaces_appliance_id,
  hardwareMaintenance: row.kind === 'physical',
  ...stamps(row),
  allowedActions: allowed(vendorManagedPolicy, actor, row.account_id),
});
