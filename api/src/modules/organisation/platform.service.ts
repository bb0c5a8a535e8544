/**
 * The platform operator's operations: create an organisation with its first admin, list
 * organisations, set licence volumes, suspend and resume. The operator belongs to no organisation
 * and never reads counselling data; these run from the command line (api/src/admin/) and through the
 * operator's GraphQL operations (modules/platform-operator), which name organisations by slug or id.
 *
 * Changes of one organisation run in a transaction holding its row lock, the lock the staff
 * admin operations take (staff.service.ts), so a licence check cannot race an activation.
 */
import { LockMode, raw, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppServices } from '../../shared/app.js';
import { conflict, notFound } from '../../shared/errors.js';
import { AccountKind } from '../identity/account.entity.js';
import { mailInvitation } from '../identity/password-reset.service.js';
import { endOrganisationSessions } from '../identity/session.service.js';
import { Counsellor, StaffRole } from '../staff/counsellor.entity.js';
import { LicenceRequest, LicenceRequestStatus } from '../staff/licence-request.entity.js';
import {
  emailTaken,
  loginNameTaken,
  loginNameTakenBy,
  mapUniqueViolation,
  staffEmailTaken,
} from '../staff/staff.errors.js';
import { assertVolumeCoversActive } from '../staff/staff.policy.js';
import { Organisation } from './organisation.entity.js';
import type { CreateOrganisationData } from './platform.inputs.js';

/** What the operations need of the application: no HTTP server, no token keys. */
export type PlatformDeps = Pick<AppServices, 'mail' | 'log' | 'publicUrl'>;

export const slugTaken = (slug: string) => conflict(`The slug "${slug}" is already taken.`, 'SLUG_TAKEN');
/** An organisation by its slug (the command line) or its id (GraphQL). */
export type OrganisationRef = string | { slug: string } | { id: string };
const whereOf = (ref: OrganisationRef) => (typeof ref === 'string' ? { slug: ref } : ref);
const unknown = (ref: OrganisationRef) => {
  const where = whereOf(ref);
  return notFound('slug' in where ? `Organisation "${where.slug}"` : 'Organisation');
};

export interface CreatedOrganisation {
  organisation: Organisation;
  admin: Counsellor;
  invitationExpiresAt: Date;
}

export interface OrganisationSummary {
  organisation: Organisation;
  activeCounsellors: number;
  /** Licence requests not answered yet. */
  pendingLicenceRequests: number;
}

export class PlatformService {
  constructor(private readonly app: PlatformDeps) {}

  /**
   * Creates the organisation (with a fresh public key) and its first admin, who has no password
   * and is mailed an invitation (set-password link, 7 days). The admin is also the fallback
   * counsellor, so mail requests have somewhere to go from the start.
   */
  async createOrganisation(em: EntityManager, data: CreateOrganisationData): Promise<CreatedOrganisation> {
    const { organisation, admin } = await this.inTransaction(em, async (tx) => {
      if (await tx.count(Organisation, { slug: data.slug })) throw slugTaken(data.slug);
      if (await loginNameTakenBy(tx, data.adminLogin)) throw loginNameTaken();
      if (await staffEmailTaken(tx, data.adminEmail)) throw emailTaken();
      const organisation = tx.create(Organisation, {
        name: data.name,
        slug: data.slug,
        licenceVolume: data.licence,
        timezone: data.timezone,
        locale: data.locale,
      });
      const names = [data.adminFirstName, data.adminLastName].filter(Boolean).join(' ');
      const admin = tx.create(Counsellor, {
        organisation,
        kind: AccountKind.STAFF,
        loginName: data.adminLogin,
        email: data.adminEmail,
        role: StaffRole.ADMIN,
        firstName: data.adminFirstName ?? '',
        lastName: data.adminLastName ?? '',
        displayName: (names || data.adminLogin).slice(0, 100),
        active: true,
      });
      await tx.flush();
      organisation.fallbackCounsellor = admin;
      return { organisation, admin };
    });
    // After the commit: the invitation's token row needs the account, and a failed delivery is
    // retried from the outbox rather than undoing the organisation.
    const invitationExpiresAt = await mailInvitation(this.app, em, admin as Counsellor & { email: string }, 'operator');
    this.app.log.info({ organisationId: organisation.id }, 'organisation created');
    return { organisation, admin, invitationExpiresAt };
  }

  /**
   * Mails a staff member of the organisation a new invitation: for a first admin whose link expired
   * or went nowhere (no SMTP yet). Same conditions as an admin's invitation: an email, able to log in.
   */
  async inviteStaff(
    em: EntityManager,
    slug: string,
    loginName: string,
  ): Promise<{ account: Counsellor & { email: string }; expiresAt: Date }> {
    const organisation = await em.findOne(Organisation, { slug });
    if (!organisation) throw unknown(slug);
    const account = await em.findOne(Counsellor, {
      organisation,
      [raw('lower(login_name)')]: loginName.trim().toLowerCase(),
      deletedAt: null,
    } as never);
    if (!account) throw notFound(`Staff member "${loginName}" of "${slug}"`);
    if (!account.email) throw conflict('This staff member has no email address.', 'NO_EMAIL');
    if (!account.canLogIn())
      throw conflict('This account cannot log in (deactivated or blocked).', 'ACCOUNT_CANNOT_LOG_IN');
    const withEmail = account as Counsellor & { email: string };
    return { account: withEmail, expiresAt: await mailInvitation(this.app, em, withEmail, 'operator') };
  }

