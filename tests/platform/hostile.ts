/**
 * Hostile variables for the fuzz test: take an operation's valid variables, find every place in them
 * (scalars, lists, input objects, by their schema type), and replace a few places with values a
 * careless or malicious client sends: wrong types, huge or control-laden unicode text, extreme dates
 * and numbers, long lists, missing or unknown fields, and ids of another organisation.
 */
import fc from 'fast-check';
import { getNullableType, isEnumType, isInputObjectType, isListType, type GraphQLInputType } from 'graphql';
import type { Operation } from './schema-operations.js';

export type Path = (string | number)[];
export interface Slot {
  path: Path;
  kind: 'leaf' | 'list' | 'object';
  /** The named type: `String`, `ID`, `DateTimeISO`, an enum or input type. */
  type: string;
}

/** Every place in `vars` with the schema type it has there. */
export function slots(op: Operation, vars: Record<string, unknown>): Slot[] {
  const out: Slot[] = [];
  const walk = (type: GraphQLInputType, value: unknown, path: Path) => {
    const t = getNullableType(type);
    if (isListType(t)) {
      out.push({ path, kind: 'list', type: String(t.ofType) });
      if (Array.isArray(value)) value.forEach((v, i) => walk(t.ofType, v, [...path, i]));
    } else if (isInputObjectType(t)) {
      out.push({ path, kind: 'object', type: t.name });
      if (value && typeof value === 'object')
        for (const f of Object.values(t.getFields()))
          if (f.name in (value as object)) walk(f.type, (value as Record<string, unknown>)[f.name], [...path, f.name]);
    } else {
      out.push({ path, kind: 'leaf', type: isEnumType(t) ? 'enum' : t.name });
    }
  };
  for (const arg of op.field.args) if (arg.name in vars) walk(arg.type, vars[arg.name], [arg.name]);
  return out;
}

const DROP = Symbol('drop');

export function replaced(vars: Record<string, unknown>, path: Path, value: unknown): Record<string, unknown> {
  const copy = structuredClone(vars);
  let node: Record<string | number, unknown> = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  if (value === DROP) {
    if (Array.isArray(node)) node.splice(Number(last), 1);
    else delete node[last];
  } else node[last] = value;
  return copy;
}

const NASTY_TEXT = [
  '\u0000',
  'Hilfe\u0000bitte',
  '\u0007\u0008\u001b[31mrot\u001b[0m',
  '\u202Egnp.exe',
  '\u200F\u05E9\u05DC\u05D5\u05DD',
  '\uD800',
  '\uDFFFx\uD83D',
  '\uFEFF',
  '👩‍👩‍👧‍👦🏳️‍🌈',
  'Z̴̡̛͎a̸̢͝l̵̡g̷̛o̶',
  "'; drop table account; --",
  '<script>alert(1)</script>',
  '../../../../etc/passwd',
  '${{7*7}}',
  '%00%ff',
  '\r\nX-Injected: 1',
  ' ',
  '',
];

const text = fc.oneof(
  fc.constantFrom(...NASTY_TEXT),
  fc.string({ unit: 'binary', maxLength: 80 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.integer({ min: 300, max: 120_000 }).map((n) => 'ä'.repeat(n)),
  fc.integer({ min: 100, max: 20_000 }).map((n) => '😀\u0301'.repeat(n)),
);

const numbers = fc.oneof(
  fc.constantFrom(-1, 0, 2 ** 31, -(2 ** 31) - 1, 2 ** 53, -(2 ** 53), 1e308, -1e308, 1.5, 0.0001),
  fc.integer(),
  fc.double({ noNaN: true }),
);

const dates = fc.oneof(
  fc.constantFrom(
    '0001-01-01T00:00:00.000Z',
    '9999-12-31T23:59:59.999Z',
    '+275760-09-13T00:00:00.000Z',
    '-271821-04-20T00:00:00.000Z',
    '1970-01-01T00:00:00Z',
    '2026-02-30T10:00:00Z',
    '2026-03-29T02:30:00+01:00',
    '2026-13-01',
    'gestern',
    '',
  ),
  fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
  fc.integer().map(String),
);

const wrongType = fc.constantFrom<unknown>(null, {}, [], true, 0, -7.5, 'Lotse', { a: { b: [1] } }, [[null]]);

/** Values for one slot, after its type. `otherIds` are real ids of another organisation. */
export function hostileFor(slot: Slot, otherIds: string[]): fc.Arbitrary<unknown> {
  // Missing fields and wrong types stop at GraphQL's own checks: some, but mostly values that pass
  // them and reach our code. A missing top-level argument is a null (else the document changes).
  const drop = fc.constant(slot.path.length > 1 ? DROP : null);
  if (slot.kind === 'list')
    return fc.oneof(
      { arbitrary: fc.integer({ min: 200, max: 3000 }).map((n) => ({ repeatList: n })), weight: 4 },
      { arbitrary: fc.constant([null]), weight: 1 },
      { arbitrary: wrongType, weight: 1 },
    );
  if (slot.kind === 'object') return fc.oneof(drop, fc.constant({ unknownField: 1 }), wrongType);
  const byType: Record<string, fc.Arbitrary<unknown>> = {
    ID: fc.oneof(
      { arbitrary: fc.constantFrom(...otherIds), weight: 4 },
      fc.uuid(),
      fc.constantFrom('', 'not-a-uuid', '00000000-0000-0000-0000-000000000000', "1' or '1'='1", 'x'.repeat(5000)),
      text,
    ),
    String: text,
    DateTimeISO: dates,
    Int: numbers,
    Float: numbers,
    Boolean: fc.constantFrom<unknown>('true', 1, 0, null),
    enum: fc.oneof(fc.constantFrom('', 'ADMIN', 'admin', '__proto__'), text),
  };
  return fc.oneof(
    { arbitrary: byType[slot.type] ?? text, weight: 8 },
    { arbitrary: wrongType, weight: 1 },
    { arbitrary: drop, weight: 1 },
  );
}

/** `{ repeatList: n }` stands for a list of n copies of the list's first element (built at call time). */
export function materialise(vars: Record<string, unknown>, path: Path, value: unknown): Record<string, unknown> {
  if (value && typeof value === 'object' && 'repeatList' in value) {
    let current: unknown = vars;
    for (const key of path) current = (current as Record<string | number, unknown>)?.[key];
    const first = Array.isArray(current) && current.length ? current[0] : 'x';
    return replaced(
      vars,
      path,
      Array.from({ length: (value as { repeatList: number }).repeatList }, () => first),
    );
  }
  return replaced(vars, path, value);
}

export { DROP };
