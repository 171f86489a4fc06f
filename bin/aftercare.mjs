#!/usr/bin/env node
// Entry point for the `aftercare` executable. Runs the compiled CLI when `npm run build` has been
// run, otherwise the TypeScript sources through tsx (so `npm install` + `npm start` need no build).
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const compiled = join(root, 'dist', 'cli', 'main.js');
if (existsSync(compiled) && !process.env.AFTERCARE_FROM_SOURCE) {
  await import(pathToFileURL(compiled).href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import(pathToFileURL(join(root, 'src', 'cli', 'main.ts')).href);
}
