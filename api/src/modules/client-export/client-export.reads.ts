/**
 * What a client's data export contains, read in pages inside the export's transaction (one
 * REPEATABLE READ snapshot, so the JSON files and the HTML file show the same data). Every list is
 * read by keyset (the last key of a page starts the next), never with OFFSET and never whole: the
 * export's memory stays the size of one page however long a thread or chat is.
 *
 * Scope (README, "Client data export"): what the client gave or was sent, and what the organisation
 * keeps about them in their profile. Staff working material (notes, client documents, monitorings,
 * unsent drafts) is not part of it. In group chats only the client's own messages and uploads are
 * included: the other members' messages are their personal data, not the client's.
 */
import type { EntityManager } from '@mikro-orm/postgresql';

/** Rows read per statement. */
export const EXPORT_PAGE = 200;

type Row = Record<string, unknown>;

const iso = (v: unknown): string | null => (v instanceof Date ? v.toISOString() : v == null ? null : String(v));
const text = (v: unknown): string | null => (v == null ? null : String(v));

export interface ExportProfile {
  id: string;
  pseudonym: string;
  clientNumber: string;
  status: string;
  createdAt: string | null;
  lastLoginAt: string | null;
  blockedAt: string | null;
  deletionRequestedAt: string | null;
  /** The address notifications go to; `pendingNotificationEmail` waits for its confirmation. */
  notificationEmail: string | null;
  pendingNotificationEmail: string | null;
  phone: string | null;
  primaryCounsellor: string | null;
  topics: { name: string; category: string | null }[];
  masterData: { key: string; label: string; value: string }[];
  clientGroups: { name: string; description: string | null; since: string | null }[];
}

export interface MailMessage {
  seq: number;
  createdAt: string | null;
  /** CLIENT (the client) or COUNSELLOR. */
  author: string;
  counsellor: string | null;
  body: string;
}

export interface MailThread {
  id: string;
  subject: string;
  status: string;
  createdAt: string | null;
  closedAt: string | null;
  counsellor: string | null;
  topic: string | null;
  requestData: { key: string; label: string; value: string }[];
  messages: () => AsyncGenerator<MailMessage[]>;
}

export interface ChatMessage {
  seq: number;
  createdAt: string | null;
  /** CLIENT (the client) or STAFF. */
  sender: string;
  senderName: string | null;
  kind: string;
  body: string | null;
  link: string | null;
  documentId: string | null;
}

export interface ChatThread {
  id: string;
  /** CLIENT: the client and counsellors; GROUP: a group chat (only the client's own messages). */
  kind: string;
  name: string | null;
  createdAt: string | null;
  onlyOwnMessages: boolean;
  messages: () => AsyncGenerator<ChatMessage[]>;
}

export interface ExportAppointment {
  id: string;
  /** SINGLE, or GROUP for a seat in a group appointment. */
  kind: string;
  status: string;
  start: string | null;
  end: string | null;
  channel: string | null;
  title: string | null;
  remarks: string | null;
  service: string | null;
  counsellor: string | null;
  contactEmail: string | null;
  bookedAt: string | null;
  cancelledAt: string | null;
}

export interface ExportInboxMessage {
  id: string;
  createdAt: string | null;
  subject: string;
  body: string;
  /** MAIL (sent to the email address) or INBOX (shown in the widgets). */
  delivery: string;
  readAt: string | null;
  sender: string | null;
}

export interface ExportDocument {
  id: string;
  fileId: string;
  streamId: string;
  filename: string;
  contentType: string;
  size: number;
  uploadedAt: string | null;
  uploadedByClient: boolean;
  /** The bytes in the archive. */
  path: string;
}

/** Reads of one client in one organisation, within the export's transaction. */
export class ClientExportReads {
  constructor(
    private readonly tx: EntityManager,
    readonly organisationId: string,
    readonly clientId: string,
  ) {}

