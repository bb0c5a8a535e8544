/**
 * Collects, from the API's source, every English text that can reach a client as a field message or a
 * BAD_USER_INPUT summary: zod messages (`.min(…, '…')`, `.refine(…, '…')`, `message: '…'` options and
 * `ctx.addIssue({ message })`), `{ path, message }` field problems and the first argument of `badInput(…)`.
 * Used by field-messages.test.ts to make sure each has a German entry in field-messages.ts. A template
 * literal comes back with `7` for each `${…}`, which the catalogue's patterns must accept.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

/** zod methods whose last string argument is the message. */
const ZOD_METHODS = new Set([
  'min',
  'max',
  'length',
  'regex',
  'email',
  'url',
  'uuid',
  'refine',
  'int',
  'positive',
  'nonnegative',
  'negative',
  'nonpositive',
  'gt',
  'gte',
  'lt',
  'lte',
  'multipleOf',
  'nonempty',
  'startsWith',
  'endsWith',
  'includes',
  'datetime',
  'date',
  'literal',
  'enum',
  'nativeEnum',
  'number',
  'string',
]);

export interface FoundMessage {
  file: string;
  line: number;
  /** The text, with `7` for each substitution of a template literal. */
  text: string;
}

/** The texts an expression can be: a literal, a template (`7` for each substitution), either branch of `?:`. */
function textsOf(node: ts.Node): string[] {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return [node.text];
  if (ts.isTemplateExpression(node)) {
    return [node.head.text + node.templateSpans.map((s) => `7${s.literal.text}`).join('')];
  }
  if (ts.isConditionalExpression(node)) return [...textsOf(node.whenTrue), ...textsOf(node.whenFalse)];
  if (ts.isParenthesizedExpression(node)) return textsOf(node.expression);
  return [];
}

/** A function whose name ends in `Problem` returns a field message or null (e.g. webhook-target.ts). */
function inProblemFunction(node: ts.Node): boolean {
  for (let n: ts.Node | undefined = node.parent; n; n = n.parent) {
    if (ts.isFunctionDeclaration(n)) return !!n.name && /Problem$/.test(n.name.text);
  }
  return false;
}

function collectFile(file: string, source: string, out: FoundMessage[]): void {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true);
  const usesMessageVariable = source.includes('badInput(message');
  const add = (node: ts.Node | undefined) => {
    if (!node) return;
    const line = sf.getLineAndCharacterOfPosition(node.getStart()).line + 1;
    for (const text of textsOf(node)) if (text) out.push({ file, line, text });
  };
  const visit = (node: ts.Node) => {
    if (ts.isCallExpression(node)) {
      const callee = node.expression;
      const name = ts.isPropertyAccessExpression(callee)
        ? callee.name.text
        : ts.isIdentifier(callee)
          ? callee.text
          : '';
      const isZod = ts.isPropertyAccessExpression(callee) && ZOD_METHODS.has(name);
      // `.min(3, 'At least 3 characters')`, `.refine(fn, 'Message')`: the message comes last (and not
      // alone for calls whose only argument is a value, such as `z.literal('x')` or `.startsWith('x')`).
      if (isZod && node.arguments.length >= 2) add(node.arguments[node.arguments.length - 1]);
      if (isZod && node.arguments.length === 1 && ['email', 'url', 'uuid', 'int', 'nonempty'].includes(name)) {
        add(node.arguments[0]);
      }
      // `badInput(message, fields)` and password.ts's `fail(message, reason)`.
      const reason = node.arguments[1];
      if (name === 'badInput' || (name === 'fail' && reason && ts.isStringLiteral(reason))) add(node.arguments[0]);
    }
    // `const message = '…'` before `badInput(message, [{ path, message }])`.
    if (
      usesMessageVariable &&
      ts.isVariableDeclaration(node) &&
      ts.isIdentifier(node.name) &&
      node.name.text === 'message'
    ) {
      add(node.initializer);
    }
    if (ts.isReturnStatement(node) && node.expression && inProblemFunction(node)) add(node.expression);
    // `{ message: '…' }` (zod options, addIssue, field problems) and `{ path, message: … }`.
    if (ts.isPropertyAssignment(node) && ts.isIdentifier(node.name) && node.name.text === 'message') {
      const parent = node.parent;
      const inField =
        ts.isObjectLiteralExpression(parent) &&
        parent.properties.some((p) => p.name && ts.isIdentifier(p.name) && p.name.text === 'path');
      const inZod = isZodOption(parent);
      if (inField || inZod) add(node.initializer);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
}

/** An options object given to a zod method or `ctx.addIssue` (`{ message: '…' }`). */
function isZodOption(obj: ts.Node): boolean {
  const call = obj.parent;
  if (!call || !ts.isCallExpression(call)) return false;
  const callee = call.expression;
  if (!ts.isPropertyAccessExpression(callee)) return false;
  return ZOD_METHODS.has(callee.name.text) || callee.name.text === 'addIssue' || callee.name.text === 'superRefine';
}

/** All messages in the TypeScript files under `dir` (tests left out). */
export function collectFieldMessages(dir: string): FoundMessage[] {
  const out: FoundMessage[] = [];
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts')) {
        collectFile(path, readFileSync(path, 'utf8'), out);
      }
    }
  };
  walk(dir);
  return out;
}
