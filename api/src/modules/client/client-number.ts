import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * Takes the organisation's next client number atomically (UPDATE … RETURNING), so concurrent
 * registrations never share a number. Formatted with at least five digits, e.g. "00042".
 */
export async function takeClientNumber(em: EntityManager, organisationId: string): Promise<string> {
  // em.execute runs inside the caller's transaction, so a rollback also returns the number.
  const rows = await em.execute<{ n: number }[]>(
    'update "organisation" set "next_client_number" = "next_client_number" + 1 where "id" = ? returning "next_client_number" - 1 as n',
    [organisationId],
  );
  const n = rows[0]?.n;
  if (n === undefined) throw new Error(`Organisation ${organisationId} not found`);
  return String(n).padStart(5, '0');
}