  /** The client's profile; null when there is no such client in the organisation. */
  async profile(): Promise<ExportProfile | null> {
    const [a] = await this.tx.execute<Row[]>(
      `select a.id, a.pseudonym, a.client_number, a.status, a.created_at, a.last_login_at, a.blocked_at,
              a.deletion_requested_at, a.email, a.phone, a.master_data, pc.display_name as primary_counsellor,
              o.master_data_fields
         from account a
         join organisation o on o.id = a.organisation_id
         left join account pc on pc.id = a.primary_counsellor_id and pc.organisation_id = a.organisation_id
        where a.organisation_id = ? and a.id = ? and a.kind = 'CLIENT'`,
      [this.organisationId, this.clientId],
    );
    if (!a) return null;
    const [pending] = await this.tx.execute<Row[]>(
      `select email from one_time_token
        where organisation_id = ? and account_id = ? and purpose = 'EMAIL_CONFIRMATION'
          and used_at is null and expires_at > now() and email is not null
        order by created_at desc limit 1`,
      [this.organisationId, this.clientId],
    );
    const topics = await this.tx.execute<Row[]>(
      `select t.name, t.category from client_topic ct join topic t on t.id = ct.topic_id
        where ct.organisation_id = ? and ct.client_id = ? order by t.name, t.id`,
      [this.organisationId, this.clientId],
    );
    // A client is in few groups (staff add them one by one); read whole.
    const groups = await this.tx.execute<Row[]>(
      `select g.name, g.description, m.created_at from client_group_member m join client_group g on g.id = m.group_id
        where m.organisation_id = ? and m.client_id = ? order by g.name, g.id`,
      [this.organisationId, this.clientId],
    );
    const fields = (a.master_data_fields ?? []) as { key: string; label: string }[];
    return {
      id: String(a.id),
      pseudonym: String(a.pseudonym ?? ''),
      clientNumber: String(a.client_number ?? ''),
      status: String(a.status),
      createdAt: iso(a.created_at),
      lastLoginAt: iso(a.last_login_at),
      blockedAt: iso(a.blocked_at),
      deletionRequestedAt: iso(a.deletion_requested_at),
      notificationEmail: text(a.email),
      pendingNotificationEmail: text(pending?.email),
      phone: text(a.phone),
      primaryCounsellor: text(a.primary_counsellor),
      topics: topics.map((t) => ({ name: String(t.name), category: text(t.category) })),
      masterData: labelled(fields, a.master_data),
      clientGroups: groups.map((g) => ({
        name: String(g.name),
        description: text(g.description),
        since: iso(g.created_at),
      })),
    };
  }

  /** The client's mail requests, oldest first, each with its messages (drafts are not sent, so not included). */
  async *mailThreads(fields: { key: string; label: string }[]): AsyncGenerator<MailThread[]> {
    yield* this.keyset(
      `select r.id, r.subject, r.status, r.created_at, r.closed_at, r.request_data,
              c.display_name as counsellor, t.name as topic
         from mail_request r
         left join account c on c.id = r.counsellor_id and c.organisation_id = r.organisation_id
         left join topic t on t.id = r.topic_id and t.organisation_id = r.organisation_id
        where r.organisation_id = ? and r.client_id = ?`,
      (r): MailThread => ({
        id: String(r.id),
        subject: String(r.subject),
        status: String(r.status),
        createdAt: iso(r.created_at),
        closedAt: iso(r.closed_at),
        counsellor: text(r.counsellor),
        topic: text(r.topic),
        requestData: labelled(fields, r.request_data),
        messages: () => this.mailMessages(String(r.id)),
      }),
    );
  }

  private async *mailMessages(requestId: string): AsyncGenerator<MailMessage[]> {
    for (let after = 0; ;) {
      const rows = await this.tx.execute<Row[]>(
        `select m.seq, m.created_at, m.author_kind, m.body, c.display_name as counsellor
           from mail_request_message m
           left join account c on c.id = m.counsellor_id and c.organisation_id = m.organisation_id
          where m.organisation_id = ? and m.mail_request_id = ? and m.seq > ?
          order by m.seq limit ${EXPORT_PAGE}`,
        [this.organisationId, requestId, after],
      );
      if (!rows.length) return;
      yield rows.map((m) => ({
        seq: Number(m.seq),
        createdAt: iso(m.created_at),
        author: String(m.author_kind),
        counsellor: m.author_kind === 'COUNSELLOR' ? text(m.counsellor) : null,
        body: String(m.body ?? ''),
      }));
      after = Number(rows[rows.length - 1]!.seq);
      if (rows.length < EXPORT_PAGE) return;
    }
  }

