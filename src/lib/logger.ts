import pino from 'pino';
import type { TConfig } from '../config.js';

export type TLogger = pino.Logger;

export function createLogger(config: Pick<TConfig, 'LOG_LEVEL'>): TLogger {
  return pino({ level: config.LOG_LEVEL, base: { app: 'aftercare' } });
}
