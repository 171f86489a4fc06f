import { z } from 'zod';
import type { TDownloadProduct } from '../commands/releases/list-downloads.js';
import type { TReleaseFileRow } from '../db/schema-releases.js';
import { presentVersionSupport, ZVersionSupportView } from './present-release.js';

export const ZReleaseFileView = z
  .object({
    id: z.uuid(),
    filename: z.string(),
    contentType: z.string(),
    sizeBytes: z.number().int(),
    sha256: z.string().describe('Hex SHA-256 of the bytes; the download repeats it in X-Checksum-Sha256'),
    downloadUrl: z.string(),
  })
  .meta({ id: 'ReleaseFile' });

export function presentReleaseFile(file: TReleaseFileRow): z.infer<typeof ZReleaseFileView> {
  return {
    id: file.id,
    filename: file.filename,
    contentType: file.content_type,
    sizeBytes: file.size_bytes,
    sha256: file.sha256,
    downloadUrl: `/api/v1/downloads/files/${file.id}`,
  };
}

export const ZDownloadProductView = z
  .object({
    id: z.uuid(),
    name: z.string(),
    releases: z.array(
      z.object({
        id: z.uuid(),
        version: z.string(),
        gaDate: z.string().nullable(),
        notes: z.string(),
        support: ZVersionSupportView.nullable(),
        available: z.boolean().describe('Whether this account may download the files'),
        refusal: z.object({ code: z.string(), reason: z.string() }).nullable(),
        files: z.array(ZReleaseFileView),
      }),
    ),
  })
  .meta({ id: 'DownloadProduct' });

/** The Downloads page for a customer: plain words, no clause ids (the decision reasons are plain). */
export function presentDownloadProduct(product: TDownloadProduct): z.infer<typeof ZDownloadProductView> {
  return {
    id: product.id,
    name: product.name,
    releases: product.releases.map(({ release, support, decision, files }) => ({
      id: release.id,
      version: release.version,
      gaDate: release.ga_date,
      notes: release.notes,
      support: support ? presentVersionSupport(support) : null,
      available: decision.allowed,
      refusal: decision.allowed ? null : { code: decision.code, reason: decision.reason },
      files: files.map(presentReleaseFile),
    })),
  };
}
