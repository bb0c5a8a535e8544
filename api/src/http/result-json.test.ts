import { describe, expect, it } from 'vitest';
import { buildSchema, execute, parse, type ExecutionResult, type FormattedExecutionResult } from 'graphql';
import { compileResultSerializer, writeResult } from './result-json.js';

const schema = buildSchema(`
  scalar DateTime
  enum Role { ADMIN COUNSELLOR }
  interface Node { id: ID! }
  type Counsellor implements Node { id: ID! name: String! role: Role! languages: [String!]! age: Int rating: Float active: Boolean! since: DateTime team: Team }
  type Team implements Node { id: ID! title: String members: [Counsellor!] }
  union Found = Counsellor | Team
  type Query { counsellors: [Counsellor!]! node(id: ID!): Node search: [Found!]! count: Int! nothing: String }
  type Mutation { rename(name: String!): Counsellor }
`);

const strings = [
  'plain',
  'Zoë “quoted” \\ back\\slash',
  'line\nbreak\ttab\r',
  '"',
  '\u0000\u001f',
  '😀 emoji',
  'lone \ud800 surrogate',
  '',
];
const team = { id: 't1', title: null as string | null, members: [] as unknown[] };
const counsellors = strings.map((name, i) => ({
  __typename: 'Counsellor',
  id: `c${i}`,
  name,
  role: i % 2 ? 'ADMIN' : 'COUNSELLOR',
  languages: i % 3 ? ['de', 'en'] : [],
  age: i % 2 ? null : 30 + i,
  rating: i % 2 ? 4.5 : i,
  active: i % 2 === 0,
  since: i % 2 ? null : new Date(Date.UTC(2026, 0, i + 1)).toISOString(),
  team: i % 2 ? null : team,
}));
team.members = counsellors.slice(0, 2);
const root = {
  counsellors,
  node: ({ id }: { id: string }) => (id === 't1' ? { __typename: 'Team', ...team } : counsellors[0]),
  search: [counsellors[1], { __typename: 'Team', ...team }],
  count: 42,
  nothing: null,
  rename: ({ name }: { name: string }) => ({ ...counsellors[0], name }),
};

async function both(source: string, variables?: Record<string, unknown>) {
  const document = parse(source);
  const result = (await execute({ schema, document, rootValue: root, variableValues: variables })) as ExecutionResult;
  const formatted = { data: result.data, errors: result.errors?.map((e) => e.toJSON()) } as FormattedExecutionResult;
  const serializer = compileResultSerializer(schema, document, undefined);
  return { expected: JSON.stringify(formatted), serializer, formatted };
}

describe('compiled result serializer', () => {
  it.each([
    [
      'scalars, enums, lists, nulls and awkward strings',
      `{ counsellors { id name role languages age rating active } count nothing }`,
    ],
    [
      'aliases, __typename and nested objects',
      `{ all: counsellors { __typename key: id team { title members { name } } } }`,
    ],
    ['custom scalars are written as JSON.stringify writes them', `{ counsellors { since } }`],
    [
      'named and inline fragments, merged selections',
      `{ counsellors { ...A ... on Counsellor { team { id } } team { title } } } fragment A on Counsellor { name }`,
    ],
    [
      'interface and union fields',
      `{ node(id: "t1") { id ... on Team { title } } search { ... on Counsellor { name } ... on Team { id } } }`,
    ],
    ['a mutation', `mutation { rename(name: "Neu") { id name } }`],
  ])('writes exactly what JSON.stringify writes: %s', async (_case, source) => {
    const { expected, serializer, formatted } = await both(source);
    expect(serializer).not.toBeNull();
    expect(serializer!(formatted)).toBe(expected);
    expect(writeResult(formatted, serializer!)).toBe(expected);
  });

  it('is not made for selections with directives (their shape depends on variables)', async () => {
    const { serializer } = await both(`query($a: Boolean!) { counsellors { id name @include(if: $a) } }`, { a: true });
    expect(serializer).toBeNull();
  });

  it('leaves results with errors or extensions, and values it cannot write, to JSON.stringify', async () => {
    const { serializer } = await both(`{ counsellors { id rating } }`);
    const withErrors = { data: { counsellors: [] }, errors: [{ message: 'x' }] } as unknown as FormattedExecutionResult;
    expect(writeResult(withErrors, serializer!)).toBe(JSON.stringify(withErrors));
    const withExtensions = { data: { counsellors: [] }, extensions: { cost: 1 } } as FormattedExecutionResult;
    expect(writeResult(withExtensions, serializer!)).toBe(JSON.stringify(withExtensions));
    const notANumber = { data: { counsellors: [{ id: 'c', rating: NaN }] } } as FormattedExecutionResult;
    expect(writeResult(notANumber, serializer!)).toBe(JSON.stringify(notANumber));
    expect(writeResult({ data: null }, serializer!)).toBe('{"data":null}');
  });
});
