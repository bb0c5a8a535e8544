/**
 * `LotseElement`: the base of every Lotse widget.
 *
 * - Shadow DOM, so neither the host page's styles nor ours leak across.
 * - Attributes: `org` (the organisation's public key), `lang` (`de`/`en`; else the page's or the
 *   browser's language, see {@link resolveLocale}) and `api` (API base URL; defaults to where the
 *   bundle was loaded from, so embedding needs only the script tag).
 * - Theme through CSS custom properties the host page may set on the element or any ancestor:
 *
 * @cssproperty --lotse-color-primary - Buttons, links, focus ring. Default `#0b5f73`.
 * @cssproperty --lotse-color-on-primary - Text on the primary colour. Default `#ffffff`.
 * @cssproperty --lotse-color-text - Body text. Default `#1f2933`.
 * @cssproperty --lotse-color-muted - Secondary text (still ≥ 4.5:1 on the background). Default `#52606d`.
 * @cssproperty --lotse-color-background - Widget background. Default `#ffffff`.
 * @cssproperty --lotse-color-surface - Cards, inputs, panels. Default `#f5f7fa`.
 * @cssproperty --lotse-color-border - Borders of inputs and cards. Default `#7b8794`.
 * @cssproperty --lotse-color-danger - Errors. Default `#b3261e`.
 * @cssproperty --lotse-color-success - Confirmations. Default `#1e6b3a`.
 * @cssproperty --lotse-font-family - Default `system-ui, sans-serif`.
 * @cssproperty --lotse-font-size - Base size. Default `1rem`.
 * @cssproperty --lotse-radius - Corner radius. Default `0.5rem`.
 * @cssproperty --lotse-spacing - Base spacing unit. Default `0.5rem`.
 * @cssproperty --lotse-shadow - Shadow of floating panels.
 *
 * Subclasses extend the styles (`static override styles = [LotseElement.styles, css`…`]`), render their
 * content in an element carrying `lang=${this.locale}` (so screen readers pronounce it right even on a
 * page in another language), and announce what happened with {@link LotseElement.emit}.
 */
