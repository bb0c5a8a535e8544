import { afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { commands } from 'vitest/browser';
import { LitElement, html } from 'lit';
import { customElement } from 'lit/decorators.js';
import { ApiClient } from './api.js';
import { SubscriptionController, type SubscriptionStatus } from './subscriptions.js';
import { MAX_RETRY_DELAY_MS, retryDelay } from './socket.js';
import { testDocument } from './testing.js';

const baseUrl = inject('lotseUrl');

/**
 * The API has no subscription type yet that every organisation can use, so these tests subscribe to an
 * operation the API refuses after accepting the connection: reaching that refusal shows the socket was
 * opened and authenticated. (Widgets with real subscriptions test delivery and resume themselves.)
 */
const REFUSED = testDocument<{ __typename: string }>('subscription WidgetTestRefused { __typename }');

@customElement('lotse-test-subscriber')
class Subscriber extends LitElement {
  api!: ApiClient;
  statuses: SubscriptionStatus[] = [];
  sub = new SubscriptionController(this, {
    client: () => this.api,
    document: REFUSED,
    onStatus: (s) => this.statuses.push(s),
  });
  override render() {
    return html`<p>${this.sub.status}</p>`;
  }
}

function mount(api: ApiClient): Subscriber {
  const el = document.createElement('lotse-test-subscriber') as Subscriber;
  el.api = api;
  document.body.append(el);
  return el;
}

async function until(check: () => boolean, timeoutMs = 10_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > end) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 20));
  }
}

let org: { id: string; publicKey: string };
beforeAll(async () => {
  org = await commands.lotseOrganisation();
});
afterEach(() => {
  document.body.replaceChildren();
  localStorage.clear();
});

describe('retryDelay', () => {
  it('retries at once first, then backs off exponentially up to a cap, with jitter', () => {
    for (let i = 0; i < 20; i++) {
      expect(retryDelay(0)).toBeLessThan(1_000);
      expect(retryDelay(1)).toBeGreaterThanOrEqual(750);
      expect(retryDelay(1)).toBeLessThanOrEqual(1_250);
      expect(retryDelay(3)).toBeGreaterThanOrEqual(3_000);
      expect(retryDelay(50)).toBeLessThanOrEqual(MAX_RETRY_DELAY_MS * 1.25);
    }
  });
});

describe('SubscriptionController', () => {
  it('connects anonymously and reports a refused subscription as an error', async () => {
    const api = new ApiClient({ baseUrl, org: org.publicKey });
    const el = mount(api);
    await until(() => el.sub.status === 'error');
    expect(el.statuses[0]).toBe('connecting');
    expect(el.sub.error?.message).toMatch(/subscription/i);
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).toContain('error');
  });

  it('refreshes a token the API refuses at connect and subscribes again with the new one', async () => {
    const client = await commands.lotseAccount({ organisationId: org.id });
    const tokens = await commands.lotseLogin({ loginName: client.loginName });
    let refreshes = 0;
    const api = new ApiClient({
      baseUrl,
      org: org.publicKey,
      fetch: (input, init) => {
        if (String(init?.body).includes('refreshSession')) refreshes++;
        return fetch(input, init);
      },
    });
    // Looks valid for ten minutes, but the API refuses it: the socket is closed with 4403.
    const future = new Date(Date.now() + 600_000).toISOString();
    api.setSession({
      accessToken: 'not.a-valid.token',
      refreshToken: tokens.refreshToken,
      accessTokenExpiresAt: future,
    });

    const el = mount(api);
    await until(() => el.sub.status === 'error');
    expect(refreshes).toBe(1);
    expect(api.session?.accessToken).not.toBe('not.a-valid.token');
    expect(el.statuses).toContain('reconnecting');
    expect(el.sub.error?.message).toMatch(/subscription/i);
  });

  it('replaces an open socket when the session changes', async () => {
    const client = await commands.lotseAccount({ organisationId: org.id });
    const tokens = await commands.lotseLogin({ loginName: client.loginName });
    const api = new ApiClient({ baseUrl, org: org.publicKey });
    const states: string[] = [];
    api.ws.addEventListener('state', () => states.push(api.ws.state));
    const el = mount(api);
    await until(() => el.sub.status === 'error');
    // The socket lingers a few seconds after its last subscription (lazyCloseTimeout).
    expect(api.ws.state).toBe('connected');
    api.setSession(tokens);
    await until(() => api.ws.state === 'closed', 2_000);
    expect(states).toEqual(['connecting', 'connected', 'closed']);
  });

  it('keeps trying with backoff while the API is unreachable, and stops when the host leaves the page', async () => {
    const api = new ApiClient({ baseUrl: 'http://127.0.0.1:65535', org: org.publicKey });
    const el = mount(api);
    await until(() => el.sub.status === 'reconnecting');
    expect(el.statuses.slice(0, 2)).toEqual(['connecting', 'reconnecting']);
    el.remove();
    expect(el.sub.status).toBe('idle');
    const seen = el.statuses.length;
    await new Promise((r) => setTimeout(r, 1_500));
    expect(el.statuses.length).toBe(seen);
  });

  it('stays idle while variables() says there is nothing to subscribe to', async () => {
    const api = new ApiClient({ baseUrl, org: org.publicKey });
    const host = mount(api);
    const idle = new SubscriptionController(host, { client: () => api, document: REFUSED, variables: () => null });
    host.remove();
    document.body.append(host);
    expect(idle.status).toBe('idle');
    idle.restart();
    expect(idle.status).toBe('idle');
  });
});

/** A connection driven by hand: the socket is open; each subscription's sink is kept. */
class OpenConnection extends EventTarget {
  state = 'connected';
  sinks: { error: (err: unknown) => void }[] = [];
  subscribe(_payload: unknown, sink: { error: (err: unknown) => void }) {
    this.sinks.push(sink);
    return () => {};
  }
  async wait(): Promise<void> {}
}

@customElement('lotse-test-resubscriber')
class Resubscriber extends LitElement {
  connection = new OpenConnection();
  sub = new SubscriptionController(this, {
    client: () => ({ ws: this.connection }) as unknown as ApiClient,
    document: REFUSED,
  });
}

describe('SubscriptionController after a retry', () => {
  it('is connected again once it resubscribed on a socket that is already open', async () => {
    const el = document.createElement('lotse-test-resubscriber') as Resubscriber;
    document.body.append(el);
    expect(el.sub.status).toBe('connected');
    // The connection dropped and came back before this subscription's retry (another one reopened it).
    el.connection.sinks[0]!.error(new CloseEvent('close', { code: 1006 }));
    await until(() => el.connection.sinks.length === 2);
    expect(el.sub.status).toBe('connected');
  });
});
