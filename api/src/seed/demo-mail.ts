/**
 * Demo mail-counselling data, so the demo page's `<lotse-mail-form>` offers a choice and the demo client
 * finds an answered request after logging in: Anna takes up to ten open requests, Jonas any number, the
 * admin (the fallback counsellor) none by routing; one request of `sonnenblume` to Anna with her answer.
 * Built through the module's own services (as the staff members and the client), so it obeys the same
 * rules as the API.
 */
import type { Viewer } from '../shared/auth/tokens.js';
import { MailAvailability } from '../modules/mail-counselling/mail-availability.js';
import { setMailAvailability } from '../modules/mail-counselling/availability.service.js';
import { MailSubmitService } from '../modules/mail-counselling/submit.service.js';
import { MailThreadService } from '../modules/mail-counselling/thread.service.js';
import type { DemoSeed } from './module-seeds.js';
import { seedViewer } from './seed-viewer.js';

export const seedDemoMail: DemoSeed = async ({ app, em, org, admin, counsellors, client }) => {
  const [anna, jonas] = counsellors;
  if (!anna || !jonas) return;
  const as = (accountId: string, kind: Viewer['kind'], role: Viewer['role']) =>
    seedViewer(org.id, accountId, kind, role);
  const adminViewer = as(admin.id, 'STAFF', 'ADMIN');
  await setMailAvailability(em, adminViewer, {
    counsellorId: anna.id,
    availability: MailAvailability.CAPACITY,
    capacity: 10,
  });
  await setMailAvailability(em, adminViewer, {
    counsellorId: jonas.id,
    availability: MailAvailability.UNLIMITED,
    capacity: null,
  });
  await setMailAvailability(em, adminViewer, {
    counsellorId: admin.id,
    availability: MailAvailability.NONE,
    capacity: null,
  });

  const request = await new MailSubmitService(em, app, app.log).submitAsClient(as(client.id, 'CLIENT', 'CLIENT'), {
    subject: 'Wie kann ich mit meiner Schwester wieder ins Gespräch kommen?',
    message:
      'Hallo,\n\nmeine Schwester und ich haben seit einem Streit im Frühjahr kaum noch Kontakt. Ich würde das gern ändern, weiß aber nicht, wie ich anfangen soll, ohne dass es gleich wieder eskaliert.\n\nViele Grüße\nsonnenblume',
    counsellorId: anna.id,
    topicId: null,
    requestData: [{ key: 'ageGroup', value: '27–40' }],
  });
  await new MailThreadService(em, app, app.log).answer(
    as(request.counsellor?.id ?? anna.id, 'STAFF', 'COUNSELLOR'),
    request.id,
    'Hallo sonnenblume,\n\ndanke, dass Sie uns schreiben. Dass Sie den ersten Schritt machen möchten, ist schon viel wert. Ein kurzer, freundlicher Gruß ohne Rückblick auf den Streit kann ein guter Anfang sein – zum Beispiel eine Nachricht zu einem Anlass, der Ihnen beiden wichtig ist.\n\nMögen Sie mir erzählen, wie der Kontakt vor dem Streit war? Dann überlegen wir gemeinsam, was passen könnte.\n\nHerzliche Grüße\nAnna',
  );
};