  /** Every organisation, oldest first, with its active counsellors (what the licence counts). */
  async list(em: EntityManager): Promise<OrganisationSummary[]> {
    const organisations = await em.find(Organisation, {}, { orderBy: { createdAt: 'asc', id: 'asc' } });
    return this.summarise(em, organisations, true);
  }

  /**
   * The organisations with their active counsellors and pending licence requests: two grouped
   * statements, however many organisations.
   * @param all whether `organisations` are all there are (then the counts need no id list)
   */
  async summarise(em: EntityManager, organisations: Organisation[], all = false): Promise<OrganisationSummary[]> {
    if (!organisations.length) return [];
    const ids = all ? undefined : organisations.map((o) => o.id);
    const countBy = async (entity: typeof Counsellor | typeof LicenceRequest, where: object) => {
      const rows = await em
        .createQueryBuilder(entity, 'a')
        .select([raw('a.organisation_id'), raw('count(*)::int as n')])
        .where({ ...where, ...(ids ? { organisation: { $in: ids } } : {}) })
        .groupBy('a.organisation_id')
        .execute<{ organisation_id: string; n: number }[]>('all', false);
      return new Map(rows.map((c) => [c.organisation_id, c.n]));
    };
    const [active, pending] = await Promise.all([
      countBy(Counsellor, { active: true, deletedAt: null }),
      countBy(LicenceRequest, { status: LicenceRequestStatus.PENDING }),
    ]);
    return organisations.map((organisation) => ({
      organisation,
      activeCounsellors: active.get(organisation.id) ?? 0,
      pendingLicenceRequests: pending.get(organisation.id) ?? 0,
    }));
  }

  /** One organisation's summary; NOT_FOUND when there is none. */
  async summary(em: EntityManager, ref: OrganisationRef): Promise<OrganisationSummary> {
    const organisation = await em.findOne(Organisation, whereOf(ref));
    if (!organisation) throw unknown(ref);
    return (await this.summarise(em, [organisation]))[0]!;
  }

  /** Sets the licence volume; never below the counsellors active now (LICENCE_BELOW_ACTIVE). */
  async setLicenceVolume(em: EntityManager, ref: OrganisationRef, volume: number): Promise<OrganisationSummary> {
    const organisation = await this.inTransaction(em, (tx) => this.applyLicenceVolume(tx, ref, volume));
    return this.summary(em, { id: organisation.id });
  }

  /**
   * Sets the volume inside the caller's transaction `tx`, holding the organisation's row lock (also
   * used when a licence request is granted, with the request's answer in the same transaction).
   */
  async applyLicenceVolume(tx: EntityManager, ref: OrganisationRef, volume: number): Promise<Organisation> {
    const organisation = await this.locked(tx, ref);
    assertVolumeCoversActive(await this.countActive(tx, organisation), volume);
    organisation.licenceVolume = volume;
    await tx.flush();
    return organisation;
  }

  /**
   * Suspends the organisation: from now on nobody of it can log in (FORBIDDEN, reason
   * ORGANISATION_SUSPENDED), every session ends at once and its widget key answers like an unknown
   * one. Nothing is deleted. Suspending a suspended organisation changes nothing.
   */
  async suspend(em: EntityManager, ref: OrganisationRef): Promise<{ organisation: Organisation; changed: boolean }> {
    return this.inTransaction(em, async (tx) => {
      const organisation = await this.locked(tx, ref);
      if (organisation.suspendedAt) return { organisation, changed: false };
      organisation.suspendedAt = new Date();
      await endOrganisationSessions(tx, organisation.id);
      return { organisation, changed: true };
    });
  }

  /** Lifts a suspension; its people log in again (sessions ended by the suspension stay ended). */
  async resume(em: EntityManager, ref: OrganisationRef): Promise<{ organisation: Organisation; changed: boolean }> {
    return this.inTransaction(em, async (tx) => {
      const organisation = await this.locked(tx, ref);
      if (organisation.deletionDueAt) {
        throw conflict(
          `The organisation "${organisation.slug}" is marked for deletion; cancel that with org restore.`,
          'MARKED_FOR_DELETION',
        );
      }
      if (!organisation.suspendedAt) return { organisation, changed: false };
      organisation.suspendedAt = null;
      return { organisation, changed: true };
    });
  }

  private async locked(tx: EntityManager, ref: OrganisationRef): Promise<Organisation> {
    const organisation = await tx.findOne(Organisation, whereOf(ref), {
      lockMode: LockMode.PESSIMISTIC_WRITE,
      refresh: true,
    });
    if (!organisation) throw unknown(ref);
    return organisation;
  }

  private countActive(tx: EntityManager, organisation: Organisation): Promise<number> {
    return tx.count(Counsellor, { organisation: organisation.id, active: true, deletedAt: null });
  }

  /** Runs `step` in a transaction; a lost race at a unique index gets the answer the checks give. */
  private async inTransaction<T>(em: EntityManager, step: (tx: EntityManager) => Promise<T>): Promise<T> {
    try {
      return await em.transactional(step);
    } catch (err) {
      if (err instanceof UniqueConstraintViolationException) {
        const constraint = (err as { constraint?: string }).constraint;
        if (constraint === 'organisation_slug_unique') throw conflict('The slug is already taken.', 'SLUG_TAKEN');
      }
      throw mapUniqueViolation(err);
    }
  }
}