  /** The chats the client is a member of, oldest first, with their messages. */
  async *chatThreads(): AsyncGenerator<ChatThread[]> {
    yield* this.keyset(
      `select s.id, s.kind, s.name, s.created_at
         from chat_stream s
         join chat_member m on m.stream_id = s.id and m.organisation_id = s.organisation_id
        where s.organisation_id = ? and m.account_id = ?`,
      (s): ChatThread => {
        const own = s.kind !== 'CLIENT';
        return {
          id: String(s.id),
          kind: String(s.kind),
          name: text(s.name),
          createdAt: iso(s.created_at),
          onlyOwnMessages: own,
          messages: () => this.chatMessages(String(s.id), own),
        };
      },
    );
  }

  private async *chatMessages(streamId: string, onlyOwn: boolean): AsyncGenerator<ChatMessage[]> {
    for (let after = 0; ;) {
      const rows = await this.tx.execute<Row[]>(
        `select m.seq, m.created_at, m.kind, m.body, m.link, m.document_id, a.kind as sender_kind,
                a.display_name, a.pseudonym
           from chat_message m
           left join account a on a.id = m.sender_id and a.organisation_id = m.organisation_id
          where m.organisation_id = ? and m.stream_id = ? and m.seq > ?${onlyOwn ? ' and m.sender_id = ?' : ''}
          order by m.seq limit ${EXPORT_PAGE}`,
        onlyOwn ? [this.organisationId, streamId, after, this.clientId] : [this.organisationId, streamId, after],
      );
      if (!rows.length) return;
      yield rows.map((m) => {
        const client = m.sender_kind === 'CLIENT';
        return {
          seq: Number(m.seq),
          createdAt: iso(m.created_at),
          sender: client ? 'CLIENT' : 'STAFF',
          // In a client's own chat the only client is the client themself.
          senderName: client ? text(m.pseudonym) : text(m.display_name),
          kind: String(m.kind),
          body: text(m.body),
          link: text(m.link),
          documentId: text(m.document_id),
        };
      });
      after = Number(rows[rows.length - 1]!.seq);
      if (rows.length < EXPORT_PAGE) return;
    }
  }

  /**
   * Documents of the client's own chats, and in group chats those the client uploaded, oldest first.
   * `length` is the bytes in storage (null for bytes kept elsewhere, which the export refuses).
   */
  async *documents(): AsyncGenerator<(ExportDocument & { length: number | null })[]> {
    yield* this.keyset(
      `select d.id, d.file_id, d.stream_id, d.filename, d.content_type, d.size, d.created_at,
              d.uploaded_by_id = ? as by_client, octet_length(f.data)::int as length
         from chat_document d
         join stored_file f on f.id = d.file_id and f.organisation_id = d.organisation_id
        where d.organisation_id = ?
          and (d.uploaded_by_id = ? or d.stream_id in (
                select m.stream_id from chat_member m join chat_stream s on s.id = m.stream_id
                 where m.organisation_id = ? and m.account_id = ? and s.kind = 'CLIENT'))`,
      (d) => ({
        id: String(d.id),
        fileId: String(d.file_id),
        streamId: String(d.stream_id),
        filename: String(d.filename),
        contentType: String(d.content_type),
        size: Number(d.size),
        uploadedAt: iso(d.created_at),
        uploadedByClient: d.by_client === true,
        path: '',
        length: d.length == null ? null : Number(d.length),
      }),
      [this.clientId, this.organisationId, this.clientId, this.organisationId, this.clientId],
    );
  }

