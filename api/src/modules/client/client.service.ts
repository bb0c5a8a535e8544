/**
 * Member management: staff create, change and assign clients and keep watchlists. Knows nothing of
 * GraphQL. Every lookup is scoped to the viewer's organisation: another organisation's id is
 * NOT_FOUND, never FORBIDDEN.
 *
 * Email and phone are readable by admins only (field rule in client.resolver.ts). Any staff member
 * may give them when creating a client (they may be the one who knows them), but only admins change
 * them afterwards: a counsellor who cannot see an address must not be able to redirect a client's
 * password-reset mails to another one.
 */
import { LockMode, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../shared/auth/tokens.js';
import { badInput, conflict, forbidden, notFound } from '../../shared/errors.js';
import { AccountKind } from '../identity/account.entity.js';
import { CLIENT_LOGIN_INDEX, clientLoginNameTaken } from '../identity/login-names.js';
import { validateRequestData } from '../mail-counselling/request-data.js';
import { Organisation, Topic } from '../organisation/organisation.entity.js';
import { Counsellor } from '../staff/counsellor.entity.js';
import { Client } from './client.entity.js';
import { ClientTopic, ClientWatch } from './client-links.entity.js';
import { takeClientNumber } from './client-number.js';
import type { CreateClientData, UpdateClientData } from './client.inputs.js';
import { AccessAction, AccessRecordKind, recordAccess } from '../access-log/access-log.trail.js';

export const pseudonymTaken = () =>
  conflict('This pseudonym is already taken. Please choose another one.', 'PSEUDONYM_TAKEN');
export const clientEmailTaken = () =>
  conflict('This email address already belongs to another client of the organisation.', 'EMAIL_TAKEN');

/** The unique indexes (migrations 0001, 0985) that decide races; the checks before them give the clear answer. */
function mapClientViolation(err: unknown): unknown {
  if (!(err instanceof UniqueConstraintViolationException)) return err;
  const constraint = (err as { constraint?: string }).constraint;
  if (constraint === CLIENT_LOGIN_INDEX) return pseudonymTaken();
  if (constraint === 'account_client_email_lower_unique') return clientEmailTaken();
  return err;
}

/** A client of the viewer's organisation (any status), or NOT_FOUND. */
export async function clientOf(
  em: EntityManager,
  viewer: Viewer,
  id: string,
  opts: { lock?: boolean } = {},
): Promise<Client> {
  const client = await em.findOne(
    Client,
    { id, organisation: viewer.organisationId },
    opts.lock ? { refresh: true, lockMode: LockMode.PESSIMISTIC_WRITE } : {},
  );
  if (!client) throw notFound('Client');
  return client;
}

export class ClientService {
  async get(em: EntityManager, viewer: Viewer, id: string): Promise<Client> {
    const client = await clientOf(em, viewer, id);
    recordAccess(em, viewer, AccessAction.READ, AccessRecordKind.PROFILE, { clientId: client.id, recordId: client.id });
    return client;
  }

  async create(em: EntityManager, viewer: Viewer, data: CreateClientData): Promise<Client> {
    const org = await em.findOneOrFail(Organisation, viewer.organisationId);
    const masterData = validateRequestData(org.masterDataFields, data.masterData, 'masterData');
    await this.assertTopics(em, viewer, data.topicIds);
    const counsellor = data.primaryCounsellorId ? await this.counsellor(em, viewer, data.primaryCounsellorId) : null;
    // Unique within the organisation only: another organisation's clients are not asked about.
    if (await clientLoginNameTaken(em, viewer.organisationId, data.pseudonym)) throw pseudonymTaken();
    if (data.email && (await this.emailInUse(em, viewer, data.email))) throw clientEmailTaken();
    try {
      const created = await em.transactional(async (tx) => {
        const client = tx.create(Client, {
          organisation: viewer.organisationId,
          kind: AccountKind.CLIENT,
          loginName: data.pseudonym,
          pseudonym: data.pseudonym,
          email: data.email,
          phone: data.phone,
          masterData,
          primaryCounsellor: counsellor,
          // Numbered after the insert passed the unique indexes, so a lost race takes no number.
          clientNumber: null as unknown as string,
        });
        await tx.flush();
        client.clientNumber = await takeClientNumber(tx, viewer.organisationId);
        await this.setTopics(tx, viewer, client, data.topicIds);
        return client;
      });
      recordAccess(em, viewer, AccessAction.CREATE, AccessRecordKind.PROFILE, {
        clientId: created.id,
        recordId: created.id,
      });
      return created;
    } catch (err) {
      throw mapClientViolation(err);
    }
  }

  async update(em: EntityManager, viewer: Viewer, data: UpdateClientData): Promise<Client> {
    const client = await clientOf(em, viewer, data.id);
    const contact = data.email !== undefined || data.phone !== undefined;
    if (contact && viewer.role !== 'ADMIN') throw forbidden('Only admins may change a client’s email or phone');
    let masterData: Record<string, string> | undefined;
    if (data.masterData) {
      const org = await em.findOneOrFail(Organisation, viewer.organisationId);
      masterData = validateRequestData(org.masterDataFields, data.masterData, 'masterData');
    }
    if (data.topicIds) await this.assertTopics(em, viewer, data.topicIds);
    if (data.email && data.email !== client.email && (await this.emailInUse(em, viewer, data.email, client.id))) {
      throw clientEmailTaken();
    }
    try {
      await em.transactional(async (tx) => {
        if (data.email !== undefined) client.email = data.email;
        if (data.phone !== undefined) client.phone = data.phone;
        if (masterData) client.masterData = masterData;
        if (data.topicIds) await this.setTopics(tx, viewer, client, data.topicIds);
      });
      recordAccess(em, viewer, AccessAction.UPDATE, AccessRecordKind.PROFILE, {
        clientId: client.id,
        recordId: client.id,
      });
      return client;
    } catch (err) {
      throw mapClientViolation(err);
    }
  }

  /** Sets (or with null removes) a client's primary counsellor: an active, not deleted staff member. */
  async assignPrimaryCounsellor(
    em: EntityManager,
    viewer: Viewer,
    input: { clientId: string; counsellorId: string | null },
  ): Promise<Client> {
    const client = await clientOf(em, viewer, input.clientId);
    client.primaryCounsellor = input.counsellorId ? await this.counsellor(em, viewer, input.counsellorId) : null;
    await em.flush();
    recordAccess(em, viewer, AccessAction.UPDATE, AccessRecordKind.PROFILE, {
      clientId: client.id,
      recordId: client.id,
    });
    return client;
  }

  /** Puts a client on the viewer's watchlist (again: no change). */
  async watch(em: EntityManager, viewer: Viewer, clientId: string): Promise<Client> {
    const client = await clientOf(em, viewer, clientId);
    await em.execute(
      `insert into client_watch (id, created_at, updated_at, organisation_id, counsellor_id, client_id)
       values (gen_random_uuid(), now(), now(), ?, ?, ?) on conflict (counsellor_id, client_id) do nothing`,
      [viewer.organisationId, viewer.accountId, client.id],
    );
    return client;
  }

  async unwatch(em: EntityManager, viewer: Viewer, clientId: string): Promise<Client> {
    const client = await clientOf(em, viewer, clientId);
    await em.nativeDelete(ClientWatch, { organisation: viewer.organisationId, counsellor: viewer.accountId, client });
    return client;
  }

  private async counsellor(em: EntityManager, viewer: Viewer, id: string): Promise<Counsellor> {
    const c = await em.findOne(Counsellor, { id, organisation: viewer.organisationId, deletedAt: null });
    if (!c) throw notFound('Counsellor');
    if (!c.active) {
      throw badInput('This counsellor is deactivated', [{ path: 'counsellorId', message: 'Deactivated' }]);
    }
    return c;
  }

  /** Every id must be a topic of the organisation; another organisation's topic is as unknown as none. */
  private async assertTopics(em: EntityManager, viewer: Viewer, ids: readonly string[]): Promise<void> {
    const unique = [...new Set(ids)];
    if (!unique.length) return;
    const found = await em.find(
      Topic,
      { id: { $in: unique }, organisation: viewer.organisationId },
      { fields: ['id'] },
    );
    const known = new Set(found.map((t) => t.id));
    const problems = ids.flatMap((id, i) =>
      known.has(id) ? [] : [{ path: `topicIds.${i}`, message: 'Unknown topic' }],
    );
    if (problems.length) throw badInput('Unknown topic', problems);
  }

  private async setTopics(tx: EntityManager, viewer: Viewer, client: Client, ids: readonly string[]): Promise<void> {
    await tx.flush();
    await tx.nativeDelete(ClientTopic, { organisation: viewer.organisationId, client: client.id });
    for (const id of new Set(ids)) {
      tx.create(ClientTopic, { organisation: viewer.organisationId, client, topic: id });
    }
    await tx.flush();
  }

  private async emailInUse(em: EntityManager, viewer: Viewer, email: string, exceptId?: string): Promise<boolean> {
    const rows = await em.execute<{ n: number }[]>(
      `select count(*)::int as n from account where organisation_id = ? and kind = 'CLIENT' and lower(email) = ? and id <> ?`,
      [viewer.organisationId, email.toLowerCase(), exceptId ?? '00000000-0000-0000-0000-000000000000'],
    );
    return (rows[0]?.n ?? 0) > 0;
  }
}
