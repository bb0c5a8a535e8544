/**
 * `<lotse-command-palette>`: Ctrl+K (Cmd+K on a Mac) opens a dialog to go anywhere and do the common
 * things by keyboard: every screen of the navigation, the presence status, the language, logging out,
 * and mail requests found by pseudonym, client number or subject (as the API lets the viewer see them).
 *
 * A combobox (input) with a listbox of options: arrow keys move, Enter runs, Escape closes; the focus
 * returns to where it was. Ctrl/Cmd+K, never Alt/Option (on German keyboards Alt types "@" and more).
 */
import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { defineMessages } from '../../../widgets/src/shared/i18n.js';
import { graphql } from '../gql/index.js';
import { DashboardElement, defineDashboardElement } from '../shared/element.js';
import { navigate } from '../shared/navigate.js';
import { mailFormat } from '../mail/mail.format.js';
import { paletteStyles } from './command-palette.styles.js';

const FIND_REQUESTS = graphql(`
  query DashboardPaletteRequests($search: String!) {
    mailRequests(filter: { search: $search }, page: { first: 5 }) {
      edges {
        node {
          id
          subject
          status
          client {
            id
            pseudonym
          }
        }
      }
    }
  }
`);

const messages = defineMessages({
  de: {
    title: 'Befehle',
    label: 'Wohin oder was tun?',
    placeholder: 'Bildschirm, Befehl oder Anfrage suchen …',
    request: (subject: string, who: string, status: string) => `Anfrage: ${subject} (${who}, ${status})`,
    none: 'Nichts gefunden.',
    hint: 'Pfeiltasten wählen, Eingabe ausführt, Escape schließt.',
    close: 'Schließen',
  },
  en: {
    title: 'Commands',
    label: 'Where to, or what to do?',
    placeholder: 'Search screens, commands or requests …',
    request: (subject: string, who: string, status: string) => `Request: ${subject} (${who}, ${status})`,
    none: 'Nothing found.',
    hint: 'Arrow keys choose, Enter runs, Escape closes.',
    close: 'Close',
  },
});

/** One thing the palette offers. */
export interface Command {
  id: string;
  label: string;
  run(): void | Promise<void>;
}

/** Waits this long after typing before asking the API for matching requests. */
const SEARCH_DEBOUNCE_MS = 200;

export class LotseCommandPalette extends DashboardElement {
  static override styles = [DashboardElement.styles, paletteStyles];

  /** The fixed commands (screens, presence, language, logout), supplied by the shell. */
  @property({ attribute: false }) commands: () => Command[] = () => [];

  @state() private query = '';
  @state() private active = 0;
  @state() private found: Command[] = [];

  private returnFocus: HTMLElement | null = null;
  private searchTimer: ReturnType<typeof setTimeout> | undefined;
  private searchGeneration = 0;

  private readonly onKey = (event: KeyboardEvent) => {
    if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 'k') {
      event.preventDefault();
      if (this.dialog?.open) this.close();
      else this.open();
    }
  };

  private get dialog(): HTMLDialogElement | null {
    return this.renderRoot.querySelector('dialog');
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('keydown', this.onKey);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('keydown', this.onKey);
    clearTimeout(this.searchTimer);
  }

  /** Opens the palette (also for a button in the header). */
  open(): void {
    this.returnFocus = deepActiveElement();
    this.query = '';
    this.found = [];
    this.active = 0;
    this.dialog?.showModal();
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLInputElement>('input')?.focus());
  }

  close(): void {
    this.dialog?.close();
  }

  private onClosed() {
    clearTimeout(this.searchTimer);
    this.returnFocus?.focus();
    this.returnFocus = null;
  }

  private get options(): Command[] {
    const words = this.query.toLowerCase().split(/\s+/).filter(Boolean);
    const fixed = this.commands().filter((c) => words.every((w) => c.label.toLowerCase().includes(w)));
    return [...fixed, ...this.found];
  }

  override render() {
    const t = messages.for(this.locale);
    const matches = this.options;
    const active = Math.min(this.active, Math.max(0, matches.length - 1));
    return html`<dialog aria-labelledby="palette-title" @close=${this.onClosed} lang=${this.locale}>
      <h2 id="palette-title" class="visually-hidden">${t.title}</h2>
      <label for="palette-input">${t.label}</label>
      <input
        id="palette-input"
        type="text"
        role="combobox"
        autocomplete="off"
        aria-expanded="true"
        aria-controls="palette-options"
        aria-autocomplete="list"
        aria-activedescendant=${matches.length ? `palette-option-${active}` : nothing}
        placeholder=${t.placeholder}
        .value=${this.query}
        @input=${this.onInput}
        @keydown=${this.onInputKey}
      />
      <ul id="palette-options" role="listbox" aria-label=${t.title} class="plain">
        ${matches.map(
          (c, i) =>
            html`<li
              id="palette-option-${i}"
              role="option"
              aria-selected=${i === active ? 'true' : 'false'}
              @click=${() => void this.run(c)}
            >
              ${c.label}
            </li>`,
        )}
      </ul>
      ${matches.length ? nothing : html`<p class="muted" role="status">${t.none}</p>`}
      <p class="hint muted">${t.hint}</p>
      <button type="button" class="close" @click=${() => this.close()}>${t.close}</button>
    </dialog>`;
  }

  private onInput(event: Event) {
    this.query = (event.target as HTMLInputElement).value;
    this.active = 0;
    clearTimeout(this.searchTimer);
    const search = this.query.trim();
    this.found = [];
    if (search.length < 2) return;
    this.searchTimer = setTimeout(() => void this.searchRequests(search), SEARCH_DEBOUNCE_MS);
  }

  private async searchRequests(search: string) {
    const generation = ++this.searchGeneration;
    const result = await this.api.request(FIND_REQUESTS, { search });
    if (generation !== this.searchGeneration || !result.data) return;
    const t = messages.for(this.locale);
    const f = mailFormat.for(this.locale);
    this.found = result.data.mailRequests.edges.map(({ node }) => ({
      id: `request-${node.id}`,
      label: t.request(node.subject, node.client.pseudonym, f.status(node.status)),
      run: () => navigate(`/dashboard/mail-requests/${node.id}`),
    }));
  }

  private onInputKey(event: KeyboardEvent) {
    const count = this.options.length;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!count) return;
      this.active = (Math.min(this.active, count - 1) + (event.key === 'ArrowDown' ? 1 : count - 1)) % count;
      void this.updateComplete.then(() =>
        this.renderRoot.querySelector(`#palette-option-${this.active}`)?.scrollIntoView({ block: 'nearest' }),
      );
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const command = this.options[Math.min(this.active, count - 1)];
      if (command) void this.run(command);
    }
  }

  private async run(command: Command) {
    // Close first: a navigation moves the focus to the new screen's heading.
    this.returnFocus = null;
    this.close();
    await command.run();
  }
}

/** The focused element, looking into shadow roots. */
function deepActiveElement(): HTMLElement | null {
  let el = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el as HTMLElement | null;
}

defineDashboardElement('lotse-command-palette', LotseCommandPalette);
