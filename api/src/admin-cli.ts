/**
 * `npm run lotse -- <group> <command> [options]`: the platform operator's commands (creating
 * organisations and their first admins, licences, suspension). Runs against the same database as
 * `npm start` (DATABASE_URL, else the embedded cluster under DATA_DIR, also while a server runs).
 * Success exits 0; any failure prints one line on stderr and exits 1.
 */
import 'reflect-metadata';
import { ConfigError } from './config.js';
import type { AdminContext } from './admin/context.js';
import { CliError, commandHelp, describeError, parseCommand, type Command } from './admin/command.js';
import { orgCommands } from './admin/org.commands.js';
import { operatorCommands } from './admin/operator.commands.js';

const groups: Record<string, { summary: string; commands: Command[] }> = {
  org: {
    summary: 'organisations: create, list, set-licence, suspend, resume, invite, export, delete, restore, deletions',
    commands: orgCommands,
  },
  operator: { summary: 'platform operators: create, list, invite, remove', commands: operatorCommands },
};

function mainHelp(): string {
  const lines = Object.entries(groups).flatMap(([group, g]) => [
    `  ${group}  ${g.summary}`,
    ...g.commands.map((c) => `    ${group} ${c.name.padEnd(12)} ${c.brief}`),
  ]);
  return [
    'Lotse platform administration.',
    '',
    'Usage: npm run lotse -- <group> <command> [options]   (<group> <command> --help: its options)',
    '',
    ...lines,
    '',
    'Uses DATABASE_URL, else the embedded PostgreSQL under DATA_DIR (default ./.lotse-data), like npm start.',
  ].join('\n');
}

function groupHelp(name: string): string {
  const g = groups[name]!;
  const cmds = g.commands.map((c) => `  ${c.name.padEnd(12)} ${c.brief}`);
  return [`Usage: npm run lotse -- ${name} <command> [options]`, '', ...cmds].join('\n');
}

async function main(argv: string[]): Promise<number> {
  const [groupName, commandName, ...rest] = argv;
  if (!groupName || groupName === '--help' || groupName === '-h' || groupName === 'help') {
    console.log(mainHelp());
    return 0;
  }
  const group = groups[groupName];
  if (!group) throw new CliError(`Unknown command group "${groupName}" (see --help)`);
  if (!commandName || commandName === '--help' || commandName === '-h') {
    console.log(groupHelp(groupName));
    return 0;
  }
  const command = group.commands.find((c) => c.name === commandName);
  if (!command) throw new CliError(`Unknown command "${groupName} ${commandName}" (see ${groupName} --help)`);
  const values = parseCommand(command, rest);
  if (values === 'help') {
    console.log(commandHelp(groupName, command));
    return 0;
  }
  let ctx: AdminContext | undefined;
  const open = async () => {
    // Loaded only now: help and option errors answer without loading the database layer.
    const { openAdmin } = await import('./admin/context.js');
    return (ctx ??= await openAdmin(command.needs));
  };
  try {
    await command.run(values, open);
  } finally {
    await ctx?.close();
  }
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err instanceof ConfigError ? err.message : `Error: ${describeError(err)}`);
    process.exit(1);
  },
);
