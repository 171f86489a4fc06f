export const articleStatuses = ['draft', 'review', 'published'] as const;
export type TArticleStatus = (typeof articleStatuses)[number];
export const articleAudiences = ['customer', 'internal'] as const;
export type TArticleAudience = (typeof articleAudiences)[number];

/**
 * Draft → review → published. A reviewer may send an article back to draft; a published article is
 * withdrawn to draft to be changed again. Each rule lives here once; the API returns the allowed moves.
 */
const moves: Record<TArticleStatus, readonly TArticleStatus[]> = {
  draft: ['review'],
  review: ['draft', 'published'],
  published: ['draft'],
};

export function listArticleMoves(from: TArticleStatus): readonly TArticleStatus[] {
  return moves[from];
}

export function canMoveArticle(from: TArticleStatus, to: TArticleStatus): boolean {
  return moves[from].includes(to);
}
