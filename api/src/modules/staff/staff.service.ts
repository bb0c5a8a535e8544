/**
 * Staff management: the staff list, and the admin operations that create, change, activate,
 * deactivate and delete counsellors. Knows nothing of GraphQL.
 *
 * Every admin operation runs in one transaction that first locks the organisation's row
 * (`SELECT … FOR UPDATE`). That serialises staff changes per organisation, so the counts behind the
 * licence limit and the "one active admin" rule cannot change between check and commit, however
 * many requests race.
 */
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppServices } from '../../shared/app.js';
import type { Viewer } from '../../shared/auth/tokens.js';
import { forbidden, notFound } from '../../shared/errors.js';
import {
  decodeIdCursor,
  DEFAULT_PAGE_SIZE,
  idCursor,
  invalidCursor,
  toConnection,
  type ConnectionShape,
} from '../../shared/pagination.js';
import { AccountKind } from '../identity/account.entity.js';
import { SessionService } from '../identity/session.service.js';
import { Client } from '../client/client.entity.js';
import { StoredFile } from '../files/stored-file.entity.js';
import { Organisation } from '../organisation/organisation.entity.js';
import { Counsellor, StaffRole } from './counsellor.entity.js';
import { leanShape, leanStatement, type Projection } from '../../db/lean.js';
import type { CounsellorRow } from './counsellor.row.js';
import type { CounsellorFilterData, CreateCounsellorData, UpdateCounsellorData } from './staff.inputs.js';
import { assertKeepsAnAdmin, assertLicenceSlot, assertNotSelf } from './staff.policy.js';
import { applyProfile } from './profile.service.js';
import { deletePersonalTextTemplates } from '../text-templates/purge.js';
import { emailTaken, loginNameTaken, loginNameTakenBy, mapUniqueViolation, staffEmailTaken } from './staff.errors.js';

export interface PageArgs {
  first?: number | null;
  after?: string | null;
}

/**
 * The staff list's conditions for the filters one request sets, with their values ($1 is the
 * organisation). Each combination is its own prepared statement, so PostgreSQL plans it knowing
 * what it filters on: a generic plan of `($2 is null or a.role = $2)` conditions estimated a single
 * matching row and sorted the whole staff, where the name index yields a page in order and stops.
 */
function staffConditions(
  organisationId: string,
  filter: CounsellorFilterData,
  afterId: string | null,
): { count: string; page: string; values: unknown[]; key: string; cursor: string | null } {
  const values: unknown[] = [organisationId];
  const param = (value: unknown) => `$${values.push(value)}`;
  const conditions = [`a.organisation_id = $1 and a.kind = 'STAFF' and a.deleted_at is null`];
  let key = '';
  if (filter.role != null) {
    conditions.push(`a.role = ${param(filter.role)}::staff_role`);
    key += 'r';
  }
  if (filter.active != null) {
    conditions.push(`a.active = ${param(filter.active)}::boolean`);
    key += 'a';
  }
  if (filter.search) {
    const p = param(`%${escapeLike(filter.search)}%`);
    conditions.push(
      `(a.first_name ilike ${p} or a.last_name ilike ${p} or a.display_name ilike ${p} or a.login_name ilike ${p} or a.email ilike ${p})`,
    );
    key += 's';
  }
  const count = conditions.join(' and ');
  if (!afterId) return { count, page: count, values, key, cursor: null };
  // The page after the cursor's row: its sort key is read by id (cursors carry no names).
  const cursor = param(afterId);
  const keyset = `(a.last_name, a.first_name, a.id) > (select c.last_name, c.first_name, c.id from account c
     where c.id = ${cursor}::uuid and c.organisation_id = $1 and c.kind = 'STAFF')`;
  return { count, page: `${count} and ${keyset}`, values, key: `${key}k`, cursor };
}

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (ch) => `\\${ch}`);

type AdminStep<T> = (tx: EntityManager, org: Organisation, actor: Counsellor) => Promise<T>;

export class StaffService {
  constructor(private readonly app: AppServices) {}

