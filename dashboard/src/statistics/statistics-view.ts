/**
 * `<lotse-statistics-view>`: case-documentation statistics over a period. Presets (this month, last
 * month, this year, last year, the last twelve months) or two days; admins also choose the whole
 * organisation or one counsellor, counsellors see their own. All of it lives in the URL, so a view
 * can be linked; without a period the API's default applies (1 January to the end of this month).
 *
 * The key figures show their definition under "How it is counted"; every table (by channel, topic,
 * counsellor, month) is a bar chart and, under it, the same numbers as a real table. The downloads
 * (monitorings, statistics tables) are for exactly the period and person shown, so the file matches
 * the screen. Labels, definitions and row names come from the API in the UI language.
 */
import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { intlLocale } from '../../../widgets/src/shared/i18n.js';
import type { ApiError } from '../../../widgets/src/shared/api.js';
import type { DashboardStatisticsQuery } from '../gql/graphql.js';
import { activeCounsellors, type CounsellorOption } from '../shared/counsellors.js';
import { DashboardElement, defineDashboardElement } from '../shared/element.js';
import { common, errorText } from '../shared/messages.js';
import { navigate } from '../shared/navigate.js';
import { formStyles } from '../staff/admin.shared.js';
import { statisticsMessages as messages } from './statistics.messages.js';
import {
  PRESETS,
  formatDay,
  periodProblem,
  formatMonth,
  parseQuery,
  presetPeriod,
  statisticsHref,
  today,
  type Metric,
  type Preset,
  type StatisticsQuery,
} from './statistics.period.js';
import { STATISTICS } from './statistics.queries.js';
import { statisticsStyles } from './statistics.styles.js';
import './statistics-chart.js';
import type { ChartBar } from './statistics-chart.js';

type Stats = DashboardStatisticsQuery['monitoringStatistics'];
type Table = Stats['tables'][number];
type Figure = Stats['figures'][number];

/** Up to this many bars the chart's label names every value; above, it names the highest. */
const SPOKEN_BARS = 8;

export class LotseStatisticsView extends DashboardElement {
  static override styles = [DashboardElement.styles, formStyles, statisticsStyles];

  /** The URL's query string, set by the router. */
  @property({ attribute: false }) query = '';

  @state() private stats: Stats | null = null;
  @state() private loading = false;
  @state() private error: ApiError | null = null;
  @state() private periodError = '';
  @state() private counsellors: CounsellorOption[] = [];
  @state() private notice = '';
  @state() private downloadError = '';
  @state() private downloading = false;

  private generation = 0;
  /** Period, person and language of the figures shown (labels and definitions come in the UI language). */
  private loadedKey = '';

  private get isAdmin(): boolean {
    return this.session.me?.role === 'ADMIN';
  }

