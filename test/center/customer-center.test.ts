import { describe, expect, it } from 'vitest';
import { choosePhoneNumbers } from '../../src/domain/center/choose-phone-numbers.js';
import { getBuiltInPack } from '../../src/domain/packs/registry.js';
import { addContract } from '../api/record-fixtures.js';
import { createTestApp, createTestTenant, getTestDatabase, loginAs } from '../helpers/index.js';
import { kbClock } from './kb-fixtures.js';

type TCalendar = {
  centre: string;
  years: number[];
  holidays: { date: string; name: string }[];
  weeklyHours: { day: string; hours: { from: string; to: string }[] }[];
};

describe('Customer Center: calendars, phone numbers, scope and account team', () => {
  it('IMP-45 publishes each centre’s hours and holidays for this year and next from the pack', async () => {
    const app = await createTestApp({ clock: () => kbClock });
    const tenant = await createTestTenant();
    await addContract(tenant.system, tenant.accountId);
    const customer = await loginAs(app, tenant.users.customer_contact);
    const center = (await customer.get('/api/v1/customer-center')).json();
    const calendars = center.packs[0].calendars as TCalendar[];
    expect(calendars.map((calendar) => calendar.centre)).toEqual(['us', 'emea']);
    const us = calendars[0] as TCalendar;
    expect(us.years).toEqual([2026, 2027]);
    expect(us.weeklyHours[0]).toEqual({ day: 'Monday', hours: [{ from: '07:00', to: '19:00' }] });
    expect(us.weeklyHours[6]).toEqual({ day: 'Sunday', hours: [] });
    const dates = us.holidays.map((holiday) => holiday.date);
    expect(dates).toEqual(
      expect.arrayContaining(['2026-11-26', '2026-12-25', '2027-01-01', '2027-07-05', '2027-12-24']),
    );
    expect(dates.every((date) => date >= '2026-01-01' && date < '2028-01-01')).toBe(true);
    const emea = calendars[1] as TCalendar;
    expect(emea.holidays.map((holiday) => holiday.date)).toEqual(
      expect.arrayContaining(['2026-12-28', '2027-08-30']),
    );
  });

  it('IMP-48 picks the phone numbers for the customer’s locations', () => {
    const policy = getBuiltInPack('imprivata-onesign');
    const pick = (countries: string[], region: string) =>
      choosePhoneNumbers(policy, { countries, region }).map((row) => row.number);
    expect(pick(['GB'], 'emea')).toEqual(['+44 (01923)369045']);
    expect(pick(['fr', 'CH'], 'emea')).toEqual(['+33 (0)1 84 88 00 15', '+41 (0)22 518 11 79']);
    expect(pick(['JP'], 'apac')).toEqual(['+1 408 854 7891']);
    expect(pick([], 'emea')).toEqual(['+1 408 854 7891']);
    expect(pick(['US'], 'americas')).toEqual(['800 935 5958']);
    expect(pick([], 'americas')).toEqual(['800 935 5958']);
    expect(pick(['BR'], 'americas')).toEqual(['408 987 6072']);
    expect(pick(['DE', 'GB'], 'emea')).toEqual(['+44 (01923)369045', '+1 408 854 7891']);
  });

  it('IMP-48 shows the numbers for the account’s sites in the portal and puts the centre’s numbers in the case email', async () => {
    const app = await createTestApp({ clock: () => kbClock });
    const tenant = await createTestTenant();
    await addContract(tenant.system, tenant.accountId);
    const manager = await loginAs(app, tenant.users.support_manager);
    const site = await manager.post('/api/v1/sites', {
      accountId: tenant.accountId,
      name: 'Leeds',
      country: 'GB',
    });
    expect(site.statusCode).toBe(201);
    const customer = await loginAs(app, tenant.users.customer_contact);
    const center = (await customer.get('/api/v1/customer-center')).json();
    expect(center.packs[0].phoneNumbers).toEqual([
      { location: 'United Kingdom', number: '+44 (01923)369045', centre: 'emea' },
    ]);
    expect(center.packs[0].allPhoneNumbers).toHaveLength(11);

    const opened = await customer.post('/api/v1/cases', {
      title: 'Login slow',
      description: 'Since Monday',
      severity: 'P2',
    });
    expect(opened.statusCode).toBe(201);
    const db = await getTestDatabase();
    const event = await db
      .selectFrom('outbox_events')
      .select('payload')
      .where('tenant_id', '=', tenant.tenant.id)
      .where('type', '=', 'case.opened')
      .executeTakeFirstOrThrow();
    const text = (event.payload as { email: { text: string } }).email.text;
    expect(text).toContain('To reach us by phone:');
    expect(text).toContain('- North America: 800 935 5958');
  });

  it('IVA-10 IVA-38 IVA-39 the portal states what support does not cover, in plain words; Ivanti phone support starts with a call-back', async () => {
    const app = await createTestApp({ clock: () => kbClock });
    const tenant = await createTestTenant();
    await addContract(tenant.system, tenant.accountId, { packId: 'ivanti', plan: 'standard' });
    const customer = await loginAs(app, tenant.users.customer_contact);
    const pack = (await customer.get('/api/v1/customer-center')).json().packs[0];
    expect(pack.outOfScope.map((entry: { text: string }) => entry.text)).toEqual([
      expect.stringContaining('Assisted deployment'),
      expect.stringContaining('not staying on a supported version'),
      expect.stringContaining('Professional Services'),
    ]);
    expect(pack.outOfScope.every((entry: { clause: string | null }) => entry.clause === null)).toBe(true);
    expect(JSON.stringify(pack.outOfScope)).not.toMatch(/IVA-|disposition|referred-ps/);
    expect(pack.phoneNumbers).toEqual([]);
    expect(pack.phoneNote).toEqual({ text: expect.stringContaining('call-back'), clause: null });
    const agent = await loginAs(app, tenant.users.agent);
    const vendorView = (await agent.get(`/api/v1/customer-center?accountId=${tenant.accountId}`)).json();
    expect(vendorView.packs[0].outOfScope.map((entry: { clause: string }) => entry.clause)).toEqual([
      'IVA-10',
      'IVA-38',
      'IVA-39',
    ]);
  });
});
