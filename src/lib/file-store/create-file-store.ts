import { join } from 'node:path';
import type { TConfig } from '../../config.js';
import { createDirectoryFileStore } from './directory-file-store.js';
import type { TFileStore } from './file-store.js';

/** The configured file store: `<AFTERCARE_DATA_DIR>/files` (the directory store). */
export function createFileStore(config: Pick<TConfig, 'AFTERCARE_DATA_DIR'>): TFileStore {
  return createDirectoryFileStore(join(config.AFTERCARE_DATA_DIR, 'files'));
}
