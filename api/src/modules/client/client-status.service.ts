/**
 * Block, unblock, delete and restore clients (admins). Knows nothing of GraphQL.
 *
 * A blocked or deletion-pending client cannot log in (`accountCanLogIn`), and their sessions end at
 * once in every API process: the status change and the raised token version are announced by the
 * account trigger (migration 0900), so each process drops its cached login state, and their refresh
 * tokens are revoked. Each change runs in a transaction holding the client's row lock, so it cannot
 * interleave with another change or with the purge of the same client.
 *
 * Every operation is idempotent (asking for the state the client is in changes nothing); a change the
 * current state does not allow is CONFLICT with a reason.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppServices } from '../../shared/app.js';
import type { Viewer } from '../../shared/auth/tokens.js';
import { conflict } from '../../shared/errors.js';
import { AccountStatus } from '../identity/account.entity.js';
import { SessionService } from '../identity/session.service.js';
import type { Client } from './client.entity.js';
import { clientOf } from './client.service.js';
import { AccessAction, AccessRecordKind, recordAccess } from '../access-log/access-log.trail.js';

const deletionPending = () =>
  conflict('This client is marked for deletion. Restore them first.', 'CLIENT_DELETION_PENDING');

export class ClientStatusService {
  constructor(private readonly app: AppServices) {}

  async block(em: EntityManager, viewer: Viewer, clientId: string): Promise<Client> {
    return this.change(em, viewer, clientId, async (tx, client) => {
      if (client.status === AccountStatus.DELETION_PENDING) throw deletionPending();
      if (client.status === AccountStatus.BLOCKED) return;
      client.status = AccountStatus.BLOCKED;
      client.blockedAt = new Date();
      await new SessionService(this.app).endAllSessions(tx, client);
    });
  }

  async unblock(em: EntityManager, viewer: Viewer, clientId: string): Promise<Client> {
    return this.change(em, viewer, clientId, async (_tx, client) => {
      if (client.status === AccountStatus.DELETION_PENDING) throw deletionPending();
      client.status = AccountStatus.ACTIVE;
      client.blockedAt = null;
    });
  }

  /**
   * Marks a client for deletion: they cannot log in, staff still see them (struck through) and an
   * admin can restore them until the deletion routine purges them, once the organisation's retention
   * period has passed since now (client-purge.ts).
   */
  async delete(em: EntityManager, viewer: Viewer, clientId: string): Promise<Client> {
    return this.change(em, viewer, clientId, async (tx, client) => {
      if (client.status === AccountStatus.DELETION_PENDING) return;
      client.status = AccountStatus.DELETION_PENDING;
      client.deletionRequestedAt = new Date();
      await new SessionService(this.app).endAllSessions(tx, client);
    });
  }

  /** Takes a deletion back: the client is as before, blocked again if they were blocked. */
  async restore(em: EntityManager, viewer: Viewer, clientId: string): Promise<Client> {
    return this.change(em, viewer, clientId, async (_tx, client) => {
      if (client.status !== AccountStatus.DELETION_PENDING) return;
      client.status = client.blockedAt ? AccountStatus.BLOCKED : AccountStatus.ACTIVE;
      client.deletionRequestedAt = null;
    });
  }

  private async change(
    em: EntityManager,
    viewer: Viewer,
    clientId: string,
    step: (tx: EntityManager, client: Client) => Promise<void>,
  ): Promise<Client> {
    const client = await em.transactional(async (tx) => {
      const client = await clientOf(tx, viewer, clientId, { lock: true });
      await step(tx, client);
      return client;
    });
    // Blocking, deleting and restoring change the client's profile (status).
    recordAccess(em, viewer, AccessAction.UPDATE, AccessRecordKind.PROFILE, {
      clientId: client.id,
      recordId: client.id,
    });
    return client;
  }
}
