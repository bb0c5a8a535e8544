/**
 * A stream as CSV for spreadsheet software: UTF-8 with a byte-order mark (so Excel detects the
 * encoding), every field quoted, CRLF between records, `;` as separator for German organisations
 * (the list separator of German spreadsheet settings) and `,` otherwise, times in the organisation's
 * timezone. Cells that a spreadsheet would run as a formula are defused with a leading apostrophe.
 * Staff only; streamed page by page, so a long stream never sits in memory.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { stringify } from 'csv-stringify/sync';
import type { Viewer } from '../../shared/auth/tokens.js';
import { forbidden } from '../../shared/errors.js';
import { Organisation } from '../organisation/organisation.entity.js';
import { ChatMessage as ChatMessageEntity } from './chat-message.entity.js';
import { ChatMessageKind } from './chat.enums.js';
import { streamAccess } from './chat.policy.js';
import { MESSAGE_POPULATE, messageView } from './chat.views.js';
import { StreamsService } from './streams.service.js';
import type { AppServices } from '../../shared/app.js';

export const BOM = '\uFEFF';
const PAGE = 1000;

const HEADERS = {
  de: ['Nr.', 'Zeit', 'Von', 'Art', 'Nachricht', 'Dokument'],
  en: ['No.', 'Time', 'From', 'Kind', 'Message', 'Document'],
};
const KINDS = {
  de: { [ChatMessageKind.TEXT]: 'Text', [ChatMessageKind.DOCUMENT]: 'Dokument', [ChatMessageKind.VIDEO]: 'Video' },
  en: { [ChatMessageKind.TEXT]: 'Text', [ChatMessageKind.DOCUMENT]: 'Document', [ChatMessageKind.VIDEO]: 'Video' },
};

/** Prefixes cells that spreadsheets would evaluate (=, +, -, @, tab, CR) with an apostrophe. */
export function defuse(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

export function csvRows(rows: string[][], delimiter: string): string {
  return stringify(
    rows.map((r) => r.map(defuse)),
    {
      delimiter,
      quoted: true,
      quoted_empty: true,
      record_delimiter: 'windows',
    },
  );
}

/** "YYYY-MM-DD HH:mm:ss" in the given IANA timezone. */
export function localTime(at: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('sv-SE', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).format(at);
}

export class ExportService {
  constructor(
    private readonly em: EntityManager,
    private readonly app: AppServices,
  ) {}

  /**
   * Checks access and returns the file name and a generator of CSV chunks (BOM and header first).
   */
  async exportStream(viewer: Viewer, streamId: string): Promise<{ filename: string; chunks: AsyncGenerator<string> }> {
    if (viewer.kind !== 'STAFF') throw forbidden('Only staff can export chats');
    const { stream } = await streamAccess(this.em, viewer, streamId, 'read');
    const org = await this.em.findOneOrFail(Organisation, viewer.organisationId);
    const lang = org.locale.startsWith('de') ? 'de' : 'en';
    const delimiter = lang === 'de' ? ';' : ',';
    const view = await new StreamsService(this.em, this.app).view(viewer, stream.id);
    const day = localTime(new Date(), org.timezone).slice(0, 10);
    const slug =
      view.title
        .replace(/[^\p{L}\p{N}]+/gu, '-')
        .replace(/^-|-$/g, '')
        .slice(0, 60) || 'chat';
    const em = this.em;
    async function* chunks(): AsyncGenerator<string> {
      yield BOM + csvRows([HEADERS[lang]], delimiter);
      let after = 0;
      for (;;) {
        const rows = await em.find(
          ChatMessageEntity,
          { stream: stream.id, organisation: viewer.organisationId, seq: { $gt: after } },
          { orderBy: { seq: 'asc' }, limit: PAGE, populate: MESSAGE_POPULATE },
        );
        if (!rows.length) return;
        yield csvRows(
          rows
            .map(messageView)
            .map((m) => [
              String(m.seq),
              localTime(m.createdAt, org.timezone),
              m.sender?.displayName ?? '—',
              KINDS[lang][m.kind],
              m.kind === ChatMessageKind.DOCUMENT ? '' : m.body,
              m.kind === ChatMessageKind.DOCUMENT ? m.body : '',
            ]),
          delimiter,
        );
        after = rows.at(-1)!.seq;
        em.clear();
        if (rows.length < PAGE) return;
      }
    }
    return { filename: `chat-${slug}-${day}.csv`, chunks: chunks() };
  }
}