  /** Single appointments and seats in group appointments, by start. Holds that expired are left out. */
  async *appointments(): AsyncGenerator<ExportAppointment[]> {
    const sql = `select * from (
        select a.id, a.kind, a.status, a.starts_at, a.ends_at, a.channel, a.title, a.remarks,
               sv.public_name as service, c.display_name as counsellor, a.contact_email,
               a.created_at, a.cancelled_at
          from appointment a
          left join appointment_service sv on sv.id = a.service_id and sv.organisation_id = a.organisation_id
          left join account c on c.id = a.counsellor_id and c.organisation_id = a.organisation_id
         where a.organisation_id = ? and a.client_id = ? and a.status <> 'EXPIRED'
        union all
        select a.id, a.kind, a.status, a.starts_at, a.ends_at, a.channel, a.title, a.remarks,
               sv.public_name, c.display_name, p.contact_email, p.created_at, a.cancelled_at
          from group_participant p
          join appointment a on a.id = p.appointment_id and a.organisation_id = p.organisation_id
          left join appointment_service sv on sv.id = a.service_id and sv.organisation_id = a.organisation_id
          left join account c on c.id = a.counsellor_id and c.organisation_id = a.organisation_id
         where p.organisation_id = ? and p.client_id = ?
      ) u`;
    const params = [this.organisationId, this.clientId, this.organisationId, this.clientId];
    yield* this.keyset(
      sql,
      (a): ExportAppointment => ({
        id: String(a.id),
        kind: String(a.kind),
        status: String(a.status),
        start: iso(a.starts_at),
        end: iso(a.ends_at),
        channel: text(a.channel),
        title: text(a.title),
        remarks: text(a.remarks),
        service: text(a.service),
        counsellor: text(a.counsellor),
        contactEmail: text(a.contact_email),
        bookedAt: iso(a.created_at),
        cancelledAt: iso(a.cancelled_at),
      }),
      params,
      'starts_at',
    );
  }

  /** Direct messages the organisation sent the client (by mail or into the inbox), oldest first. */
  async *inbox(): AsyncGenerator<ExportInboxMessage[]> {
    yield* this.keyset(
      `select d.id, d.created_at, d.subject, d.body, d.delivery, d.read_at, s.display_name as sender
         from direct_message d
         left join account s on s.id = d.sender_id and s.organisation_id = d.organisation_id
        where d.organisation_id = ? and d.client_id = ?`,
      (d) => ({
        id: String(d.id),
        createdAt: iso(d.created_at),
        subject: String(d.subject),
        body: String(d.body),
        delivery: String(d.delivery),
        readAt: iso(d.read_at),
        sender: text(d.sender),
      }),
    );
  }

  /**
   * Pages of a `select` (with `id` and the `order` column among its columns) ordered by (order, id),
   * each page starting after the last row of the one before. The key is carried as PostgreSQL's text:
   * a JavaScript Date would cut the microseconds and repeat rows. `params` default to (organisation, client).
   */
  async *keyset<T>(
    select: string,
    map: (row: Row) => T,
    params: unknown[] = [this.organisationId, this.clientId],
    order = 'created_at',
  ): AsyncGenerator<T[]> {
    let last: [string, string] | null = null;
    for (;;) {
      const rows: Row[] = await this.tx.execute<Row[]>(
        `select x.*, x.${order}::text as keyset_at from (${select}) x
          ${last ? `where (x.${order}, x.id) > (?::timestamptz, ?::uuid)` : ''}
          order by x.${order}, x.id limit ${EXPORT_PAGE}`,
        last ? [...params, ...last] : params,
      );
      if (!rows.length) return;
      yield rows.map(map);
      const end = rows[rows.length - 1]!;
      last = [String(end.keyset_at), String(end.id)];
      if (rows.length < EXPORT_PAGE) return;
    }
  }
}

/** Values by key as `{ key, label, value }` in the order of the organisation's fields, unknown keys last. */
function labelled(
  fields: { key: string; label: string }[],
  values: unknown,
): { key: string; label: string; value: string }[] {
  const data = (values && typeof values === 'object' ? values : {}) as Record<string, unknown>;
  const known = fields.filter((f) => data[f.key] != null && data[f.key] !== '');
  const rest = Object.keys(data).filter((k) => !fields.some((f) => f.key === k) && data[k] != null && data[k] !== '');
  return [
    ...known.map((f) => ({ key: f.key, label: f.label, value: String(data[f.key]) })),
    ...rest.sort().map((k) => ({ key: k, label: k, value: String(data[k]) })),
  ];
}
