/**
 * For the client purge job (member management): a purged client's monitorings keep their figures
 * (counsellor, day, duration, channel, topics) for the statistics, and lose everything that could
 * point back to the person: the client link, the sources (appointment, mail request, chat stream),
 * the subject, the notes and the request data.
 */
import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * Anonymises every monitoring of `clientId` in `organisationId`, in one statement (call it inside the
 * purge's transaction, with its EntityManager, before the client row goes). Idempotent.
 * @returns how many monitorings were anonymised
 */
export async function anonymiseMonitoringsOfClient(
  em: EntityManager,
  organisationId: string,
  clientId: string,
): Promise<number> {
  const result = await em.getConnection().execute<{ affectedRows: number }>(
    `update monitoring
        set client_id = null, anonymised = true, subject = '', notes = null, request_data = '{}',
            appointment_id = null, mail_request_id = null, chat_stream_id = null, updated_at = now()
      where organisation_id = ? and client_id = ?`,
    [organisationId, clientId],
    'run',
    em.getTransactionContext(),
  );
  return result.affectedRows;
}
