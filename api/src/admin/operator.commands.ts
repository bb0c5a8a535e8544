/**
 * `npm run lotse -- operator …`: platform operator accounts. The first operator can only come from
 * here; after that, operators log in through the API (operatorLogin) and run the platform there or
 * here. Options are validated with the service's zod schema, like every input.
 */
import { validate } from '../shared/validate.js';
import { OperatorAdminService, type OperatorLink } from '../modules/platform-operator/operator-admin.service.js';
import { CreateOperatorSchema } from '../modules/platform-operator/platform-operator.inputs.js';
import { CliError, type Command, type Values } from './command.js';
import { table } from './table.js';

function need(values: Values, ...names: string[]): void {
  const missing = names.filter((n) => typeof values[n] !== 'string');
  if (missing.length) throw new CliError(`Missing ${missing.map((n) => `--${n}`).join(', ')} (see --help)`);
}

/**
 * How the person gets their link: by mail when SMTP is configured, else on this screen, once (an
 * operator's mail would wait in an outbox nobody reads, and the outbox keeps links only redacted).
 */
function tellLink({ operator, expiresAt, link }: OperatorLink): string {
  const until = expiresAt.toISOString();
  return link
    ? [
        `SMTP_URL is not set, so here is the one-time link to set the password (valid until ${until}); it is not shown again:`,
        `  ${link}`,
      ].join('\n')
    : `The invitation (a link to set a password, valid until ${until}) went to ${operator.email}.`;
}

const create: Command = {
  name: 'create',
  brief: 'create a platform operator and invite them',
  summary:
    'Creates a platform operator (belongs to no organisation; manages organisations and licences through the API). ' +
    'The operator sets a password through a one-time link (valid 7 days): mailed when SMTP_URL is set, else printed once.',
  usage: '--login <login> --email <email>',
  options: {
    login: { description: 'login name (unique among operators)' },
    email: { description: 'email address (unique among operators); the invitation goes there' },
  },
  needs: { mail: true },
  async run(values, open) {
    need(values, 'login', 'email');
    const data = validate(CreateOperatorSchema, { login: values.login, email: values.email });
    const ctx = await open();
    const result = await new OperatorAdminService(ctx).create(ctx.em(), data);
    console.log(
      [
        `Operator "${result.operator.loginName}" created.`,
        `  id     ${result.operator.id}`,
        `  email  ${result.operator.email}`,
        tellLink(result),
      ].join('\n'),
    );
  },
};

const invite: Command = {
  name: 'invite',
  brief: 'a new set-password link for an operator',
  summary:
    'Gives an operator a new link to set a password (valid 7 days; the previous one stops working): mailed when SMTP_URL is set, else printed once.',
  usage: '--login <login>',
  options: { login: { description: 'the operator’s login name' } },
  needs: { mail: true },
  async run(values, open) {
    need(values, 'login');
    const ctx = await open();
    console.log(tellLink(await new OperatorAdminService(ctx).invite(ctx.em(), String(values.login))));
  },
};

const remove: Command = {
  name: 'remove',
  brief: 'remove a platform operator (their sessions end at once)',
  summary:
    'Removes a platform operator, e.g. when someone leaves the operations team: they cannot log in any more and ' +
    'their open sessions end at once. Licence requests they answered keep the answer.',
  usage: '--login <login>',
  options: { login: { description: 'the operator’s login name' } },
  async run(values, open) {
    need(values, 'login');
    const ctx = await open();
    const operator = await new OperatorAdminService(ctx).remove(ctx.em(), String(values.login));
    console.log(`Operator "${operator.loginName}" removed; their sessions have ended.`);
  },
};

const list: Command = {
  name: 'list',
  brief: 'list platform operators',
  summary: 'Lists every platform operator.',
  usage: '',
  options: {},
  async run(_values, open) {
    const ctx = await open();
    const operators = await new OperatorAdminService(ctx).list(ctx.em());
    if (!operators.length) {
      console.log('No operators yet. Create one with: npm run lotse -- operator create --help');
      return;
    }
    console.log(
      table(
        ['LOGIN', 'EMAIL', 'PASSWORD', 'LAST LOGIN', 'CREATED'],
        operators.map((o) => [
          o.loginName,
          o.email,
          o.passwordHash ? 'set' : 'not yet',
          o.lastLoginAt ? day(o.lastLoginAt) : '-',
          day(o.createdAt),
        ]),
      ),
    );
  },
};

const day = (d: Date) => d.toISOString().slice(0, 10);

export const operatorCommands: Command[] = [create, list, invite, remove];
