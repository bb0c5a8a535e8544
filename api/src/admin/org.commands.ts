/**
 * `npm run lotse -- org …`: the platform operator's organisation commands. Each validates its
 * options with the service's zod schema and calls PlatformService, so the rules are the API's.
 */
import { validate } from '../shared/validate.js';
import { PlatformService } from '../modules/organisation/platform.service.js';
import { CreateOrganisationSchema, SetLicenceSchema, SlugSchema } from '../modules/organisation/platform.inputs.js';
import { CliError, type Command, type Values } from './command.js';
import { orgDataCommands } from './org-data.commands.js';
import { table } from './table.js';

/** Fails naming every required option that is missing. */
function need(values: Values, ...names: string[]): void {
  const missing = names.filter((n) => typeof values[n] !== 'string');
  if (missing.length) throw new CliError(`Missing ${missing.map((n) => `--${n}`).join(', ')} (see --help)`);
}

const slugOption = { slug: { description: 'the organisation’s slug' } };

const create: Command = {
  name: 'create',
  brief: 'create an organisation and invite its first admin',
  summary:
    'Creates an organisation and its first admin, who gets an invitation mail with a link to set a password (valid 7 days).',
  usage: '--name <name> --slug <slug> --admin-email <email> --admin-login <login> [options]',
  options: {
    name: { description: 'display name of the organisation' },
    slug: { description: 'short unique name: lower-case letters, digits, hyphens' },
    'admin-email': { description: 'the first admin’s email; the invitation goes there' },
    'admin-login': { description: 'the first admin’s login name (unique on the platform, immutable)' },
    'admin-first-name': { description: 'the first admin’s first name' },
    'admin-last-name': { description: 'the first admin’s last name' },
    licence: { description: 'licence volume: how many active counsellors (default 5)' },
    timezone: { description: 'IANA timezone (default Europe/Berlin)' },
    locale: { description: 'de or en: language of mails and widgets (default de)' },
  },
  needs: { mail: true },
  async run(values, open) {
    need(values, 'name', 'slug', 'admin-email', 'admin-login');
    const data = validate(CreateOrganisationSchema, {
      name: values.name,
      slug: values.slug,
      adminEmail: values['admin-email'],
      adminLogin: values['admin-login'],
      adminFirstName: values['admin-first-name'],
      adminLastName: values['admin-last-name'],
      licence: values.licence,
      timezone: values.timezone,
      locale: values.locale,
    });
    const ctx = await open();
    const {
      organisation: org,
      admin,
      invitationExpiresAt,
    } = await new PlatformService(ctx).createOrganisation(ctx.em(), data);
    console.log(
      [
        `Organisation "${org.name}" created.`,
        `  id          ${org.id}`,
        `  slug        ${org.slug}`,
        `  public key  ${org.publicKey}`,
        `  licence     ${org.licenceVolume} active counsellors`,
        `Admin "${admin.loginName}" created without a password; the invitation (a link to set one, valid until ${invitationExpiresAt.toISOString()}) went to ${admin.email}.`,
      ].join('\n'),
    );
    if (!ctx.smtp) {
      console.error(
        'Note: SMTP_URL is not set, so the invitation stays in the outbox and is not delivered. ' +
          `Set SMTP_URL and send it again: npm run lotse -- org invite --slug ${org.slug} --login ${admin.loginName}`,
      );
    }
  },
};

const invite: Command = {
  name: 'invite',
  brief: 'invite a staff member again (new set-password link)',
  summary:
    'Mails a staff member of an organisation (e.g. its first admin) a new invitation: a link to set a password, valid 7 days.',
  usage: '--slug <slug> --login <login>',
  options: { ...slugOption, login: { description: 'the staff member’s login name' } },
  needs: { mail: true },
  async run(values, open) {
    need(values, 'slug', 'login');
    const { slug } = validate(SlugSchema, { slug: values.slug });
    const ctx = await open();
    const { account, expiresAt } = await new PlatformService(ctx).inviteStaff(ctx.em(), slug, String(values.login));
    console.log(
      `Invitation for "${account.loginName}" sent to ${account.email} (valid until ${expiresAt.toISOString()}).`,
    );
    if (!ctx.smtp)
      console.error('Note: SMTP_URL is not set, so the invitation stays in the outbox and is not delivered.');
  },
};