import { LitElement, css, html, nothing, type CSSResultGroup, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { apiClient, type ApiClient } from './api.js';
import { defineMessages, resolveLocale, type Locale } from './i18n.js';
import { armEscapeShortcut, loadQuickExit, quickExit, type QuickExit } from './quick-exit.js';

const baseMessages = defineMessages({
  de: { quickExit: 'Seite verlassen', quickExitHint: 'Verlässt diese Seite sofort (auch: zweimal Escape drücken)' },
  en: { quickExit: 'Leave this page', quickExitHint: 'Leaves this page at once (or press Escape twice)' },
});

/** Design tokens with defaults, focus ring and helper classes shared by all widgets. */
export const baseStyles = css`
  :host {
    --_primary: var(--lotse-color-primary, #0b5f73);
    --_on-primary: var(--lotse-color-on-primary, #ffffff);
    --_text: var(--lotse-color-text, #1f2933);
    --_muted: var(--lotse-color-muted, #52606d);
    --_background: var(--lotse-color-background, #ffffff);
    --_surface: var(--lotse-color-surface, #f5f7fa);
    --_border: var(--lotse-color-border, #7b8794);
    --_danger: var(--lotse-color-danger, #b3261e);
    --_success: var(--lotse-color-success, #1e6b3a);
    --_radius: var(--lotse-radius, 0.5rem);
    --_space: var(--lotse-spacing, 0.5rem);
    --_shadow: var(--lotse-shadow, 0 0.25rem 1.5rem rgb(0 0 0 / 0.18));

    display: block;
    box-sizing: border-box;
    color: var(--_text);
    font-family: var(--lotse-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    font-size: var(--lotse-font-size, 1rem);
    line-height: 1.5;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  [hidden] {
    display: none !important;
  }
  :focus-visible {
    outline: 3px solid var(--_primary);
    outline-offset: 2px;
  }
  /* Read by screen readers, invisible on screen. */
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    padding: 0;
    margin: -1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  /* Quick exit: visible at first glance, at the top of the widget, in the inline-end corner. */
  .quick-exit-bar {
    display: flex;
    justify-content: flex-end;
    margin-block-end: var(--_space);
  }
  button.quick-exit {
    font: inherit;
    font-weight: 600;
    cursor: pointer;
    min-height: 2.75rem;
    padding: calc(var(--_space) * 0.5) calc(var(--_space) * 1.5);
    border-radius: var(--_radius);
    border: 2px solid var(--_text);
    background: var(--_background);
    color: var(--_text);
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation-duration: 0.01ms !important;
      transition-duration: 0.01ms !important;
    }
  }
`;

/** Elements that re-render when the page's language (`<html lang>`) or the browser's changes. */
const languageListeners = new Set<LotseElement>();
let languageObserver: MutationObserver | undefined;

function watchLanguage(element: LotseElement): void {
  languageListeners.add(element);
  if (languageObserver || typeof document === 'undefined') return;
  const notify = () => languageListeners.forEach((el) => el.requestUpdate());
  languageObserver = new MutationObserver(notify);
  languageObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
  window.addEventListener('languagechange', notify);
}

export interface EmitOptions {
  /** Lets the host page veto with `preventDefault()`; `emit` then returns false. @default false */
  cancelable?: boolean;
}

export abstract class LotseElement extends LitElement {
  static override styles: CSSResultGroup = baseStyles;

  /** The organisation's public key (`pk_…`). */
  @property({ reflect: true }) org = '';

  /** `de` or `en`; left out, the page's and then the browser's language decide. */
  @property({ reflect: true }) override lang!: string;

  /** Base URL of the Lotse API; left out, the origin (and path prefix) the bundle was loaded from. */
  @property({ attribute: 'api' }) apiBase = '';

  /** The locale this widget renders in now. */
  get locale(): Locale {
    return resolveLocale(this);
  }

  /**
   * The language to ask the organisation's own texts in (services, topics, form fields): the widget's
   * `lang`, else the page's, else the browser's, and unlike {@link locale} also one the widget's own
   * texts lack (`tr`). The server answers texts nobody entered in it in the organisation's default.
   */
  get contentLang(): string {
    const tag = (this.lang || document.documentElement.lang || navigator.language).toLowerCase().split(/[-_]/)[0];
    return /^[a-z]{2,3}$/.test(tag!) ? tag! : this.locale;
  }

  /** The shared API client for this widget's organisation and API. */
  get api(): ApiClient {
    const api = apiClient({ org: this.org, baseUrl: this.apiBase || undefined });
    // The client is shared by the page's widgets: field messages come in the language of the one asking.
    api.language = () => this.locale;
    return api;
  }

  /** The organisation's quick exit, once known; null while off or unknown. See {@link renderQuickExit}. */
  @state() protected quickExit: QuickExit | null = null;

  override connectedCallback(): void {
    super.connectedCallback();
    watchLanguage(this);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if ((changed.has('org') || changed.has('apiBase')) && this.org) {
      const api = this.api;
      void loadQuickExit(api).then((target) => {
        if (api !== this.api) return; // org or API changed meanwhile
        this.quickExit = target;
        if (target) armEscapeShortcut(target);
      });
    }
  }

  /**
   * The "leave this page" button when the organisation turned the quick exit on (nothing otherwise);
   * widgets put it first in their content, so it is the first thing to reach by keyboard.
   * @csspart quick-exit - The "leave this page" button.
   */
  protected renderQuickExit(): TemplateResult | typeof nothing {
    const target = this.quickExit;
    if (!target) return nothing;
    const t = baseMessages.for(this.locale);
    return html`<div class="quick-exit-bar">
      <button
        type="button"
        class="quick-exit"
        part="quick-exit"
        title=${t.quickExitHint}
        @click=${() => quickExit(target)}
      >
        ${t.quickExit}
      </button>
    </div>`;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    languageListeners.delete(this);
  }

  /**
   * Dispatches a bubbling, composed (crosses shadow roots) `CustomEvent` named `lotse-<name>`
   * (a name already starting with `lotse-` is kept), e.g. `this.emit('booking-confirmed', { id })`.
   * @returns false when the event was cancelable and the host page called `preventDefault()`.
   */
  protected emit<T>(name: string, detail?: T, options: EmitOptions = {}): boolean {
    const type = name.startsWith('lotse-') ? name : `lotse-${name}`;
    return this.dispatchEvent(
      new CustomEvent<T | undefined>(type, {
        detail,
        bubbles: true,
        composed: true,
        cancelable: options.cancelable ?? false,
      }),
    );
  }
}

/**
 * Registers a widget's custom element unless the tag is taken already (e.g. the bundle was included
 * twice on a page): `defineElement('lotse-booking', LotseBooking)`. Prefer it to `@customElement`, which throws then.
 */
export function defineElement(tag: `lotse-${string}`, ctor: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, ctor);
}
