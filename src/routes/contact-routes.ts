import { z } from 'zod';
import { contactResource } from '../commands/contacts/contact-resource.js';
import { applianceResource } from '../commands/records/vendor-resources.js';
import {
  presentAppliance,
  presentContact,
  ZApplianceView,
  ZContactView,
} from '../presenters/present-records.js';
import type { TRouteRegistrar } from './api-types.js';
import { registerRecordRoutes } from './record-routes.js';

const ZPhone = z.string().trim().min(3).max(50);

/** /api/v1/contacts (named contacts, limit per plan → 409 contact.limit_reached) and /api/v1/appliances. */
export const registerContactRoutes: TRouteRegistrar = (app, deps) => {
  registerRecordRoutes(app, deps, {
    resource: contactResource,
    path: '/api/v1/contacts',
    tag: 'contacts',
    noun: 'contact',
    scopes: { read: 'accounts:read', write: 'accounts:write' },
    ZView: ZContactView,
    present: presentContact,
    ZCreate: z.strictObject({
      accountId: z.uuid(),
      userId: z.uuid().nullable().default(null),
      name: z.string().trim().min(1).max(200),
      email: z.email().max(320),
      phone: ZPhone.nullable().default(null),
      is24x7Contact: z.boolean().default(false),
    }),
    ZUpdate: z.strictObject({
      name: z.string().trim().min(1).max(200).optional(),
      email: z.email().max(320).optional(),
      phone: ZPhone.nullable().optional(),
      is24x7Contact: z.boolean().optional(),
      readOnly: z.boolean().optional().describe('false re-activates a contact, within the plan limit'),
    }),
    filters: { accountId: z.uuid(), readOnly: z.stringbool() },
    sorts: ['name', 'email'],
  });
  registerRecordRoutes(app, deps, {
    resource: applianceResource,
    path: '/api/v1/appliances',
    tag: 'appliances',
    noun: 'appliance',
    scopes: { read: 'accounts:read', write: 'accounts:write' },
    ZView: ZApplianceView,
    present: presentAppliance,
    ZCreate: z.strictObject({
      accountId: z.uuid(),
      productId: z.uuid().nullable().default(null),
      siteId: z.uuid().nullable().default(null),
      serial: z.string().trim().min(1).max(100),
      model: z.string().trim().min(1).max(100),
      shipDate: z.iso.date(),
      kind: z.enum(['physical', 'virtual', 'third_party']).default('physical'),
      softwareVersion: z.string().trim().min(1).max(50).nullable().default(null),
    }),
    ZUpdate: z.strictObject({
      productId: z.uuid().nullable().optional(),
      siteId: z.uuid().nullable().optional(),
      model: z.string().trim().min(1).max(100).optional(),
      shipDate: z.iso.date().optional(),
      softwareVersion: z.string().trim().min(1).max(50).nullable().optional(),
      status: z.enum(['in_service', 'awaiting_return', 'returned', 'replaced', 'retired']).optional(),
    }),
    filters: {
      accountId: z.uuid(),
      siteId: z.uuid(),
      productId: z.uuid(),
      kind: z.enum(['physical', 'virtual', 'third_party']),
    },
    sorts: ['serial', 'warrantyEnd'],
  });
};
