import type { TDb } from '../../db/schema.js';
import { AppError } from '../../lib/app-error.js';
import { findProductPack } from '../../repositories/kb-article-repository.js';
import { listPackVersions } from '../packs/find-pack-version.js';

/** An article belongs to a pack the tenant uses and, optionally, one of that pack's products. */
export async function assertArticleTarget(
  db: TDb,
  tenantId: string,
  input: { packId?: string | undefined; productId?: string | null | undefined },
): Promise<void> {
  if (input.packId !== undefined && (await listPackVersions(db, tenantId, input.packId)).length === 0) {
    throw new AppError('kb.pack_unknown', `No pack "${input.packId}"`, [
      { field: 'packId', message: 'no such pack' },
    ]);
  }
  if (input.productId) {
    const product = await findProductPack(db, tenantId, input.productId);
    if (!product || (input.packId !== undefined && product.pack_id !== input.packId)) {
      throw new AppError('kb.product_unknown', 'No such product in this pack', [
        { field: 'productId', message: 'no such product in this pack' },
      ]);
    }
  }
}
