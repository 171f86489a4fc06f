import { describe, expect, it } from 'vitest';
import { highlightStart, highlightStop } from '../../src/domain/center/search-highlight.js';
import { addContract } from '../api/record-fixtures.js';
import { createTestApp, createTestTenant, loginAs } from '../helpers/index.js';
import { kbClock, writeArticle } from './kb-fixtures.js';

type TSegment = { text: string; match: boolean };
type TSummary = { id: string; title: string; excerpt: TSegment[]; titleHighlight: TSegment[] | null };

describe('knowledge base: search, suggestions and deflection', () => {
  it('IMP-37 full-text search ranks matching articles and returns highlighted excerpts as text segments', async () => {
    const app = await createTestApp({ clock: () => kbClock });
    const tenant = await createTestTenant();
    await addContract(tenant.system, tenant.accountId);
    const agent = await loginAs(app, tenant.users.agent);
    const manager = await loginAs(app, tenant.users.support_manager);
    const customer = await loginAs(app, tenant.users.customer_contact);
    const badge = await writeArticle(
      agent,
      {
        title: 'Badge reader not detected',
        body: 'When the badge reader is not detected, reconnect the USB cable <b>first</b>.',
      },
      manager,
    );
    await writeArticle(
      agent,
      { title: 'Upgrade the appliance', body: 'Download the upgrade package.' },
      manager,
    );

    const found = (await customer.get('/api/v1/kb/articles?q=reader%20detected')).json().items as TSummary[];
    expect(found.map((item) => item.id)).toEqual([badge.id]);
    expect(found[0]?.excerpt.filter((segment) => segment.match).map((segment) => segment.text)).toEqual(
      expect.arrayContaining(['reader', 'detected']),
    );
    // Highlights come as plain-text segments: no markup reaches the client (tags in the body are dropped).
    const excerpt = found[0]?.excerpt.map((segment) => segment.text).join('') ?? '';
    expect(excerpt).toContain('reconnect the USB cable first');
    expect(excerpt).not.toMatch(/[<>]/);
    expect(excerpt.includes(highlightStart) || excerpt.includes(highlightStop)).toBe(false);
    expect(found[0]?.titleHighlight?.some((segment) => segment.match && segment.text === 'reader')).toBe(
      true,
    );
    expect((await customer.get('/api/v1/kb/articles?q=nonexistentword')).json().items).toEqual([]);
  });

  it('IMP-37 suggests published articles matching any word of a case title being typed', async () => {
    const app = await createTestApp({ clock: () => kbClock });
    const tenant = await createTestTenant();
    await addContract(tenant.system, tenant.accountId);
    const agent = await loginAs(app, tenant.users.agent);
    const manager = await loginAs(app, tenant.users.support_manager);
    const customer = await loginAs(app, tenant.users.customer_contact);
    const article = await writeArticle(
      agent,
      { title: 'Single sign-on fails after password change', body: 'Re-enrol.' },
      manager,
    );
    await writeArticle(agent, { title: 'Draft about password policies', body: 'Not yet.' });

    const response = await customer.get('/api/v1/kb/suggestions?title=password%20expired%20yesterday');
    expect(response.statusCode).toBe(200);
    expect(response.json().items.map((item: TSummary) => item.id)).toEqual([article.id]);
  });

  it('IMP-37 records which articles a customer read before opening a case (deflection figures)', async () => {
    let now = kbClock;
    const app = await createTestApp({ clock: () => now });
    const tenant = await createTestTenant();
    await addContract(tenant.system, tenant.accountId);
    const agent = await loginAs(app, tenant.users.agent);
    const manager = await loginAs(app, tenant.users.support_manager);
    const reader = await loginAs(app, tenant.users.customer_contact);
    const other = await loginAs(app, tenant.users.customer_admin);
    const article = await writeArticle(agent, { title: 'Agent install checklist', body: 'Steps.' }, manager);

    expect((await reader.get(`/api/v1/kb/articles/${article.id}`)).statusCode).toBe(200);
    expect((await other.get(`/api/v1/kb/articles/${article.id}`)).statusCode).toBe(200);
    expect((await agent.get(`/api/v1/kb/articles/${article.id}`)).statusCode).toBe(200); // agents' reads do not count
    now = new Date(kbClock.getTime() + 30 * 60_000);
    const opened = await reader.post('/api/v1/cases', {
      title: 'Install still fails',
      description: 'Tried the checklist',
      severity: 'P2',
    });
    expect(opened.statusCode).toBe(201);

    const viewed = (await agent.get(`/api/v1/cases/${opened.json().id}/articles-viewed`)).json().items;
    expect(viewed).toEqual([
      { articleId: article.id, title: 'Agent install checklist', viewedAt: kbClock.toISOString() },
    ]);
    const report = (await manager.get('/api/v1/reports/kb-deflection?from=2026-12-01&to=2026-12-03')).json();
    expect(report).toEqual({
      views: 2,
      viewers: 2,
      followedByCase: 1,
      deflected: 1,
      deflectionRate: 0.5,
      windowHours: 24,
    });
    expect((await reader.get('/api/v1/reports/kb-deflection?from=2026-12-01&to=2026-12-03')).statusCode).toBe(
      403,
    );
  });
});
