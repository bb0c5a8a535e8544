/**
 * The markup the dashboard's list screens share: `renderListTable` draws a table with a visually hidden
 * caption and its column headers (client list and groups, deletion records, mail inbox, access log,
 * calendar list and absences, documents), `renderListState` the state around a paged list (client list
 * and groups, deletion records, mail inbox) — a polite status line, an error alert with a retry button,
 * the empty text in the table's place and the "load more" button. Two pieces of the filter bar above
 * them: `renderViewTabs` (the views as links) and `renderTopicFilter` (the topic choice).
 *
 * They only render: the rows and texts are the screen's, the paged list's state is a `PagedList`
 * (paged-list.ts). Where screens said their state differently (the deletion records keep the count
 * while more load and say nothing of an empty list after an error), an option keeps each as it was.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Locale } from '../../../widgets/src/shared/i18n.js';
import { common, errorText } from './messages.js';
import type { PagedList } from './paged-list.js';

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

export interface ViewTabsOptions<V extends string> {
  /** Names the navigation ("Views"). */
  label: string;
  views: readonly V[];
  current: V;
  /** The view's address: the screen's URL with the other filters kept. */
  href: (view: V) => string;
  name: (view: V) => string;
}

/** A list screen's views as links (all / mine / …); the current one is `aria-current="page"`. */
export function renderViewTabs<V extends string>(o: ViewTabsOptions<V>): TemplateResult {
  return html`<nav class="tabs" aria-label=${o.label}>
    ${o.views.map(
      (v) => html`<a href=${o.href(v)} aria-current=${o.current === v ? 'page' : nothing}>${o.name(v)}</a>`,
    )}
  </nav>`;
}

export interface TopicFilterOptions {
  /** The field's label ("Counselling field"). */
  label: string;
  /** The choice of all topics, the first one. */
  any: string;
  topics: readonly { id: string; name: string }[];
  /** The chosen topic's id; '' for all. */
  current: string;
  /** Called with the topic's id ('' for all) when the choice changes. */
  choose: (topicId: string) => void;
}

/** A filter bar's topic choice (`#topic`); nothing where the organisation has no topics. */
export function renderTopicFilter(o: TopicFilterOptions): TemplateResult | typeof nothing {
  if (!o.topics.length) return nothing;
  return html`<div class="field">
    <label for="topic">${o.label}</label>
    <select id="topic" @change=${(e: Event) => o.choose((e.target as HTMLSelectElement).value)}>
      <option value="" ?selected=${!o.current}>${o.any}</option>
      ${o.topics.map((x) => html`<option value=${x.id} ?selected=${o.current === x.id}>${x.name}</option>`)}
    </select>
  </div>`;
}

/** The words of a list's state, as the screen's messages have them. */
export interface ListTexts {
  loading: string;
  /** The status line once loaded: how many there are in all ("42 clients"). */
  count: (total: number) => string;
  /** Said in the table's place when the list has no rows. */
  empty: string;
  /** The "load more" button. */
  more: string;
}

export interface ListStateOptions {
  locale: Locale;
  list: PagedList<unknown>;
  texts: ListTexts;
  /** The list's table (`renderListTable`); asked for only while there are rows. */
  table: () => TemplateResult;
  /** What "load more" does. @default the list's next page */
  more?: () => void;
  /**
   * When the status line says "loading": `'always'` while a page is on its way, `'empty'` only while
   * no rows are shown yet (the count stays while more load). @default 'always'
   */
  loadingStatus?: 'always' | 'empty';
  /** The empty text also stands below an error (the first page failed). @default true */
  emptyAfterError?: boolean;
}

/** The status line, the error with its retry, the table (or the empty text) and "load more". */
export function renderListState(o: ListStateOptions): TemplateResult {
  const { list, texts: t } = o;
  const saysLoading = list.loading && (o.loadingStatus !== 'empty' || !list.rows.length);
  const saysEmpty = !list.loading && (o.emptyAfterError !== false || !list.error);
  return html`<p class="status" role="status" aria-live="polite">${saysLoading ? t.loading : t.count(list.total)}</p>
    ${
      list.error
        ? html`<p class="status error" role="alert">
            ${errorText(o.locale, list.error)}
            <button type="button" @click=${() => void list.load()}>${common.for(o.locale).retry}</button>
          </p>`
        : nothing
    }
    ${list.rows.length ? o.table() : saysEmpty ? html`<p class="empty">${t.empty}</p>` : nothing}
    ${
      list.hasMore
        ? html`<button
            type="button"
            class="more"
            ?disabled=${list.loading}
            @click=${o.more ?? (() => void list.load(true))}
          >
            ${t.more}
          </button>`
        : nothing
    }`;
}