  /**
   * Staff of the viewer's organisation (deleted ones never), ordered by last name, first name, id;
   * keyset-paginated after the cursor's row (cursors carry only its id). One prepared statement
   * whatever the page size (the total count and the page as one JSON value), read as lean rows of
   * the `projection` (which must include last and first name, the sort key): this list is the staff
   * dashboard's most frequent request. A cursor of a counsellor deleted for good, or of another
   * organisation, is BAD_USER_INPUT; a renamed one continues from its new place.
   */
  async list(
    viewer: Viewer,
    filter: CounsellorFilterData,
    page: PageArgs,
    projection: Projection = null,
  ): Promise<ConnectionShape<CounsellorRow>> {
    const first = page.first ?? DEFAULT_PAGE_SIZE;
    const afterId = decodeIdCursor(page.after);
    const { orm, db } = this.app;
    const where = staffConditions(viewer.organisationId, filter, afterId);
    const limit = `$${where.values.push(first + 1)}`;
    const sql = leanStatement(
      orm,
      `staff_list_${where.key}`,
      (shape) => {
        const staff = shape(Counsellor, 'a');
        return `
select (select count(*)::int from account a where ${where.count}) as total,${
          where.cursor
            ? `
       exists(select 1 from account c where c.id = ${where.cursor}::uuid
              and c.organisation_id = $1 and c.kind = 'STAFF') as "cursorFound",`
            : ''
        }
       coalesce((select json_agg(${staff.jsonArray('p')} order by p."lastName", p."firstName", p.id) from (
         select ${staff.columns} from account a
          where ${where.page}
          order by a.last_name, a.first_name, a.id
          limit ${limit}) p), '[]'::json) as rows`;
      },
      projection,
    );
    const [result] = await db.query<{ total: number; rows: unknown[][]; cursorFound?: boolean }>(sql, where.values);
    // A cursor of a row that is gone, or of another organisation, is no place to continue from.
    if (afterId && !result!.cursorFound) throw invalidCursor('page.after');
    const shape = leanShape(orm, Counsellor, 'a', projection);
    const rows = result!.rows.map((r) => shape.fromJsonArray<CounsellorRow>(r));
    return toConnection(rows, first, result!.total, idCursor);
  }

  /** One counsellor of the viewer's organisation (not deleted), or NOT_FOUND. */
  async get(em: EntityManager, viewer: Viewer, id: string): Promise<Counsellor> {
    const c = await em.findOne(Counsellor, { id, organisation: viewer.organisationId, deletedAt: null });
    if (!c) throw notFound('Counsellor');
    return c;
  }

  /** Creates a counsellor without a password; they set one through an invitation. */
  async create(em: EntityManager, viewer: Viewer, data: CreateCounsellorData): Promise<Counsellor> {
    return this.asAdmin(em, viewer, async (tx, org) => {
      if (await loginNameTakenBy(tx, data.loginName)) throw loginNameTaken();
      if (await staffEmailTaken(tx, data.email)) throw emailTaken();
      if (data.active) assertLicenceSlot(await this.countActive(tx, org), org.licenceVolume);
      return tx.create(Counsellor, {
        organisation: org,
        kind: AccountKind.STAFF,
        loginName: data.loginName,
        email: data.email,
        role: data.role,
        salutation: data.salutation,
        firstName: data.firstName,
        lastName: data.lastName,
        displayName: data.displayName ?? `${data.firstName} ${data.lastName}`.slice(0, 100),
        active: data.active,
        newsletter: data.newsletter,
      });
    });
  }

  /** Changes profile fields of a counsellor; role, activity and the login name have their own rules. */
  async update(em: EntityManager, viewer: Viewer, data: UpdateCounsellorData): Promise<Counsellor> {
    const { id, ...fields } = data;
    return this.asAdmin(em, viewer, async (tx) => {
      const target = await this.target(tx, viewer, id);
      await applyProfile(tx, target, fields);
      return target;
    });
  }

  /**
   * Changes a counsellor's role. The role is part of every access token, so the account's sessions
   * end and it logs in again with the new role (a demoted admin keeps no admin token).
   */
  async changeRole(em: EntityManager, viewer: Viewer, input: { id: string; role: StaffRole }): Promise<Counsellor> {
    return this.asAdmin(em, viewer, async (tx, org) => {
      const target = await this.target(tx, viewer, input.id);
      if (target.role === input.role) return target;
      if (target.role === StaffRole.ADMIN) {
        assertNotSelf(viewer.accountId, target.id, 'DEMOTE');
        if (target.active) assertKeepsAnAdmin(await this.countOtherActiveAdmins(tx, org, target));
      }
      target.role = input.role;
      await new SessionService(this.app).endAllSessions(tx, target);
      return target;
    });
  }

