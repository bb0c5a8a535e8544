/**
 * The shape of an admin command, its help text and how its failures are told: one line on stderr
 * and exit code 1, whether the input was wrong (options, validation) or a rule refused it.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { DomainError, type FieldProblem } from '../shared/errors.js';
import type { AdminContext, AdminOptions } from './context.js';

type Options = NonNullable<ParseArgsConfig['options']>;
export type Values = Record<string, string | boolean | undefined>;

export interface Command {
  name: string;
  /** One line for the command lists. */
  brief: string;
  /** The head of the command's own help. */
  summary: string;
  /** Usage line after `npm run lotse -- <group> <name>`. */
  usage: string;
  /** Option descriptions, in help order; every option takes a value unless listed as a flag. */
  options: Record<string, { description: string; flag?: boolean }>;
  /** What `openAdmin` must prepare. */
  needs?: AdminOptions;
  /**
   * Checks the options first and only then calls `open` for the database, so a mistyped command
   * answers at once.
   */
  run(values: Values, open: () => Promise<AdminContext>): Promise<void>;
}

/** A failure the user can act on; its message is the whole story. */
export class CliError extends Error {
  override name = 'CliError';
}

export function parseCommand(command: Command, argv: string[]): Values | 'help' {
  const options: Options = { help: { type: 'boolean', short: 'h' } };
  for (const [name, o] of Object.entries(command.options)) options[name] = { type: o.flag ? 'boolean' : 'string' };
  try {
    const { values } = parseArgs({ args: argv, options, strict: true, allowPositionals: false });
    return values.help ? 'help' : (values as Values);
  } catch (err) {
    // parseArgs' messages already name the option ("Unknown option '--nme'").
    throw new CliError(`${(err as Error).message.split('\n')[0]} (see --help)`);
  }
}

export function commandHelp(group: string, command: Command): string {
  const width = Math.max(...Object.keys(command.options).map((n) => n.length + 4), 10);
  const lines = Object.entries(command.options).map(([name, o]) => `  --${name.padEnd(width - 2)}${o.description}`);
  return [
    `${command.summary}`,
    '',
    `Usage: npm run lotse -- ${group} ${command.name} ${command.usage}`.trimEnd(),
    ...(lines.length ? ['', 'Options:', ...lines] : []),
    `  --${'help'.padEnd(width - 2)}show this help`,
  ].join('\n');
}

/** `adminEmail` → `--admin-email`: validation problems named as the user typed them. */
const optionName = (path: string) => `--${path.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;

/** One line for any failure: domain errors by their message, field problems by option. */
export function describeError(err: unknown): string {
  if (err instanceof CliError) return err.message;
  if (err instanceof DomainError) {
    const fields = (err.details.fields as FieldProblem[] | undefined) ?? [];
    if (fields.length)
      return fields.map((f) => (f.path ? `${optionName(f.path)}: ${f.message}` : f.message)).join('; ');
    return err.message;
  }
  return `Unexpected error: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}`;
}
