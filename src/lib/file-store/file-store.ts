import type { Readable } from 'node:stream';

/** What a store reports after writing a file: its size and sha256 (hex), computed while streaming. */
export type TStoredFile = { key: string; sizeBytes: number; sha256: string };

/**
 * The one file-store interface downloads use: a directory under the data directory by default
 * (`createDirectoryFileStore`); an S3-compatible object store behind the same interface is planned.
 * Keys are relative paths of lower-case letters, digits, '-', '_', '.', separated by '/'.
 */
export type TFileStore = {
  put(key: string, body: Readable): Promise<TStoredFile>;
  get(key: string): Promise<Readable>;
  exists(key: string): Promise<boolean>;
};

const keyPattern = /^[a-z0-9_-][a-z0-9._-]*(\/[a-z0-9_-][a-z0-9._-]*)*$/;

/** Refuses keys that could escape the store ('..', absolute paths, odd characters). */
export function assertFileKey(key: string): void {
  if (!keyPattern.test(key) || key.split('/').some((part) => part === '..' || part === '.'))
    throw new Error(`file-store: invalid key "${key}"`);
}