const list: Command = {
  name: 'list',
  brief: 'list organisations with licence use and state',
  summary: 'Lists every organisation with its licence use and state (deleted ones: org deletions).',
  usage: '',
  options: {},
  async run(_values, open) {
    const ctx = await open();
    const rows = await new PlatformService(ctx).list(ctx.em());
    if (!rows.length) {
      console.log('No organisations yet. Create one with: npm run lotse -- org create --help');
      return;
    }
    console.log(
      table(
        ['SLUG', 'NAME', 'PUBLIC KEY', 'COUNSELLORS', 'SUSPENDED', 'CREATED'],
        rows.map(({ organisation: o, activeCounsellors }) => [
          o.slug,
          o.name,
          o.publicKey,
          `${activeCounsellors}/${o.licenceVolume}`,
          o.deletionDueAt
            ? `yes, deleted after ${day(o.deletionDueAt)}`
            : o.suspendedAt
              ? `yes, since ${day(o.suspendedAt)}`
              : 'no',
          day(o.createdAt),
        ]),
      ),
    );
  },
};

const setLicence: Command = {
  name: 'set-licence',
  brief: 'set the licence volume',
  summary: 'Sets an organisation’s licence volume; it cannot be lower than its active counsellors.',
  usage: '--slug <slug> --volume <n>',
  options: { ...slugOption, volume: { description: 'how many active counsellors the organisation may have' } },
  async run(values, open) {
    need(values, 'slug', 'volume');
    const data = validate(SetLicenceSchema, { slug: values.slug, volume: values.volume });
    const ctx = await open();
    const { organisation, activeCounsellors } = await new PlatformService(ctx).setLicenceVolume(
      ctx.em(),
      data.slug,
      data.volume,
    );
    console.log(
      `Licence of "${organisation.slug}" set to ${organisation.licenceVolume} (${counsellors(activeCounsellors)} active).`,
    );
  },
};

const suspend: Command = {
  name: 'suspend',
  brief: 'suspend: nobody of it can log in, sessions end',
  summary:
    'Suspends an organisation: its staff and clients cannot log in, their sessions end at once and its widgets stop working. Nothing is deleted.',
  usage: '--slug <slug>',
  options: slugOption,
  async run(values, open) {
    need(values, 'slug');
    const { slug } = validate(SlugSchema, { slug: values.slug });
    const ctx = await open();
    const { organisation, changed } = await new PlatformService(ctx).suspend(ctx.em(), slug);
    console.log(
      changed
        ? `Organisation "${organisation.slug}" suspended; every session of its staff and clients has ended.`
        : `Organisation "${organisation.slug}" was already suspended (since ${organisation.suspendedAt!.toISOString()}).`,
    );
  },
};

const resume: Command = {
  name: 'resume',
  brief: 'lift a suspension',
  summary: 'Lifts a suspension: the organisation’s staff and clients can log in again, its widgets work again.',
  usage: '--slug <slug>',
  options: slugOption,
  async run(values, open) {
    need(values, 'slug');
    const { slug } = validate(SlugSchema, { slug: values.slug });
    const ctx = await open();
    const { organisation, changed } = await new PlatformService(ctx).resume(ctx.em(), slug);
    console.log(
      changed
        ? `Organisation "${organisation.slug}" resumed; its staff and clients can log in again.`
        : `Organisation "${organisation.slug}" was not suspended.`,
    );
  },
};

const counsellors = (n: number) => `${n} counsellor${n === 1 ? '' : 's'}`;
const day = (d: Date) => d.toISOString().slice(0, 10);

export const orgCommands: Command[] = [create, list, setLicence, suspend, resume, invite, ...orgDataCommands];
