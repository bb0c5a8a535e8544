/**
 * The viewer's stream list as one prepared statement (db/sql.ts): the page, its total, and for each
 * stream its creator, the other members of a direct stream, the last message (with sender and
 * document) and how far the others have read, assembled by PostgreSQL into one JSON value. The dashboard's home and navigation ask for
 * this list on every visit and every chat event; loading it as MikroORM entities (members, streams,
 * accounts, messages, documents: seven statements, each row hydrated) was most of its cost.
 *
 * The views are the same as `StreamsService.views` builds from entities (chat.views.ts); streams.test.ts
 * compares the list with the single-stream view field by field.
 */
import { leanStatement } from '../../db/lean.js';
import type { AppServices } from '../../shared/app.js';
import type { Viewer } from '../../shared/auth/tokens.js';
import { decodeCursor, encodeCursor, invalidCursor, type ConnectionShape } from '../../shared/pagination.js';
import { ChatParticipantKind, ChatStreamKind, type ChatMessageKind } from './chat.enums.js';
import type { ChatMessage, ChatParticipant, ChatStream } from './chat.types.js';
import { documentPath } from './chat.views.js';
import type { StreamFilter } from './streams.service.js';

/** `[id, kind, displayName]` of account alias `a`, or null: what `participantView` shows. */
const participant = (a: string) => `case when ${a}.id is null then null else json_build_array(${a}.id, ${a}.kind,
  case when ${a}.kind = 'STAFF' then coalesce(nullif(${a}.display_name, ''), '—') else coalesce(${a}.pseudonym, ${a}.login_name) end) end`;

type ParticipantJson = [string, string, string] | null;
type DocumentJson = [string, string, string, number, string, ParticipantJson] | null;
type MessageJson = [
  string,
  number,
  string,
  string,
  string,
  string | null,
  string | null,
  ParticipantJson,
  DocumentJson,
];
type StreamJson = [
  string,
  ChatStreamKind,
  string | null,
  string | null,
  number,
  number,
  number,
  string,
  string,
  ParticipantJson,
  ParticipantJson[] | null,
  MessageJson | null,
  number,
];

const toParticipant = (p: ParticipantJson): ChatParticipant | null =>
  p && { id: p[0], kind: p[1] === 'STAFF' ? ChatParticipantKind.STAFF : ChatParticipantKind.CLIENT, displayName: p[2] };

function toMessage(streamId: string, m: MessageJson): ChatMessage {
  const [id, seq, kind, body, createdAt, link, clientMessageId, sender, doc] = m;
  return {
    id,
    streamId,
    seq,
    kind: kind as ChatMessageKind,
    body,
    createdAt: new Date(createdAt),
    sender: toParticipant(sender),
    document: doc && {
      id: doc[0],
      streamId,
      filename: doc[1],
      contentType: doc[2],
      size: doc[3],
      createdAt: new Date(doc[4]),
      uploadedBy: toParticipant(doc[5]),
      downloadPath: documentPath(doc[0]),
    },
    link,
    clientMessageId,
  };
}

