import { cliCommands } from './commands.js';
import { type TCliIo, writeLine } from './io.js';

export function usage(): string {
  const lines = Object.entries(cliCommands).map(
    ([name, entry]) => `  aftercare ${name.padEnd(16)} ${entry.summary}`,
  );
  return `Usage:\n${lines.join('\n')}`;
}

/** Finds the longest command name matching the leading words and runs it. */
export async function runCli(argv: string[], io: TCliIo): Promise<number> {
  for (let words = Math.min(2, argv.length); words >= 1; words--) {
    const name = argv.slice(0, words).join(' ');
    const entry = cliCommands[name];
    if (entry) return (await entry.load())(argv.slice(words), io);
  }
  if (argv.length === 0 || argv[0] === '--help' || argv[0] === 'help') {
    writeLine(io.stdout, usage());
    return 0;
  }
  writeLine(io.stderr, `aftercare: unknown command '${argv.join(' ')}'\n${usage()}`);
  return 1;
}

const isMain =
  process.argv[1] !== undefined && /aftercare(\.mjs)?$|cli[\\/]main\.[jt]s$/.test(process.argv[1]);
if (isMain) {
  const io: TCliIo = { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr };
  runCli(process.argv.slice(2), io).then(
    (code) => {
      if (code !== 0) process.exitCode = code;
    },
    (error: unknown) => {
      writeLine(io.stderr, `aftercare: ${error instanceof Error ? error.message : String(error)}`);
      process.exitCode = 1;
    },
  );
}
