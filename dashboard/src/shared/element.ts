/**
 * `DashboardElement`: the base of every dashboard screen and part. It renders in its own shadow root with
 * the widgets' design tokens, buttons and fields (one look across Lotse), re-renders when the language or
 * the session changes, and offers the session and its API client.
 */
import { LitElement, css, type CSSResultGroup } from 'lit';
import { baseStyles } from '../../../widgets/src/shared/base.js';
import { controlStyles } from '../../../widgets/src/shared/controls.styles.js';
import { fieldStyles } from '../../../widgets/src/shared/fields.styles.js';
import type { Locale } from '../../../widgets/src/shared/i18n.js';
import type { ApiClient } from '../../../widgets/src/shared/api.js';
import { locale } from './locale.js';
import { session, type StaffSession } from './session.js';

/** Layout pieces every screen uses: page heading, cards, badges, tables, the status line. */
export const dashboardStyles = css`
  :host {
    --_warning: #8a4b00;
    --_info-bg: #e6f2f5;
  }
  h1 {
    font-size: 1.6rem;
    margin: 0 0 calc(var(--_space) * 2);
  }
  h1:focus {
    outline: none;
  }
  h2 {
    font-size: 1.2rem;
    margin: 0 0 var(--_space);
  }
  .card {
    background: var(--_background);
    border: 1px solid #d5dbe1;
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 2);
  }
  .badge {
    display: inline-block;
    border-radius: 999px;
    padding: 0 0.6em;
    font-size: 0.85em;
    font-weight: 600;
    background: var(--_surface);
    border: 1px solid var(--_border);
    white-space: nowrap;
  }
  .badge.danger {
    color: #fff;
    background: var(--_danger);
    border-color: var(--_danger);
  }
  .badge.warning {
    color: var(--_warning);
    border-color: var(--_warning);
    background: #fff7e6;
  }
  .muted {
    color: var(--_muted);
  }
  .status {
    min-height: 1.5em;
  }
  .status.error {
    color: var(--_danger);
    font-weight: 600;
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    align-items: center;
  }
  button[disabled] {
    opacity: 0.6;
    cursor: not-allowed;
  }
  a {
    color: var(--_primary);
  }
  /* Views of one screen as links (mail inbox, calendar): the current one underlined. */
  .tabs {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 0.5);
    border-bottom: 2px solid #d5dbe1;
    margin-bottom: calc(var(--_space) * 2);
  }
  .tabs a {
    padding: var(--_space) calc(var(--_space) * 1.5);
    text-decoration: none;
    color: var(--_text);
    font-weight: 600;
    border-bottom: 3px solid transparent;
    margin-bottom: -2px;
  }
  .tabs a[aria-current='page'] {
    color: var(--_primary);
    border-bottom-color: var(--_primary);
  }
`;

export abstract class DashboardElement extends LitElement {
  static override styles: CSSResultGroup = [baseStyles, controlStyles, fieldStyles, dashboardStyles];

  private readonly rerender = () => this.requestUpdate();

  get locale(): Locale {
    return locale.current;
  }

  get session(): StaffSession {
    return session;
  }

  get api(): ApiClient {
    return session.api;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    locale.addEventListener('change', this.rerender);
    session.addEventListener('change', this.rerender);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    locale.removeEventListener('change', this.rerender);
    session.removeEventListener('change', this.rerender);
  }
}

/** Registers a dashboard element unless the tag is taken already. */
export function defineDashboardElement(tag: `lotse-${string}`, ctor: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, ctor);
}