/** The viewer's streams (member only), most recently active first; `search` as `StreamsService.list`. */
export async function listStreams(
  app: AppServices,
  viewer: Viewer,
  filter: StreamFilter,
  first: number,
  after?: string | null,
): Promise<ConnectionShape<ChatStream>> {
  const values: unknown[] = [viewer.organisationId, viewer.accountId];
  const param = (value: unknown) => `$${values.push(value)}`;
  const conditions = ['m.organisation_id = $1', 'm.account_id = $2'];
  let key = '';
  if (filter.kind) {
    conditions.push(`s.kind = ${param(filter.kind)}::chat_stream_kind`);
    key += 'k';
  }
  if (filter.search) {
    const like = param(`%${filter.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
    const exact = param(filter.search);
    conditions.push(`(s.name ilike ${like} or exists (
        select 1 from chat_member om join account a on a.id = om.account_id
        where om.stream_id = s.id and om.account_id <> m.account_id
          and (a.display_name ilike ${like} or a.pseudonym ilike ${like} or a.client_number = ${exact})))`);
    key += 's';
  }
  const count = conditions.join(' and ');
  let where = count;
  const cursor = decodeCursor(after);
  if (cursor) {
    const at = new Date(String(cursor.k));
    if (Number.isNaN(at.getTime())) throw invalidCursor();
    where += ` and (s.last_activity_at, s.id) < (${param(at.toISOString())}::timestamptz, ${param(cursor.id)}::uuid)`;
    key += 'c';
  }
  const limit = param(first + 1);
  const sql = leanStatement(
    app.orm,
    `chat_streams_${key}`,
    () => `
select (select count(*)::int from chat_member m join chat_stream s on s.id = m.stream_id where ${count}) as total,
  coalesce((select json_agg(json_build_array(p.id, p.kind, p.name, p.description, p.member_count, p.last_seq,
      p.last_read_seq, p.last_activity_at, p.created_at, ${participant('cb')}, o.others, l.last, r.seq)
      order by p.last_activity_at desc, p.id desc)
    from (select s.id, s.kind, s.name, s.description, s.member_count, s.last_seq, m.last_read_seq,
                 s.last_activity_at, s.created_at, s.created_by_id
            from chat_member m join chat_stream s on s.id = m.stream_id
           where ${where}
           order by s.last_activity_at desc, s.id desc
           limit ${limit}) p
    left join account cb on cb.id = p.created_by_id
    left join lateral (
      select json_agg(${participant('a')} order by om.created_at, om.id) as others
        from chat_member om join account a on a.id = om.account_id
       where p.kind <> 'GROUP' and om.stream_id = p.id and om.organisation_id = $1 and om.account_id <> $2) o on true
    left join lateral (
      select json_build_array(msg.id, msg.seq, msg.kind, msg.body, msg.created_at, msg.link, msg.client_message_id,
               ${participant('sa')},
               case when d.id is null then null else json_build_array(d.id, d.filename, d.content_type, d.size,
                 d.created_at, ${participant('ua')}) end) as last
        from chat_message msg
        left join account sa on sa.id = msg.sender_id
        left join chat_document d on d.id = msg.document_id
        left join account ua on ua.id = d.uploaded_by_id
       where p.last_seq > 0 and msg.stream_id = p.id and msg.seq = p.last_seq) l on true
    left join lateral (
      select coalesce(min(rm.last_read_seq), 0) as seq
        from chat_member rm where rm.stream_id = p.id and rm.organisation_id = $1 and rm.account_id <> $2) r on true),
    '[]'::json) as rows`,
  );
  const [result] = await app.db.query<{ total: number; rows: StreamJson[] }>(sql, values);
  const staff = viewer.kind === 'STAFF';
  const rows = result!.rows.map((r): ChatStream => {
    const [
      id,
      kind,
      name,
      description,
      memberCount,
      lastSeq,
      lastReadSeq,
      lastActivityAt,
      createdAt,
      cb,
      others,
      last,
      othersReadSeq,
    ] = r;
    const isGroup = kind === ChatStreamKind.GROUP;
    const counterparts = (others ?? []).map(toParticipant).filter((p) => p !== null);
    return {
      id,
      kind,
      title: isGroup ? (name ?? '') : counterparts.map((c) => c.displayName).join(' ↔ ') || '—',
      name: isGroup ? name : null,
      description: isGroup && staff ? description : null,
      counterpart: isGroup ? null : (counterparts[0] ?? null),
      createdBy: toParticipant(cb),
      memberCount,
      lastSeq,
      lastReadSeq,
      unreadCount: Math.max(0, lastSeq - lastReadSeq),
      othersReadSeq,
      lastMessage: last ? toMessage(id, last) : null,
      isMember: true,
      lastActivityAt: new Date(lastActivityAt),
      createdAt: new Date(createdAt),
    };
  });
  const page = rows.slice(0, first);
  const edges = page.map((node) => ({
    node,
    cursor: encodeCursor({ k: node.lastActivityAt.toISOString(), id: node.id }),
  }));
  return {
    edges,
    pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null },
    totalCount: result!.total,
  };
}
