/**
 * `npm run lotse -- org export|delete|restore|deletions`: an organisation's data as a whole. The
 * commands call OrganisationExportService and OrganisationDeletionService, which the operator's
 * API can call the same way.
 */
import { createWriteStream, existsSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { validate } from '../shared/validate.js';
import { SlugSchema } from '../modules/organisation/platform.inputs.js';
import { OrganisationExportService } from '../modules/organisation/export.service.js';
import { OrganisationDeletionService } from '../modules/organisation/deletion.service.js';
import { CliError, type Command, type Values } from './command.js';
import type { AdminContext } from './context.js';
import { table } from './table.js';

function slugOf(values: Values): string {
  if (typeof values.slug !== 'string') throw new CliError('Missing --slug (see --help)');
  return validate(SlugSchema, { slug: values.slug }).slug;
}

const slugOption = { slug: { description: 'the organisation’s slug' } };

const deletion = (ctx: AdminContext) =>
  new OrganisationDeletionService({ log: ctx.log, graceDays: ctx.config.organisationDeletionGraceDays });

const exportCommand: Command = {
  name: 'export',
  brief: 'write everything of an organisation into a ZIP file',
  summary:
    'Writes every row and file of an organisation into a ZIP archive (JSON lines per table, the files, a manifest; ' +
    'no password or token hashes). For a move or a data-protection request; the organisation keeps working.',
  usage: '--slug <slug> --out <file.zip>',
  options: { ...slugOption, out: { description: 'the archive to write (must not exist yet)' } },
  async run(values, open) {
    const slug = slugOf(values);
    if (typeof values.out !== 'string' || !values.out) throw new CliError('Missing --out (see --help)');
    const out = path.resolve(values.out);
    if (existsSync(out)) throw new CliError(`${out} exists already; choose another --out`);
    if (!existsSync(path.dirname(out))) throw new CliError(`The directory ${path.dirname(out)} does not exist`);
    const ctx = await open();
    // Written beside the target and renamed at the end: a failed export leaves no archive that
    // looks complete. Owner-only: it is all of an organisation's personal data.
    const partial = `${out}.partial`;
    try {
      const manifest = await new OrganisationExportService().export(
        ctx.em(),
        slug,
        createWriteStream(partial, { mode: 0o600, flags: 'wx' }),
      );
      await rename(partial, out);
      const rows = Object.values(manifest.tables).reduce((n, t) => n + t.rows, 0);
      const tables = Object.keys(manifest.tables).length;
      console.log(
        `Exported "${slug}" to ${out}: ${plural(rows, 'row')} of ${plural(tables, 'table')}, ${plural(manifest.files.count, 'file')} (${megabytes(manifest.files.bytes)}).`,
      );
    } catch (err) {
      await rm(partial, { force: true });
      throw err;
    }
  },
};

const deleteCommand: Command = {
  name: 'delete',
  brief: 'suspend now, delete everything after the grace period',
  summary:
    'Marks an organisation for deletion: it is suspended at once (nobody logs in, sessions end, widgets stop) and ' +
    'everything of it is deleted after the grace period (ORGANISATION_DELETION_GRACE_DAYS, default 30). ' +
    'Until then `org restore` undoes it. Export it first if its data is still needed.',
  usage: '--slug <slug>',
  options: slugOption,
  async run(values, open) {
    const slug = slugOf(values);
    const ctx = await open();
    const { organisation, changed } = await deletion(ctx).markForDeletion(ctx.em(), slug);
    const due = organisation.deletionDueAt!.toISOString();
    console.log(
      changed
        ? `Organisation "${slug}" suspended and marked for deletion; its data is deleted after ${due}. Undo with: npm run lotse -- org restore --slug ${slug}`
        : `Organisation "${slug}" was already marked for deletion (after ${due}).`,
    );
  },
};

const restoreCommand: Command = {
  name: 'restore',
  brief: 'cancel a deletion within the grace period',
  summary: 'Cancels the deletion of an organisation before it has begun, and lifts the suspension that came with it.',
  usage: '--slug <slug>',
  options: slugOption,
  async run(values, open) {
    const slug = slugOf(values);
    const ctx = await open();
    const { changed, suspended } = await deletion(ctx).restore(ctx.em(), slug);
    if (!changed) console.log(`Organisation "${slug}" is not marked for deletion.`);
    else if (suspended)
      console.log(`Deletion of "${slug}" cancelled; it stays suspended as it was before (org resume lifts that).`);
    else console.log(`Deletion of "${slug}" cancelled; its staff and clients can log in again.`);
  },
};

const deletionsCommand: Command = {
  name: 'deletions',
  brief: 'list deleted organisations with the rows deleted',
  summary: 'Lists every organisation the deletion job deleted (or is deleting), with the rows deleted per table.',
  usage: '',
  options: {},
  async run(_values, open) {
    const ctx = await open();
    const records = await deletion(ctx).deletions(ctx.em());
    if (!records.length) {
      console.log('No organisation has been deleted.');
      return;
    }
    console.log(
      table(
        ['SLUG', 'ORGANISATION ID', 'DELETED', 'ROWS', 'FILES', 'PER TABLE'],
        records.map((r) => [
          r.slug,
          r.deletedOrganisationId,
          r.completedAt ? r.completedAt.toISOString() : 'in progress',
          String(Object.values(r.rowCounts).reduce((a, b) => a + b, 0)),
          `${r.fileCount} (${megabytes(r.fileBytes)})`,
          Object.entries(r.rowCounts)
            .filter(([, n]) => n > 0)
            .map(([t, n]) => `${t}=${n}`)
            .join(' '),
        ]),
      ),
    );
  },
};

const plural = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;
const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

export const orgDataCommands: Command[] = [exportCommand, deleteCommand, restoreCommand, deletionsCommand];
