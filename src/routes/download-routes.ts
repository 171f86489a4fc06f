import type { Readable } from 'node:stream';
import { z } from 'zod';
import { listDownloads } from '../commands/releases/list-downloads.js';
import { openReleaseDownload } from '../commands/releases/open-release-download.js';
import { uploadReleaseFile } from '../commands/releases/upload-release-file.js';
import { AppError } from '../lib/app-error.js';
import { createFileStore } from '../lib/file-store/create-file-store.js';
import { visibleAccountId } from '../policies/actor.js';
import {
  presentDownloadProduct,
  presentReleaseFile,
  ZDownloadProductView,
  ZReleaseFileView,
} from '../presenters/present-download.js';
import type { TRouteRegistrar } from './api-types.js';
import { errorResponses } from './error-schema.js';
import { requireActor } from './route-auth.js';

/**
 * An uploaded body, streamed: the request stream behind a private field, so the input guard (which
 * walks enumerable fields) and the schema never read the bytes.
 */
class UploadBody {
  readonly #stream: Readable;
  constructor(stream: Readable) {
    this.#stream = stream;
  }
  stream(): Readable {
    return this.#stream;
  }
}

const ZUploadQuery = z.strictObject({
  filename: z
    .string()
    .trim()
    .min(1)
    .max(200)
    .regex(/^[^/\\]+$/, 'a file name without folders'),
  contentType: z.string().max(200).default('application/octet-stream'),
});
const ZReleaseParams = z.strictObject({ id: z.uuid() });
const ZFileParams = z.strictObject({ fileId: z.uuid() });
const ZDownloadsQuery = z.strictObject({
  accountId: z.uuid().optional().describe('Vendor users: whose Downloads page to show'),
});

/** Release files: vendors upload them; customers list and download what their maintenance covers. */
export const registerDownloadRoutes: TRouteRegistrar = (app, deps) => {
  const files = createFileStore(deps.config);
  app.addContentTypeParser('application/octet-stream', (_request, payload, done) => {
    done(null, new UploadBody(payload));
  });

  app.post(
    '/api/v1/releases/:id/files',
    {
      config: { auth: 'cases:write' },
      schema: {
        tags: ['releases'],
        summary: 'Add a file to a release: the body is the file (application/octet-stream), streamed',
        params: ZReleaseParams,
        querystring: ZUploadQuery,
        response: { 201: ZReleaseFileView, ...errorResponses },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      if (!(request.body instanceof UploadBody))
        throw new AppError('request.invalid', 'Send the file as application/octet-stream', [
          { field: 'body', message: 'application/octet-stream' },
        ]);
      const row = await uploadReleaseFile(
        { db: deps.db, files },
        actor,
        request.params.id,
        { ...request.query, body: request.body.stream() },
        deps.clock(),
      );
      return reply.status(201).send(presentReleaseFile(row));
    },
  );

  app.get(
    '/api/v1/downloads',
    {
      config: { auth: 'cases:read' },
      schema: {
        tags: ['releases'],
        summary: 'Downloads: products the account is covered for, their releases, support status and files',
        querystring: ZDownloadsQuery,
        response: { 200: z.object({ products: z.array(ZDownloadProductView) }), ...errorResponses },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const accountId = visibleAccountId(actor) ?? request.query.accountId;
      if (!accountId)
        throw new AppError('request.invalid', 'Whose downloads?', [
          { field: 'accountId', message: 'required' },
        ]);
      const products = await listDownloads(deps.db, actor.tenantId, accountId, deps.clock());
      return { products: products.map(presentDownloadProduct) };
    },
  );

  app.get(
    '/api/v1/downloads/files/:fileId',
    {
      config: { auth: 'cases:read' },
      schema: {
        tags: ['releases'],
        summary: 'Download a release file (entitlement-checked, audited; X-Checksum-Sha256 gives its hash)',
        params: ZFileParams,
        response: { ...errorResponses },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const { file, body } = await openReleaseDownload(
        { db: deps.db, files },
        actor,
        request.params.fileId,
        deps.clock(),
      );
      return reply
        .header('content-type', file.content_type)
        .header('content-length', String(file.size_bytes))
        .header('content-disposition', `attachment; filename="${file.filename.replaceAll('"', '')}"`)
        .header('x-checksum-sha256', file.sha256)
        .header('digest', `sha-256=${Buffer.from(file.sha256, 'hex').toString('base64')}`)
        .send(body as never);
    },
  );
};
