import type { TTestClient } from '../helpers/index.js';

export const kbClock = new Date('2026-12-02T15:00:00Z');

/** Writes an article as `author` and, when `publishWith` is given, takes it through review to published. */
export async function writeArticle(
  author: TTestClient,
  fields: {
    title: string;
    body: string;
    packId?: string;
    audience?: 'customer' | 'internal';
    productId?: string;
  },
  publishWith?: TTestClient,
): Promise<{ id: string; status: string }> {
  const created = await author.post('/api/v1/kb/articles', { packId: 'imprivata-onesign', ...fields });
  if (created.statusCode !== 201) throw new Error(`create failed: ${created.body}`);
  const article = created.json();
  if (!publishWith) return article;
  const review = await author.post(`/api/v1/kb/articles/${article.id}/moves`, { move: 'submit_for_review' });
  if (review.statusCode !== 200) throw new Error(`review failed: ${review.body}`);
  const published = await publishWith.post(`/api/v1/kb/articles/${article.id}/moves`, { move: 'publish' });
  if (published.statusCode !== 200) throw new Error(`publish failed: ${published.body}`);
  return published.json();
}
