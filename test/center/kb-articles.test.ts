import { describe, expect, it } from 'vitest';
import { addContract } from '../api/record-fixtures.js';
import { createTestApp, createTestTenant, getTestDatabase, loginAs } from '../helpers/index.js';
import { kbClock, writeArticle } from './kb-fixtures.js';

type TSummary = { id: string; title: string; excerpt: { text: string; match: boolean }[] };

describe('knowledge base: authoring and visibility', () => {
  it('IMP-37 articles go draft → review → published; agents cannot publish alone; customers see only published ones', async () => {
    const app = await createTestApp({ clock: () => kbClock });
    const tenant = await createTestTenant();
    await addContract(tenant.system, tenant.accountId, { plan: 'standard' });
    const agent = await loginAs(app, tenant.users.agent);
    const manager = await loginAs(app, tenant.users.support_manager);
    const customer = await loginAs(app, tenant.users.customer_contact);

    const article = await writeArticle(agent, { title: 'Reset a badge PIN', body: 'Open **Settings**.' });
    expect(article.status).toBe('draft');
    expect((await customer.get(`/api/v1/kb/articles/${article.id}`)).statusCode).toBe(404);

    expect(
      (await customer.post('/api/v1/kb/articles', { title: 'Mine', body: 'x', packId: 'imprivata-onesign' }))
        .statusCode,
    ).toBe(403);
    const review = await agent.post(`/api/v1/kb/articles/${article.id}/moves`, { move: 'submit_for_review' });
    expect(review.json().status).toBe('review');
    expect(review.json().allowedActions).not.toContain('publish');
    const refused = await agent.post(`/api/v1/kb/articles/${article.id}/moves`, { move: 'publish' });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.code).toBe('kb.forbidden');

    const published = await manager.post(`/api/v1/kb/articles/${article.id}/moves`, { move: 'publish' });
    expect(published.json()).toMatchObject({ status: 'published', publishedAt: kbClock.toISOString() });
    const read = await customer.get(`/api/v1/kb/articles/${article.id}`);
    expect(read.statusCode).toBe(200);
    expect(read.json()).toMatchObject({ title: 'Reset a badge PIN', allowedActions: [] });
    expect(read.json().html).toContain('<strong>Settings</strong>');

    const locked = await agent.patch(`/api/v1/kb/articles/${article.id}`, { title: 'Changed' });
    expect(locked.json().error.code).toBe('kb.article_published');
    await manager.post(`/api/v1/kb/articles/${article.id}/moves`, { move: 'withdraw' });
    expect((await customer.get(`/api/v1/kb/articles/${article.id}`)).statusCode).toBe(404);
  });

  it('IMP-37 only customers with support in force read the knowledge base; internal articles are for agents only', async () => {
    const app = await createTestApp({ clock: () => kbClock });
    const tenant = await createTestTenant();
    await addContract(tenant.system, tenant.accountId, { plan: 'premium' });
    const lapsedAccount = await tenant.addAccount('Lapsed Co');
    await addContract(tenant.system, lapsedAccount, { plan: 'premium', status: 'lapsed' });
    const bareAccount = await tenant.addAccount('No Contract Co');
    // Service withheld for non-payment (IMP-10): the one entitlement function says no.
    const withheldAccount = await tenant.addAccount('Withheld Co');
    await addContract(tenant.system, withheldAccount, { plan: 'premium' });
    await (await getTestDatabase())
      .updateTable('accounts')
      .set({ payment_status: 'delinquent' })
      .where('tenant_id', '=', tenant.tenant.id)
      .where('id', '=', withheldAccount)
      .execute();
    const ivantiAccount = await tenant.addAccount('Ivanti Only Co');
    await addContract(tenant.system, ivantiAccount, { packId: 'ivanti', plan: 'standard' });
    const agent = await loginAs(app, tenant.users.agent);
    const manager = await loginAs(app, tenant.users.support_manager);
    const customer = await loginAs(app, tenant.users.customer_contact);
    const lapsed = await loginAs(
      app,
      await tenant.addUser({ role: 'customer_contact', accountId: lapsedAccount }),
    );
    const bare = await loginAs(app, await tenant.addUser({ role: 'customer_admin', accountId: bareAccount }));
    const withheld = await loginAs(
      app,
      await tenant.addUser({ role: 'customer_contact', accountId: withheldAccount }),
    );
    const ivanti = await loginAs(
      app,
      await tenant.addUser({ role: 'customer_contact', accountId: ivantiAccount }),
    );

    const open = await writeArticle(
      agent,
      { title: 'Badge enrolment guide', body: 'Enrol badges.' },
      manager,
    );
    const internal = await writeArticle(
      agent,
      { title: 'Escalation runbook for badge faults', body: 'Internal steps.', audience: 'internal' },
      manager,
    );

    const listed = (await customer.get('/api/v1/kb/articles')).json().items.map((item: TSummary) => item.id);
    expect(listed).toEqual([open.id]);
    expect((await customer.get(`/api/v1/kb/articles/${internal.id}`)).statusCode).toBe(404);
    expect((await agent.get(`/api/v1/kb/articles/${internal.id}`)).statusCode).toBe(200);
    const agentList = (await agent.get('/api/v1/kb/articles')).json().items.map((item: TSummary) => item.id);
    expect(agentList).toEqual(expect.arrayContaining([open.id, internal.id]));

    for (const refusedClient of [lapsed, bare, withheld]) {
      const response = await refusedClient.get('/api/v1/kb/articles');
      expect(response.statusCode).toBe(403);
      expect(response.json().error.message).toBe(
        'The knowledge base and documentation are available to customers with maintenance and support in force.',
      );
      expect((await refusedClient.get(`/api/v1/kb/articles/${open.id}`)).statusCode).toBe(403);
    }
    // Support on another vendor's pack does not open this pack's articles.
    expect((await ivanti.get('/api/v1/kb/articles')).json().items).toEqual([]);
    expect((await ivanti.get(`/api/v1/kb/articles/${open.id}`)).statusCode).toBe(404);
  });

  it('IMP-37 renders markdown without letting raw HTML or script links through', async () => {
    const app = await createTestApp({ clock: () => kbClock });
    const tenant = await createTestTenant();
    await addContract(tenant.system, tenant.accountId);
    const agent = await loginAs(app, tenant.users.agent);
    const manager = await loginAs(app, tenant.users.support_manager);
    const customer = await loginAs(app, tenant.users.customer_contact);
    const body = [
      '# Heading',
      '<script>alert(1)</script>',
      '<img src=x onerror="alert(2)">',
      '[click](javascript:alert(3)) and [data](data:text/html;base64,PHNjcmlwdD4=)',
      '<a href="javascript:alert(4)">raw link</a>',
      '[docs](https://docs.example.com/guide)',
    ].join('\n\n');
    const article = await writeArticle(agent, { title: 'Hostile markdown', body }, manager);
    const html: string = (await customer.get(`/api/v1/kb/articles/${article.id}`)).json().html;
    expect(html).toContain('<h1>Heading</h1>');
    expect(html).not.toMatch(/<script|<img|<a href="javascript|href="data:/i);
    expect(html).toContain('&lt;script&gt;');
    expect(html).toContain(
      '<a href="https://docs.example.com/guide" rel="noopener noreferrer" target="_blank">docs</a>',
    );
  });
});
