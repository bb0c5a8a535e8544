/** Reads and writes the authorization matrix's table (Markdown, one row per operation). */
import type { Operation } from './schema-operations.js';
import type { Caller } from './world.js';

/** Operation key (`Mutation.login`) → caller name → outcome. */
export type Matrix = Map<string, Record<string, string>>;

const LEGEND = `# Authorization matrix

Generated from the schema by \`tests/platform/authorization-matrix.test.ts\`, which fails when the API
answers differently. After adding an operation or a caller, or changing who may do what, regenerate with

    UPDATE_MATRIX=1 npx vitest run tests/platform/authorization-matrix.test.ts

and review the diff like code: every ALLOW must be intended.

Each cell is the outcome of calling the operation with valid arguments that name organisation A's
data (one of each: topic, service, appointment, group appointment, absence, chat stream, group chat,
document, mail request, reservation, booking; see \`tests/platform/valid-arguments.ts\`):

- **ALLOW**: the operation ran (data, or a domain result such as \`SlotTaken\`).
- **DENY**: refused as UNAUTHENTICATED or FORBIDDEN.
- **NOT_FOUND**: the id is not visible to the caller (for staff of organisation B: no leak).
- **INPUT**: BAD_USER_INPUT (e.g. a staff account giving a client-only value, an invalid token).
- **CONFLICT**, **RATE_LIMITED**: the codes of that name.
- Subscriptions: the subscribe handshake over graphql-ws (ALLOW = held open).

A CONFLICT or INPUT cell still shows that the caller got past authorization (e.g. \`startChat\`:
nobody of A is online in the fixture, NOBODY_REACHABLE; \`takeOverMailRequest\`: the fixture request
is already assigned; \`setPasswordWithToken\`: the token is the authorization and the fixture's is
unknown).
`;

export function formatMatrix(matrix: Matrix, callers: Caller[], ops: Operation[]): string {
  const header = `| Operation | ${callers.map((c) => c.name).join(' | ')} |`;
  const rule = `|---|${callers.map(() => '---').join('|')}|`;
  const rows = ops.map(
    (op) => `| ${op.key} | ${callers.map((c) => matrix.get(op.key)?.[c.name] ?? '?').join(' | ')} |`,
  );
  const who = callers.map((c) => `- **${c.name}**: ${c.description}`).join('\n');
  const cells = ops.length * callers.length;
  return `${LEGEND}\nCallers:\n\n${who}\n\n${ops.length} operations × ${callers.length} callers = ${cells} cells.\n\n${header}\n${rule}\n${rows.join('\n')}\n`;
}

export function parseMatrix(text: string): { callers: string[]; rows: Matrix } {
  const lines = text.split('\n').filter((l) => l.startsWith('|'));
  const cells = (l: string) =>
    l
      .slice(1, -1)
      .split('|')
      .map((c) => c.trim());
  const [head, , ...body] = lines;
  const callers = head ? cells(head).slice(1) : [];
  const rows: Matrix = new Map();
  for (const line of body) {
    const [key, ...outcomes] = cells(line);
    rows.set(key!, Object.fromEntries(callers.map((c, i) => [c, outcomes[i]!])));
  }
  return { callers, rows };
}
