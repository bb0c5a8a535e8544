/**
 * The export's readable file (`index.html`): the same data as the JSON files, for people. One file
 * that needs nothing else: styles inline, no scripts, no images, no fonts, nothing fetched, and a
 * Content-Security-Policy that forbids all of it in case a browser is told otherwise. Every value is
 * escaped (`esc`): messages are what clients and staff typed and may contain markup.
 * Written piece by piece as the reads page through the data, like the JSON files.
 */
import type { ClientExportReads, ExportDocument, ExportProfile } from './client-export.reads.js';
import type { ExportTexts } from './client-export.texts.js';
import { staffRecordsHtml, type StaffRecordReads } from './client-export.staff-records.js';

const ENTITY: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text as HTML text or attribute value. */
export function esc(value: string | number | null | undefined): string {
  return String(value ?? '').replace(/[&<>"']/g, (c) => ENTITY[c]!);
}

const STYLE = `
body { font: 16px/1.5 system-ui, sans-serif; color: #1a1a1a; background: #fff; max-width: 60rem; margin: 0 auto; padding: 1rem 1.5rem 4rem; }
h1, h2, h3 { line-height: 1.25; }
h2 { margin-top: 2.5rem; border-bottom: 2px solid #1a1a1a; }
dl { display: grid; grid-template-columns: minmax(10rem, max-content) 1fr; gap: 0.25rem 1rem; }
dt { font-weight: 600; }
dd { margin: 0; }
article { border: 1px solid #888; border-radius: 6px; padding: 0.5rem 1rem; margin: 1rem 0; }
.message { border-left: 4px solid #888; padding: 0.25rem 0.75rem; margin: 0.75rem 0; }
.message.own { border-color: #1d4ed8; }
.meta { color: #444; font-size: 0.875rem; }
.body { white-space: pre-wrap; overflow-wrap: anywhere; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; border-bottom: 1px solid #888; padding: 0.25rem 0.5rem; vertical-align: top; }
@media print { h2 { break-before: page; } }
`;

export interface HtmlInput {
  t: ExportTexts;
  language: 'de' | 'en';
  organisation: string;
  timeZone: string;
  createdAt: Date;
  profile: ExportProfile;
  fields: { key: string; label: string }[];
  reads: ClientExportReads;
  /** The archive path of a document's bytes. */
  documentPath: (d: Pick<ExportDocument, 'id' | 'filename'>) => string;
  /** The staff's notes and documents, when the staff member producing the archive included them. */
  staffRecords?: StaffRecordReads | null;
}

export async function* exportHtml(input: HtmlInput): AsyncGenerator<string> {
  const { t, profile, reads } = input;
  const when = dateFormat(input.language, input.timeZone);
  const status = (s: string) => esc(t.statuses[s] ?? s);
  const sections: [string, string][] = [
    ['profile', t.profile],
    ['mail', t.mail],
    ['chats', t.chats],
    ['appointments', t.appointments],
    ['inbox', t.inbox],
    ['documents', t.documents],
    ...(input.staffRecords
      ? ([
          ['notes', t.notes],
          ['client-documents', t.clientDocuments],
        ] as [string, string][])
      : []),
  ];
  yield `<!doctype html>
<html lang="${input.language}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(t.title)} – ${esc(input.organisation)}</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<h1>${esc(t.title)}: ${esc(profile.pseudonym)}</h1>
<p>${esc(t.intro(input.organisation, when(input.createdAt.toISOString())))}</p>
<p>${esc(input.staffRecords ? t.scopeStaff : t.scope)}</p>
<nav aria-labelledby="contents"><h2 id="contents">${esc(t.contents)}</h2><ul>
${sections.map(([id, label]) => `<li><a href="#${id}">${esc(label)}</a></li>`).join('\n')}
</ul></nav>
</header>
<main>
`;

  yield `<section aria-labelledby="profile"><h2 id="profile">${esc(t.profile)}</h2>${list([
    [t.pseudonym, esc(profile.pseudonym)],
    [t.clientNumber, esc(profile.clientNumber)],
    [t.status, status(profile.status)],
    [t.createdAt, esc(when(profile.createdAt))],
    [t.lastLoginAt, esc(when(profile.lastLoginAt))],
    ...(profile.blockedAt ? [[t.blockedAt, esc(when(profile.blockedAt))] as [string, string]] : []),
    ...(profile.deletionRequestedAt
      ? [[t.deletionRequestedAt, esc(when(profile.deletionRequestedAt))] as [string, string]]
      : []),
    [t.notificationEmail, esc(profile.notificationEmail ?? t.none)],
    ...(profile.pendingNotificationEmail
      ? [[t.pendingEmail, esc(profile.pendingNotificationEmail)] as [string, string]]
      : []),
    [t.phone, esc(profile.phone ?? t.none)],
    [t.primaryCounsellor, esc(profile.primaryCounsellor ?? t.none)],
    [t.topics, esc(profile.topics.map((x) => x.name).join(', ') || t.none)],
    ...(profile.clientGroups.length
      ? [
          [
            t.groups,
            `<ul>${profile.clientGroups
              .map((g) => `<li>${esc(g.name)}${g.description ? ` – ${esc(g.description)}` : ''}</li>`)
              .join('')}</ul>`,
          ] as [string, string],
        ]
      : []),
  ])}${profile.masterData.length ? `<h3>${esc(t.masterData)}</h3>${list(profile.masterData.map((m) => [m.label, esc(m.value)]))}` : ''}</section>\n`;

  yield `<section aria-labelledby="mail"><h2 id="mail">${esc(t.mail)}</h2>\n`;
  let any = false;
  for await (const threads of reads.mailThreads(input.fields)) {
    for (const r of threads) {
      any = true;
      yield `<article><h3>${esc(r.subject)}</h3>${list([
        [t.status, status(r.status)],
        [t.createdAt, esc(when(r.createdAt))],
        [t.counsellor, esc(r.counsellor ?? t.none)],
        ...(r.topic ? [[t.topic, esc(r.topic)] as [string, string]] : []),
        ...(r.closedAt ? [[t.closedAt, esc(when(r.closedAt))] as [string, string]] : []),
      ])}${r.requestData.length ? `<h4>${esc(t.requestData)}</h4>${list(r.requestData.map((d) => [d.label, esc(d.value)]))}` : ''}\n`;
      for await (const messages of r.messages()) {
        yield messages
          .map((m) => {
            const own = m.author === 'CLIENT';
            return message(own, own ? t.you : (m.counsellor ?? t.counsellor), when(m.createdAt), esc(m.body));
          })
          .join('\n');
      }
      yield `</article>\n`;
    }
  }
  if (!any) yield `<p>${esc(t.nothing)}</p>`;
  yield `</section>\n<section aria-labelledby="chats"><h2 id="chats">${esc(t.chats)}</h2>\n`;

  any = false;
  for await (const streams of reads.chatThreads()) {
    for (const s of streams) {
      any = true;
      const heading = s.onlyOwnMessages ? t.groupChat(s.name ?? '') : t.chatWith;
      yield `<article><h3>${esc(heading)}</h3><p class="meta">${esc(t.createdAt)}: ${esc(when(s.createdAt))}</p>\n`;
      for await (const messages of s.messages()) {
        yield messages
          .map((m) => {
            const own = m.sender === 'CLIENT';
            const body =
              m.kind === 'DOCUMENT'
                ? esc(t.document(m.body ?? ''))
                : m.kind === 'VIDEO'
                  ? `${esc(t.videoLink)}: ${esc(m.link)}`
                  : esc(m.body);
            return message(own, own ? t.you : (m.senderName ?? t.counsellor), when(m.createdAt), body);
          })
          .join('\n');
      }
      yield `</article>\n`;
    }
  }
  if (!any) yield `<p>${esc(t.nothing)}</p>`;
  yield `</section>\n<section aria-labelledby="appointments"><h2 id="appointments">${esc(t.appointments)}</h2>\n`;

  any = false;
  for await (const appointments of reads.appointments()) {
    for (const a of appointments) {
      any = true;
      const heading = a.title ?? a.service ?? (a.kind === 'GROUP' ? t.groupSeat : t.single);
      yield `<article><h3>${esc(heading)}</h3>${list([
        [t.start, esc(when(a.start))],
        [t.end, esc(when(a.end))],
        [t.status, status(a.status)],
        ...(a.kind === 'GROUP' ? [[t.title_, esc(t.groupSeat)] as [string, string]] : []),
        ...(a.service ? [[t.service, esc(a.service)] as [string, string]] : []),
        [t.channel, esc(a.channel ? (t.channels[a.channel] ?? a.channel) : t.none)],
        [t.counsellor, esc(a.counsellor ?? t.none)],
        ...(a.remarks ? [[t.remarks, `<span class="body">${esc(a.remarks)}</span>`] as [string, string]] : []),
        ...(a.contactEmail ? [[t.contactEmail, esc(a.contactEmail)] as [string, string]] : []),
        [t.bookedAt, esc(when(a.bookedAt))],
        ...(a.cancelledAt ? [[t.cancelledAt, esc(when(a.cancelledAt))] as [string, string]] : []),
      ])}</article>\n`;
    }
  }
  if (!any) yield `<p>${esc(t.nothing)}</p>`;
  yield `</section>\n<section aria-labelledby="inbox"><h2 id="inbox">${esc(t.inbox)}</h2>\n`;

  any = false;
  for await (const messages of reads.inbox()) {
    for (const m of messages) {
      any = true;
      yield `<article><h3>${esc(m.subject)}</h3><p class="meta">${esc(when(m.createdAt))}, ${esc(t.delivery)} ${esc(
        m.delivery === 'MAIL' ? t.byMail : t.inApp,
      )}${m.readAt ? `, ${esc(t.readAt)} ${esc(when(m.readAt))}` : ''}${m.sender ? ` – ${esc(t.sender)}: ${esc(m.sender)}` : ''}</p><p class="body">${esc(m.body)}</p></article>\n`;
    }
  }
  if (!any) yield `<p>${esc(t.nothing)}</p>`;
  yield `</section>\n<section aria-labelledby="documents"><h2 id="documents">${esc(t.documents)}</h2>\n`;

  any = false;
  for await (const documents of reads.documents()) {
    if (!any && documents.length) {
      yield `<table><thead><tr><th scope="col">${esc(t.file)}</th><th scope="col">${esc(t.type)}</th><th scope="col">${esc(
        t.size,
      )}</th><th scope="col">${esc(t.uploadedAt)}</th><th scope="col">${esc(t.uploadedBy)}</th></tr></thead><tbody>\n`;
    }
    for (const d of documents) {
      any = true;
      // A relative link into the archive: opens the extracted file, fetches nothing.
      yield `<tr><td><a href="${esc(encodeURI(input.documentPath(d)))}">${esc(d.filename)}</a></td><td>${esc(
        d.contentType,
      )}</td><td>${esc(t.bytes(d.size))}</td><td>${esc(when(d.uploadedAt))}</td><td>${esc(
        d.uploadedByClient ? t.byYou : t.byStaff,
      )}</td></tr>\n`;
    }
  }
  yield any ? `</tbody></table>` : `<p>${esc(t.nothing)}</p>`;
  yield `</section>\n`;
  if (input.staffRecords) yield* staffRecordsHtml(t, when, input.staffRecords);
  yield `</main>\n</body>\n</html>\n`;
}

/** A definition list; values are HTML already (escaped by the caller). */
function list(rows: [string, string][]): string {
  return `<dl>${rows.map(([k, v]) => `<dt>${esc(k)}</dt><dd>${v}</dd>`).join('')}</dl>`;
}

function message(own: boolean, who: string, at: string, bodyHtml: string): string {
  return `<div class="message${own ? ' own' : ''}"><p class="meta">${esc(who)}, ${esc(at)}</p><p class="body">${bodyHtml}</p></div>`;
}

/** Instants as local date and time of the organisation's time zone, e.g. "6.12.2026, 14:05". */
function dateFormat(language: 'de' | 'en', timeZone: string): (iso: string | null) => string {
  const format = new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'de-DE', {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone,
  });
  return (iso) => (iso ? format.format(new Date(iso)) : '–');
}