  private get q(): StatisticsQuery {
    const q = parseQuery(this.query);
    return this.isAdmin ? q : { ...q, counsellor: '' };
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.isAdmin) void activeCounsellors(this.api).then((list) => (this.counsellors = list));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // The charts' metric is drawn from the figures at hand: only period, person and language load.
    const q = this.q;
    const key = `${q.from}|${q.to}|${q.counsellor}|${this.locale}`;
    if (key !== this.loadedKey) {
      this.loadedKey = key;
      void this.load();
    }
  }

  private async load(): Promise<void> {
    const generation = ++this.generation;
    const q = this.q;
    // A period typed into the URL by hand: said in the UI language instead of the API's English.
    const problem = q.from || q.to ? periodProblem(q.from || q.to, q.to || q.from) : null;
    if (problem) {
      this.periodError = messages.for(this.locale).periodProblem(problem);
      this.stats = null;
      return;
    }
    this.loading = true;
    const result = await this.api.request(STATISTICS, {
      period: q.from || q.to ? { from: q.from || null, to: q.to || null } : null,
      counsellorId: q.counsellor || null,
      language: this.locale,
    });
    if (generation !== this.generation) return;
    this.loading = false;
    if (result.error) {
      this.error = result.error;
      return;
    }
    this.error = null;
    this.stats = result.data.monitoringStatistics;
  }

  private apply(change: Partial<StatisticsQuery>): void {
    this.periodError = '';
    this.notice = '';
    this.downloadError = '';
    navigate(statisticsHref({ ...this.q, ...change }), { replace: true });
  }

  private get orgToday(): string {
    return today(this.session.me?.organisation.timezone ?? 'Europe/Berlin');
  }

  /** The preset the shown period equals, if any. */
  private get activePreset(): Preset | null {
    if (!this.stats) return null;
    const { from, to } = this.stats.period;
    const day = this.orgToday;
    return PRESETS.find((p) => presetPeriod(p, day).from === from && presetPeriod(p, day).to === to) ?? null;
  }

  private periodText(stats: Stats): string {
    const t = messages.for(this.locale);
    const l = intlLocale(this.locale);
    return t.periodText(formatDay(l, stats.period.from), formatDay(l, stats.period.to));
  }

  private whose(stats: Stats): string {
    const t = messages.for(this.locale);
    if (!this.isAdmin) return t.yours;
    if (!stats.counsellorId) return t.wholeOrganisation;
    return this.counsellors.find((c) => c.id === stats.counsellorId)?.name ?? t.counsellor;
  }

  override render() {
    const t = messages.for(this.locale);
    const stats = this.stats;
    return html`<h1>${t.title}</h1>
      <p class="intro muted">${t.intro} ${this.isAdmin ? nothing : t.ownOnly}</p>
      ${this.renderPeriodForm()}
      <p class="status shown" role="status">
        ${this.loading ? t.loading : stats ? t.shown(this.periodText(stats), this.whose(stats)) : ''}
      </p>
      ${
        this.error
          ? html`<p class="status error" role="alert">
              ${errorText(this.locale, this.error)}
              <button type="button" @click=${() => void this.load()}>${common.for(this.locale).retry}</button>
            </p>`
          : nothing
      }
      ${
        stats
          ? html`<div class="results" aria-busy=${this.loading ? 'true' : 'false'}>
              ${this.renderFigures(stats)} ${this.renderDownloads(stats)} ${this.renderTables(stats)}
            </div>`
          : nothing
      }`;
  }

  private renderPeriodForm() {
    const t = messages.for(this.locale);
    const q = this.q;
    const from = q.from || this.stats?.period.from || '';
    const to = q.to || this.stats?.period.to || '';
    const active = this.activePreset;
    return html`<form class="period card" aria-labelledby="period-title" novalidate @submit=${this.onSubmit}>
      <h2 id="period-title">${t.period}</h2>
      <div class="presets" role="group" aria-label=${t.presets}>
        ${PRESETS.map(
          (p) =>
            html`<button
              type="button"
              aria-pressed=${active === p ? 'true' : 'false'}
              @click=${() => this.apply(presetPeriod(p, this.orgToday))}
            >
              ${t.preset(p)}
            </button>`,
        )}
      </div>
      <div class="period-fields">
        <div class="field">
          <label for="from">${t.from}</label>
          <input
            id="from"
            name="from"
            type="date"
            required
            min="2000-01-01"
            max="2099-12-31"
            .value=${from}
            aria-invalid=${this.periodError ? 'true' : 'false'}
            aria-describedby="period-error"
          />
        </div>
        <div class="field">
          <label for="to">${t.to}</label>
          <input
            id="to"
            name="to"
            type="date"
            required
            min="2000-01-01"
            max="2099-12-31"
            .value=${to}
            aria-invalid=${this.periodError ? 'true' : 'false'}
            aria-describedby="period-error"
          />
        </div>
        <button type="submit" class="primary">${t.apply}</button>
        ${
          this.isAdmin
            ? html`<div class="field counsellor">
                <label for="counsellor">${t.counsellor}</label>
                <select
                  id="counsellor"
                  @change=${(e: Event) => this.apply({ counsellor: (e.target as HTMLSelectElement).value })}
                >
                  <option value="" ?selected=${!q.counsellor}>${t.wholeOrganisation}</option>
                  ${this.counsellors.map(
                    (c) => html`<option value=${c.id} ?selected=${q.counsellor === c.id}>${c.name}</option>`,
                  )}
                </select>
              </div>`
            : nothing
        }
      </div>
      <p id="period-error" class="error" role="alert">${this.periodError}</p>
    </form>`;
  }

  private onSubmit(event: Event): void {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const field = (name: string) => form.elements.namedItem(name) as HTMLInputElement;
    const [from, to] = [field('from').value, field('to').value];
    const problem = periodProblem(from, to);
    if (!problem) {
      this.periodError = '';
      this.apply({ from, to });
      return;
    }
    this.periodError = messages.for(this.locale).periodProblem(problem);
    const atFrom = (problem === 'missing' && !from) || (problem === 'outOfRange' && from < '2000-01-01');
    field(atFrom ? 'from' : 'to').focus();
  }

  private number(value: number, fractionDigits = 0): string {
    return new Intl.NumberFormat(intlLocale(this.locale), { maximumFractionDigits: fractionDigits }).format(value);
  }

  private figureValue(f: Figure): string {
    const t = messages.for(this.locale);
    if (f.value === null || f.value === undefined) return t.notComputable;
    return f.unit === 'MINUTES' ? t.minutesUnit(this.number(f.value, 1)) : this.number(f.value);
  }

  private renderFigures(stats: Stats) {
    const t = messages.for(this.locale);
    return html`<section aria-labelledby="figures-title" class="block">
      <h2 id="figures-title">${t.figuresTitle}</h2>
      <dl class="figures">
        ${stats.figures.map(
          (f) =>
            html`<div data-key=${f.key}>
              <dt id="figure-${f.key}">${f.label}</dt>
              <dd class="value">${this.figureValue(f)}</dd>
              <dd>
                <details>
                  <summary aria-label=${t.definitionOf(f.label)}>${t.definition}</summary>
                  <p>${f.definition}</p>
                </details>
              </dd>
            </div>`,
        )}
      </dl>
    </section>`;
  }

  private renderDownloads(stats: Stats) {
    const t = messages.for(this.locale);
    const whose = !this.isAdmin ? t.yours : stats.counsellorId ? this.whose(stats) : t.downloadsWhoseOrg;
    return html`<section aria-labelledby="downloads-title" class="block downloads card">
      <h2 id="downloads-title">${t.downloads}</h2>
      <p class="hint" id="downloads-hint">${t.downloadsHint(this.periodText(stats), whose)}</p>
      <div class="actions">
        <button
          type="button"
          aria-describedby="downloads-hint"
          ?disabled=${this.downloading}
          @click=${() => void this.download('monitorings', stats)}
        >
          ${t.downloadMonitorings}
        </button>
        <button
          type="button"
          aria-describedby="downloads-hint"
          ?disabled=${this.downloading}
          @click=${() => void this.download('statistics', stats)}
        >
          ${t.downloadStatistics}
        </button>
      </div>
      <p class="notice" role="status">${this.notice}</p>
      <p class="status error" role="alert">${this.downloadError}</p>
    </section>`;
  }

  /** Downloads a CSV of the period and person shown (the route wants the bearer token, so no plain link). */
  private async download(kind: 'monitorings' | 'statistics', stats: Stats): Promise<void> {
    const t = messages.for(this.locale);
    this.notice = '';
    this.downloadError = '';
    const params = new URLSearchParams({ from: stats.period.from, to: stats.period.to, lang: this.locale });
    if (this.isAdmin && stats.counsellorId) params.set('counsellorId', stats.counsellorId);
    this.downloading = true;
    try {
      const response = await this.api.fetch(`/api/monitoring/${kind}.csv?${params}`).catch(() => null);
      if (!response?.ok) {
        const body = (await response?.json().catch(() => null)) as { errors?: { message: string }[] } | null;
        this.downloadError = body?.errors?.[0]?.message ?? t.downloadFailed;
        return;
      }
      const disposition = response.headers.get('content-disposition') ?? '';
      const encoded = /filename\*=UTF-8''([^;]+)/i.exec(disposition)?.[1];
      const filename = encoded ? decodeURIComponent(encoded) : `${kind}.csv`;
      const url = URL.createObjectURL(await response.blob());
      const a = document.createElement('a');
      a.href = url;
      a.download = filename;
      a.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      this.notice = t.downloaded(filename);
    } finally {
      this.downloading = false;
    }
  }

  private renderTables(stats: Stats) {
    const t = messages.for(this.locale);
    const metric = this.q.metric;
    // One counsellor's figures: a table by counsellor would have that one row.
    const tables = stats.tables.filter((x) => !(stats.counsellorId && x.grouping === 'COUNSELLOR'));
    return html`<fieldset class="metric block">
        <legend>${t.metric}</legend>
        ${(['count', 'minutes'] as Metric[]).map(
          (m) =>
            html`<label
              ><input
                type="radio"
                name="metric"
                value=${m}
                .checked=${metric === m}
                @change=${() => this.apply({ metric: m })}
              />${t.metricName(m)}</label
            >`,
        )}
      </fieldset>
      ${tables.map((table) => this.renderTable(table, metric))}`;
  }

  private renderTable(table: Table, metric: Metric) {
    const t = messages.for(this.locale);
    const id = `table-${table.grouping.toLowerCase()}`;
    const month = table.grouping === 'MONTH';
    const bars: ChartBar[] = table.rows.map((r) => ({
      label: month && r.key ? formatMonth(intlLocale(this.locale), r.key) : r.label,
      value: metric === 'count' ? r.count : r.minutes,
    }));
    return html`<section class="block card" aria-labelledby="${id}-title" data-grouping=${table.grouping}>
      <h2 id="${id}-title">${table.title}</h2>
      <details>
        <summary aria-label=${t.definitionOf(table.title)}>${t.definition}</summary>
        <p>${table.definition}</p>
      </details>
      ${
        table.rows.length
          ? html`<div class="table-pair">
              <lotse-statistics-chart
                ?vertical=${month}
                .bars=${bars}
                .valueName=${t.metricName(metric)}
                .summary=${t.chartLabel(table.title, t.metricName(metric), this.chartSummary(table, metric))}
                .chartLocale=${this.locale}
              ></lotse-statistics-chart>
              <table class="numbers">
                <caption>
                  ${t.tableCaption(table.title)}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">${t.groupingColumn(table.grouping)}</th>
                    <th scope="col" class="number">${t.count}</th>
                    <th scope="col" class="number">${t.minutes}</th>
                  </tr>
                </thead>
                <tbody>
                  ${table.rows.map(
                    (r) =>
                      html`<tr data-key=${r.key ?? ''}>
                        <th scope="row">${r.label}</th>
                        <td class="number">${this.number(r.count)}</td>
                        <td class="number">${this.number(r.minutes)}</td>
                      </tr>`,
                  )}
                </tbody>
              </table>
            </div>`
          : html`<p class="empty">${t.noRows}</p>`
      }
    </section>`;
  }

  /** What the chart shows, in words: every bar when few, else how many and the highest. */
  private chartSummary(table: Table, metric: Metric): string {
    const t = messages.for(this.locale);
    const value = (r: Table['rows'][number]) => (metric === 'count' ? r.count : r.minutes);
    if (!table.rows.some((r) => value(r) > 0)) return t.chartEmpty;
    if (table.rows.length <= SPOKEN_BARS) {
      return t.chartSummaryAll(table.rows.map((r) => `${r.label} ${this.number(value(r))}`).join(', '));
    }
    const top = table.rows.reduce((a, b) => (value(b) > value(a) ? b : a));
    return t.chartSummaryMany(table.rows.length, top.label, this.number(value(top)));
  }
}

defineDashboardElement('lotse-statistics-view', LotseStatisticsView);
