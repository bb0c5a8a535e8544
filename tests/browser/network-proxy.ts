/**
 * A TCP proxy in front of a test server whose "network" can be cut and restored, for browser tests of a
 * lost connection. Chromium's offline emulation (`context.setOffline(true)`) alone leaves open WebSockets
 * running, so a page reaches the server through this proxy, which drops every connection and refuses new
 * ones while it is down; tests set the context offline meanwhile too (the page's `online` event follows).
 */
import net from 'node:net';

export class NetworkProxy {
  private readonly sockets = new Set<net.Socket>();
  private cut = false;
  private server!: net.Server;
  /** The proxy's origin, e.g. `http://127.0.0.1:40123`: open the page here instead of the server's. */
  url = '';

  async start(target: URL): Promise<void> {
    this.server = net.createServer((client) => {
      if (this.cut) return void client.destroy();
      const upstream = net.connect(Number(target.port), target.hostname);
      for (const s of [client, upstream]) {
        this.sockets.add(s);
        s.on('close', () => this.sockets.delete(s));
        s.on('error', () => {
          client.destroy();
          upstream.destroy();
        });
      }
      client.pipe(upstream).pipe(client);
    });
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as net.AddressInfo).port}`;
  }

  /** Every open connection dies and no new one gets through, as when the network is gone. */
  down(): void {
    this.cut = true;
    for (const s of this.sockets) s.destroy();
  }

  up(): void {
    this.cut = false;
  }

  close(): Promise<void> {
    this.down();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}
