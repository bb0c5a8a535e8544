/**
 * For the export and deletion tests: a minimal ZIP reader (no unzip library is installed) and row
 * counts per table read from information_schema, independently of the code under test.
 */
import { inflateRawSync } from 'node:zlib';
import type { EntityManager } from '@mikro-orm/postgresql';

/** Tables with an organisation_id column. */
export async function tenantTableNames(em: EntityManager): Promise<string[]> {
  const rows = await em.execute<{ table_name: string }[]>(
    `select table_name from information_schema.columns
      where table_schema = 'public' and column_name = 'organisation_id' order by table_name`,
  );
  return rows.map((r) => r.table_name);
}

/** Rows of the organisation per tenant table, and its own row under `organisation`. */
export async function rowCounts(em: EntityManager, organisationId: string): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of [...(await tenantTableNames(em)), 'organisation']) {
    const column = table === 'organisation' ? 'id' : 'organisation_id';
    const [row] = await em.execute<{ n: number }[]>(`select count(*)::int as n from "${table}" where ${column} = ?`, [
      organisationId,
    ]);
    counts[table] = row!.n;
  }
  return counts;
}

/**
 * Entries of a ZIP archive from its central directory, each checked against its local header and
 * inflated with zlib. No ZIP64, no encryption: enough for test archives.
 */
export function readZip(zip: Buffer): Map<string, Buffer> {
  let end = zip.length - 22;
  while (end >= 0 && zip.readUInt32LE(end) !== 0x06054b50) end--;
  if (end < 0) throw new Error('no end of central directory: not a ZIP archive');
  const count = zip.readUInt16LE(end + 10);
  let p = zip.readUInt32LE(end + 16);
  const entries = new Map<string, Buffer>();
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(p) !== 0x02014b50) throw new Error(`bad central directory entry ${i}`);
    const method = zip.readUInt16LE(p + 10);
    const compressedSize = zip.readUInt32LE(p + 20);
    const size = zip.readUInt32LE(p + 24);
    const nameLength = zip.readUInt16LE(p + 28);
    const extraLength = zip.readUInt16LE(p + 30);
    const commentLength = zip.readUInt16LE(p + 32);
    const local = zip.readUInt32LE(p + 42);
    const name = zip.toString('utf8', p + 46, p + 46 + nameLength);
    if (zip.readUInt32LE(local) !== 0x04034b50) throw new Error(`bad local header of ${name}`);
    if (zip.toString('utf8', local + 30, local + 30 + zip.readUInt16LE(local + 26)) !== name)
      throw new Error(`local header of ${name} names another entry`);
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const raw = zip.subarray(start, start + compressedSize);
    const data = method === 8 ? inflateRawSync(raw) : Buffer.from(raw);
    if (data.length !== size) throw new Error(`${name}: ${data.length} bytes, the directory says ${size}`);
    entries.set(name, data);
    p += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** The JSON objects of a JSON-lines entry. */
export function jsonLines(data: Buffer | undefined): Record<string, unknown>[] {
  if (!data) throw new Error('no such entry');
  return data
    .toString('utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}
