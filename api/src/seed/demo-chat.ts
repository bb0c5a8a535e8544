/**
 * Demo chat data, so the demo page's `<lotse-chat>` has someone to talk to: Anna and Jonas chat as
 * ONLINE, so either is shown online (and gets new chats) while logged in to the dashboard; the admin,
 * the fallback for mail requests, appears offline in the chat. The demo client `sonnenblume` has a
 * short conversation with Anna to find after logging in through the chat bubble.
 * Streams and messages are made through the chat module's services (as the client and Anna), so they
 * obey the same rules as the API.
 */
import type { Viewer } from '../shared/auth/tokens.js';
import { PresenceStatus } from '../modules/presence/presence.enums.js';
import { MessagesService } from '../modules/chat/messages.service.js';
import { StreamsService } from '../modules/chat/streams.service.js';
import type { DemoSeed } from './module-seeds.js';
import { seedViewer } from './seed-viewer.js';

export const seedDemoChat: DemoSeed = async ({ app, em, org, admin, counsellors, client }) => {
  const [anna] = counsellors;
  if (!anna) return;
  // The chosen status is a plain field (setPresenceStatus sets it the same way); being shown online
  // also takes a live dashboard connection.
  for (const c of counsellors) c.presenceStatus = PresenceStatus.ONLINE;
  admin.presenceStatus = PresenceStatus.APPEAR_OFFLINE;
  await em.flush();

  const as = (accountId: string, kind: Viewer['kind'], role: Viewer['role']) =>
    seedViewer(org.id, accountId, kind, role);
  const clientViewer = as(client.id, 'CLIENT', 'CLIENT');
  const annaViewer = as(anna.id, 'STAFF', 'COUNSELLOR');
  const stream = await new StreamsService(em, app).open(clientViewer, { counsellorId: anna.id });
  const messages = new MessagesService(em, app);
  const say = (viewer: Viewer, body: string) => messages.send(viewer, { streamId: stream.id, body });
  await say(clientViewer, 'Hallo, ich habe Ihre Antwort auf meine Mail gelesen. Darf ich hier kurz etwas nachfragen?');
  await say(annaViewer, 'Hallo sonnenblume, gern! Ich bin heute bis 16 Uhr im Chat. Was möchten Sie wissen?');
  await say(
    clientViewer,
    'Ich habe meiner Schwester eine kurze Nachricht zum Geburtstag geschrieben. Sie hat geantwortet – und jetzt weiß ich nicht, wie es weitergehen soll.',
  );
  await say(
    annaViewer,
    'Das ist ein schöner erster Schritt! Was hat sie denn geschrieben? Dann überlegen wir zusammen, was eine gute Antwort sein könnte.',
  );
};
