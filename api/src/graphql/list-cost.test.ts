/**
 * The list-size cost limit (list-cost.ts) on the real schema: what the widgets and the dashboard send
 * passes, a query that multiplies pages by aliases and nested lists does not.
 */
import 'reflect-metadata';
import { describe, expect, it } from 'vitest';
import { buildSchema, parse, validate } from 'graphql';
import { readFileSync } from 'node:fs';
import * as dashboard from '../../../dashboard/src/gql/graphql.js';
import * as widgets from '../../../widgets/src/gql/graphql.js';
import { listCostRule, MAX_LIST_COST } from './list-cost.js';

const schema = buildSchema(readFileSync(new URL('../../../schema.graphql', import.meta.url), 'utf8'));
const rule = listCostRule({ maxCost: MAX_LIST_COST });
const problems = (query: string) => validate(schema, parse(query), [rule]).map((e) => e.message);

/** The cost a document has, read from the error of a rule with a limit of 0. */
const costOf = (query: string) =>
  Number(/cost (\d+)/.exec(validate(schema, parse(query), [listCostRule({ maxCost: 0 })])[0]?.message ?? '')?.[1] ?? 0);

const documents = (module: Record<string, unknown>) =>
  Object.entries(module)
    .filter(([name]) => name.endsWith('Document'))
    .map(([name, doc]) => [name, String(doc)] as const);

describe('list cost', () => {
  it('lets every document the widgets and the dashboard send pass, with room to spare', () => {
    const all = [...documents(widgets), ...documents(dashboard)];
    expect(all.length).toBeGreaterThan(30);
    for (const [name, query] of all) {
      expect(problems(query), name).toEqual([]);
      expect(costOf(query), name).toBeLessThan(MAX_LIST_COST / 2);
    }
  });

  it('counts page sizes, variables as the largest page, and nested lists', () => {
    const one = costOf(`{ mailRequests(page: { first: 1 }) { edges { node { id subject } } } }`);
    const hundred = costOf(`{ mailRequests(page: { first: 100 }) { edges { node { id subject } } } }`);
    const variable = costOf(`query($p: PageInput) { mailRequests(page: $p) { edges { node { id subject } } } }`);
    expect(hundred).toBeGreaterThan(50 * one);
    expect(variable).toBe(hundred);
    const nested = costOf(
      `{ mailRequests(page: { first: 100 }) { edges { node { id previousRequests { id messages { id body } } } } } }`,
    );
    expect(nested).toBeGreaterThan(10 * hundred);
  });

  it('refuses 15 aliases of a 100-row page with nested lists', () => {
    const alias = (i: number) =>
      `a${i}: mailRequests(page: { first: 100 }) { edges { node { id subject previousRequests { id messages { body } } } } }`;
    const query = `{ ${Array.from({ length: 15 }, (_, i) => alias(i)).join(' ')} }`;
    expect(problems(query)).toEqual([expect.stringMatching(/^Query is too expensive: cost \d+/)]);
  });
});
