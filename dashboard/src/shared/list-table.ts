/**
 * The markup the dashboard's list screens share: `renderListTable` draws a table with a visually hidden
 * caption and its column headers (client list and groups, deletion records, mail inbox, access log,
 * calendar list and absences, documents), `renderListState` the state around a paged list (client list
 * and groups, deletion records, mail inbox) — a polite status line, an error alert with a retry button,
 * the empty text in the table's place and the "load more" button.
 *
 * Both only render. Each screen keeps its own loading, texts and rows, and words its status line and
 * decides when the empty text stands (some keep it back after an error), so moving a screen onto these
 * helpers changes neither what it says nor when.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { ApiError } from '../../../widgets/src/shared/api.js';
import type { Locale } from '../../../widgets/src/shared/i18n.js';
import { common, errorText } from './messages.js';

/** A column header: its text, or `{ hidden: text }` for one only screen readers read (over a column of buttons). */
export type ListColumn = string | { hidden: string };

export interface ListTableOptions<T> {
  /** The table's classes: `list` gives the admin sheet's look (staff/admin.shared.ts), a second one names it. */
  className?: string;
  /** Read by screen readers only (the caption is visually hidden); it names the table. */
  caption: string;
  /** One `<th scope="col">` each, in order. */
  columns: readonly ListColumn[];
  items: readonly T[];
  /** One item's `<tr>` (where a cell names the item, a `<th scope="row">`). */
  row: (item: T) => TemplateResult;
  /** `aria-busy` while a page of the list loads. @default undefined (no attribute) */
  busy?: boolean;
}

const columnHeader = (c: ListColumn) =>
  typeof c === 'string' ? c : html`<span class="visually-hidden">${c.hidden}</span>`;

/** A list's table: caption, column headers and one row per item. */
export function renderListTable<T>(o: ListTableOptions<T>): TemplateResult {
  return html`<table class=${o.className ?? nothing} aria-busy=${o.busy === undefined ? nothing : String(o.busy)}>
    <caption class="visually-hidden">
      ${o.caption}
    </caption>
    <thead>
      <tr>
        ${o.columns.map((c) => html`<th scope="col">${columnHeader(c)}</th>`)}
      </tr>
    </thead>
    <tbody>
      ${o.items.map(o.row)}
    </tbody>
  </table>`;
}

export interface ListStateOptions {
  locale: Locale;
  /** The polite status line above the list, as the screen words it ("Loading …", "42 clients"). */
  status: string;
  /** The last request's error, said in an alert with a "Try again" button that calls `retry`. */
  error: ApiError | null;
  retry: () => void;
  /** The list's table (`renderListTable`), or null while there are no rows. */
  table: TemplateResult | null;
  /** Said in the table's place when there is none; null says nothing (e.g. while the first page loads). */
  empty: string | null;
  /** The "load more" button's label and action while there is a next page, else null. */
  more: { label: string; load: () => void } | null;
  /** A page is on its way: "load more" is disabled until it has come. */
  loading: boolean;
}

/** The status line, the error with its retry, the table (or the empty text) and "load more". */
export function renderListState(o: ListStateOptions): TemplateResult {
  return html`<p class="status" role="status" aria-live="polite">${o.status}</p>
    ${
      o.error
        ? html`<p class="status error" role="alert">
            ${errorText(o.locale, o.error)}
            <button type="button" @click=${o.retry}>${common.for(o.locale).retry}</button>
          </p>`
        : nothing
    }
    ${o.table ?? (o.empty === null ? nothing : html`<p class="empty">${o.empty}</p>`)}
    ${
      o.more
        ? html`<button type="button" class="more" ?disabled=${o.loading} @click=${o.more.load}>${o.more.label}</button>`
        : nothing
    }`;
}