  /** Activates (within the licence volume) or deactivates (ending its sessions) a counsellor. */
  async setActive(em: EntityManager, viewer: Viewer, input: { id: string; active: boolean }): Promise<Counsellor> {
    return this.asAdmin(em, viewer, async (tx, org) => {
      const target = await this.target(tx, viewer, input.id);
      if (target.active === input.active) return target;
      if (input.active) {
        assertLicenceSlot(await this.countActive(tx, org), org.licenceVolume);
      } else {
        assertNotSelf(viewer.accountId, target.id, 'DEACTIVATE');
        if (target.role === StaffRole.ADMIN) assertKeepsAnAdmin(await this.countOtherActiveAdmins(tx, org, target));
        await new SessionService(this.app).endAllSessions(tx, target);
      }
      target.active = input.active;
      return target;
    });
  }

  /**
   * Deletes a counsellor: ends their sessions, removes their avatar, contact data and own text templates,
   * clears them as the organisation's fallback counsellor and as primary counsellor of clients, and hides them.
   * The row stays as a tombstone (see migration 0010) so that records of other modules keep their
   * author and the login name is never given to someone else.
   */
  async delete(em: EntityManager, viewer: Viewer, id: string): Promise<Counsellor> {
    return this.asAdmin(em, viewer, async (tx, org) => {
      const target = await this.target(tx, viewer, id);
      assertNotSelf(viewer.accountId, target.id, 'DELETE');
      if (target.role === StaffRole.ADMIN && target.active) {
        assertKeepsAnAdmin(await this.countOtherActiveAdmins(tx, org, target));
      }
      await new SessionService(this.app).endAllSessions(tx, target);
      if (org.fallbackCounsellor?.id === target.id) org.fallbackCounsellor = null;
      await tx.nativeUpdate(
        Client,
        { organisation: org.id, primaryCounsellor: target.id },
        { primaryCounsellor: null },
      );
      if (target.avatar) await this.app.storage.remove(tx, tx.getReference(StoredFile, target.avatar.id));
      await deletePersonalTextTemplates(tx, org.id, target.id);
      Object.assign(target, {
        deletedAt: new Date(),
        active: false,
        email: null,
        phone: null,
        postcode: null,
        avatar: null,
        passwordHash: null,
        descriptions: [],
        newsletter: false,
      });
      return target;
    });
  }

  /**
   * Runs an admin step in a transaction holding the organisation's row lock. After waiting for the
   * lock, the actor is re-read: a request that queued behind the one demoting or deactivating its
   * own author must not go on with admin rights its token no longer deserves.
   */
  private async asAdmin<T>(em: EntityManager, viewer: Viewer, step: AdminStep<T>): Promise<T> {
    try {
      return await em.transactional(async (tx) => {
        const org = await tx.findOne(
          Organisation,
          { id: viewer.organisationId },
          { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true },
        );
        if (!org) throw notFound('Organisation');
        const actor = await tx.findOne(
          Counsellor,
          { id: viewer.accountId, organisation: org.id, deletedAt: null },
          { refresh: true },
        );
        if (!actor || !actor.canLogIn() || actor.role !== StaffRole.ADMIN) throw forbidden();
        return step(tx, org, actor);
      });
    } catch (err) {
      throw mapUniqueViolation(err);
    }
  }

  private async target(tx: EntityManager, viewer: Viewer, id: string): Promise<Counsellor> {
    const c = await tx.findOne(
      Counsellor,
      { id, organisation: viewer.organisationId, deletedAt: null },
      { refresh: true },
    );
    if (!c) throw notFound('Counsellor');
    return c;
  }

  /** Active staff of both roles: what the licence volume counts. */
  private countActive(tx: EntityManager, org: Organisation): Promise<number> {
    return tx.count(Counsellor, { organisation: org.id, active: true, deletedAt: null });
  }

  private countOtherActiveAdmins(tx: EntityManager, org: Organisation, except: Counsellor): Promise<number> {
    return tx.count(Counsellor, {
      organisation: org.id,
      role: StaffRole.ADMIN,
      active: true,
      deletedAt: null,
      id: { $ne: except.id },
    });
  }
}
