import { hash, verify } from '@node-rs/argon2';

/** argon2id with the library defaults (m=19 MiB, t=2, p=1 — the OWASP baseline). */
export async function hashPassword(password: string): Promise<string> {
  return hash(password);
}

/** A hash of a random password: verified against when the user does not exist, so timing does not tell. */
const decoyHash =
  '$argon2id$v=19$m=19456,t=2,p=1$Hoph0Yw/zpaiza0amg6wJQ$h7x1+LvzrBqDFna56GPMzg9HjSWglBceQ0lh8wS29g4';

export async function verifyPassword(passwordHash: string | null, password: string): Promise<boolean> {
  try {
    const ok = await verify(passwordHash ?? decoyHash, password);
    return ok && passwordHash !== null;
  } catch {
    return false;
  }
}
