/**
 * `<lotse-statistics-chart>`: one bar chart of a statistics table (chart.js with only the bar
 * controller, its element and two scales registered, so the rest of chart.js stays out of the bundle).
 * The canvas is an image to assistive technology, labelled with a summary; the numbers themselves are
 * in the table the screen shows beside every chart. No tooltip plugin (5 KB gzip): it would repeat,
 * for the mouse only, the numbers the table gives everyone.
 *
 * No animation: the numbers should be readable at once (and a chart that moves bothers some people).
 */
import { css, html, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { BarController, BarElement, CategoryScale, Chart, LinearScale } from 'chart.js';
import { intlLocale, type Locale } from '../../../widgets/src/shared/i18n.js';
import { DashboardElement, defineDashboardElement } from '../shared/element.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale);

export interface ChartBar {
  label: string;
  value: number;
}

export class LotseStatisticsChart extends DashboardElement {
  static override styles = [
    DashboardElement.styles,
    css`
      .frame {
        position: relative;
        width: 100%;
      }
      canvas {
        display: block;
      }
    `,
  ];

  @property({ attribute: false }) bars: ChartBar[] = [];
  /** The accessible summary of the chart (what a sighted reader takes from it). */
  @property({ attribute: false }) summary = '';
  /** Name of the values (the dataset). */
  @property({ attribute: false }) valueName = '';
  /** Bars along the x axis (months) instead of across (channels, topics, counsellors). */
  @property({ type: Boolean }) vertical = false;
  @property({ attribute: false }) chartLocale: Locale = 'de';

  private chart: Chart<'bar'> | null = null;

  private get height(): number {
    return this.vertical ? 260 : Math.max(120, this.bars.length * 34 + 48);
  }

  override render() {
    return html`<div class="frame" style="height: ${this.height}px">
      <canvas role="img" aria-label=${this.summary}></canvas>
    </div>`;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (!this.chart) {
      this.create();
      return;
    }
    const data = this.chart.data;
    data.labels = this.bars.map((b) => b.label);
    data.datasets[0]!.data = this.bars.map((b) => b.value);
    data.datasets[0]!.label = this.valueName;
    this.chart.options.locale = intlLocale(this.chartLocale);
    this.chart.update('none');
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.chart?.destroy();
    this.chart = null;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Back in the page (a re-rendered screen): draw again.
    if (this.hasUpdated && !this.chart) this.create();
  }

  private create(): void {
    const canvas = this.renderRoot.querySelector('canvas');
    if (!canvas) return;
    const style = getComputedStyle(this);
    const color = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
    const text = color('--_text', '#1f2933');
    const grid = '#d5dbe1';
    const font = { family: style.fontFamily, size: 13 };
    this.chart = new Chart(canvas, {
      type: 'bar',
      data: {
        labels: this.bars.map((b) => b.label),
        datasets: [
          {
            label: this.valueName,
            data: this.bars.map((b) => b.value),
            backgroundColor: color('--_primary', '#0b5f73'),
            borderRadius: 3,
            maxBarThickness: 28,
          },
        ],
      },
      options: {
        indexAxis: this.vertical ? 'x' : 'y',
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        locale: intlLocale(this.chartLocale),
        color: text,
        scales: {
          x: { ticks: { color: text, precision: 0, font }, grid: { color: grid }, beginAtZero: true },
          y: { ticks: { color: text, precision: 0, font }, grid: { color: grid }, beginAtZero: true },
        },
      },
    });
  }
}

defineDashboardElement('lotse-statistics-chart', LotseStatisticsChart);
