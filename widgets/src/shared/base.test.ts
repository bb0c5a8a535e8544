import { afterEach, describe, expect, it } from 'vitest';
import { html, css } from 'lit';
import { customElement } from 'lit/decorators.js';
import { defineElement, LotseElement } from './base.js';
import { defineMessages } from './i18n.js';
import { axeViolations, nextEvent } from './testing.js';

const messages = defineMessages({
  de: { hello: 'Hallo', send: 'Senden' },
  en: { hello: 'Hello', send: 'Send' },
});

@customElement('lotse-test-widget')
class TestWidget extends LotseElement {
  static override styles = [
    LotseElement.styles,
    css`
      button {
        background: var(--_primary);
        color: var(--_on-primary);
      }
    `,
  ];

  override render() {
    const t = messages.for(this.locale);
    return html`<div lang=${this.locale}>
      <p>${t.hello}</p>
      <button @click=${() => this.emit('test-sent', { at: 1 })}>${t.send}</button>
      <span class="visually-hidden">${t.hello}</span>
    </div>`;
  }

  /** Exposed for the tests. */
  fire(name: string, detail?: unknown, cancelable = false): boolean {
    return this.emit(name, detail, { cancelable });
  }
}

const pageLang = document.documentElement.lang;
afterEach(() => {
  document.body.replaceChildren();
  document.documentElement.lang = pageLang;
});

async function mount(markup: string): Promise<TestWidget> {
  const host = document.createElement('div');
  host.innerHTML = markup;
  document.body.append(host);
  const el = host.querySelector('lotse-test-widget') as TestWidget;
  await el.updateComplete;
  return el;
}

describe('LotseElement', () => {
  it('renders into its shadow root, not the light DOM', async () => {
    const el = await mount('<lotse-test-widget org="pk_test" lang="de"></lotse-test-widget>');
    expect(el.shadowRoot).toBeTruthy();
    expect(el.shadowRoot!.querySelector('p')!.textContent).toBe('Hallo');
    expect(el.children).toHaveLength(0);
    expect(document.querySelector('p')).toBeNull();
  });

  it('takes org, lang and api from attributes', async () => {
    const el = await mount('<lotse-test-widget org="pk_x" lang="en" api="https://lotse.example/"></lotse-test-widget>');
    expect(el.org).toBe('pk_x');
    expect(el.lang).toBe('en');
    expect(el.locale).toBe('en');
    expect(el.api.org).toBe('pk_x');
    expect(el.api.baseUrl).toBe('https://lotse.example');
    expect(el.api.url('/graphql')).toBe('https://lotse.example/graphql?org=pk_x');
  });

  it("follows the page's language when it has no lang of its own, also when the page switches", async () => {
    document.documentElement.lang = 'en';
    const el = await mount('<lotse-test-widget org="pk_test"></lotse-test-widget>');
    expect(el.hasAttribute('lang')).toBe(false);
    expect(el.shadowRoot!.querySelector('p')!.textContent).toBe('Hello');
    document.documentElement.lang = 'de';
    // The MutationObserver reports after the current task.
    await new Promise((r) => setTimeout(r, 0));
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('p')!.textContent).toBe('Hallo');
    expect(el.shadowRoot!.querySelector('div')!.getAttribute('lang')).toBe('de');
  });

  it('reflects a lang set as a property, so the language is announced', async () => {
    const el = await mount('<lotse-test-widget org="pk_test"></lotse-test-widget>');
    el.lang = 'en';
    await el.updateComplete;
    expect(el.getAttribute('lang')).toBe('en');
    expect(el.shadowRoot!.querySelector('button')!.textContent).toBe('Send');
  });

  it('dispatches prefixed events that bubble out of shadow roots', async () => {
    // The widget inside another component's shadow root, as on a page built with web components.
    const outer = document.createElement('div');
    document.body.append(outer);
    const shadow = outer.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<lotse-test-widget org="pk_test"></lotse-test-widget>';
    const el = shadow.querySelector('lotse-test-widget') as TestWidget;
    await el.updateComplete;

    const seen: CustomEvent[] = [];
    document.addEventListener('lotse-test-sent', (e) => seen.push(e as CustomEvent), { once: true });
    el.shadowRoot!.querySelector('button')!.click();

    expect(seen).toHaveLength(1);
    expect(seen[0]!.detail).toEqual({ at: 1 });
    expect(seen[0]!.bubbles).toBe(true);
    expect(seen[0]!.composed).toBe(true);
    // Retargeted to the outermost host the listener can see.
    expect(seen[0]!.target).toBe(outer);
  });

  it('keeps an already prefixed name and lets the host page veto cancelable events', async () => {
    const el = await mount('<lotse-test-widget org="pk_test"></lotse-test-widget>');
    const veto = (e: Event) => e.preventDefault();
    document.addEventListener('lotse-booking-request-cancel', veto);
    try {
      expect(el.fire('lotse-booking-request-cancel', null, true)).toBe(false);
      expect(el.fire('booking-request-cancel', null, false)).toBe(true);
    } finally {
      document.removeEventListener('lotse-booking-request-cancel', veto);
    }
    expect(el.fire('nobody-listens', null, true)).toBe(true);
  });

  it('takes its theme from CSS custom properties of the host page', async () => {
    const el = await mount(
      '<lotse-test-widget org="pk_test" style="--lotse-color-primary: rgb(200, 0, 100); --lotse-font-family: serif"></lotse-test-widget>',
    );
    const button = el.shadowRoot!.querySelector('button')!;
    expect(getComputedStyle(button).backgroundColor).toBe('rgb(200, 0, 100)');
    expect(getComputedStyle(el).fontFamily).toBe('serif');

    const plain = await mount('<lotse-test-widget org="pk_test"></lotse-test-widget>');
    expect(getComputedStyle(plain.shadowRoot!.querySelector('button')!).backgroundColor).toBe('rgb(11, 95, 115)');
  });

  it('passes axe-core, shadow DOM included, and the testing helpers see its events', async () => {
    const el = await mount('<lotse-test-widget org="pk_test" lang="en"></lotse-test-widget>');
    expect(await axeViolations(el)).toEqual([]);
    // …and axe does look into shadow roots:
    const broken = document.createElement('div');
    document.body.append(broken);
    broken.attachShadow({ mode: 'open' }).innerHTML = '<img src="data:,">';
    expect((await axeViolations(broken)).map((v) => v.id)).toContain('image-alt');

    const sent = nextEvent(el, 'lotse-test-sent');
    el.shadowRoot!.querySelector('button')!.click();
    expect((await sent).detail).toEqual({ at: 1 });
  });

  it('defineElement registers a tag once and ignores a second registration', () => {
    class A extends LotseElement {}
    class B extends LotseElement {}
    defineElement('lotse-test-defined', A);
    expect(() => defineElement('lotse-test-defined', B)).not.toThrow();
    expect(customElements.get('lotse-test-defined')).toBe(A);
  });

  it('hides visually-hidden text from sight but not from the accessibility tree', async () => {
    const el = await mount('<lotse-test-widget org="pk_test" lang="de"></lotse-test-widget>');
    const hidden = el.shadowRoot!.querySelector('.visually-hidden') as HTMLElement;
    const box = hidden.getBoundingClientRect();
    expect(box.width).toBeLessThanOrEqual(1);
    expect(box.height).toBeLessThanOrEqual(1);
    expect(getComputedStyle(hidden).display).not.toBe('none');
    expect(getComputedStyle(hidden).visibility).not.toBe('hidden');
  });
});
