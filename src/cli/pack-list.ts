import { listBuiltInPacks } from '../domain/packs/registry.js';
import { type TCliCommand, writeLine } from './io.js';

/** `aftercare pack list [--json]`: the built-in policy packs. */
export const runPackList: TCliCommand = async (args, io) => {
  const packs = listBuiltInPacks();
  if (args.includes('--json')) {
    writeLine(io.stdout, JSON.stringify(packs));
    return 0;
  }
  for (const pack of packs) {
    const placeholders =
      pack.placeholders.length > 0 ? ` (placeholder hours: ${pack.placeholders.join(', ')})` : '';
    writeLine(io.stdout, `${pack.id}  v${pack.version}  ${pack.name}`);
    writeLine(io.stdout, `  plans: ${pack.plans.join(', ')}`);
    writeLine(io.stdout, `  severities: ${pack.severities.join(', ')}`);
    writeLine(io.stdout, `  centres: ${pack.centres.join(', ')}${placeholders}`);
  }
  return 0;
};
