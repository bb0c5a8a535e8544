/**
 * Demo text templates, so the "Textbaustein einfügen" button has something to offer: three of the
 * organisation (a greeting, how an appointment works, addresses of local services) and one of Anna's
 * own. Made through the module's service (as the admin and as Anna), so they obey the API's rules.
 */
import { TextTemplateScope } from '../modules/text-templates/text-templates.entity.js';
import { TextTemplatesService } from '../modules/text-templates/text-templates.service.js';
import type { DemoSeed } from './module-seeds.js';
import { seedViewer } from './seed-viewer.js';

export const seedDemoTextTemplates: DemoSeed = async ({ em, org, admin, counsellors }) => {
  const service = new TextTemplatesService(em);
  const asAdmin = seedViewer(org.id, admin.id, 'STAFF', 'ADMIN');
  const ORG = TextTemplateScope.ORGANISATION;
  await service.create(asAdmin, {
    scope: ORG,
    title: 'Begrüßung',
    body: 'Guten Tag {{pseudonym}},\n\nvielen Dank für Ihre Nachricht und Ihr Vertrauen.',
  });
  await service.create(asAdmin, {
    scope: ORG,
    title: 'Ablauf eines Termins',
    body:
      'So läuft ein Termin bei uns ab: Sie buchen über unsere Website einen freien Termin und erhalten eine Bestätigung ' +
      'per E-Mail. Das Gespräch dauert etwa 50 Minuten und ist kostenlos und vertraulich. Wenn Sie den Termin nicht ' +
      'wahrnehmen können, sagen Sie ihn bitte über den Link in der Bestätigung ab.',
  });
  await service.create(asAdmin, {
    scope: ORG,
    title: 'Hilfe in akuten Krisen',
    body:
      'Wenn Sie sich in einer akuten Krise befinden, erreichen Sie die TelefonSeelsorge rund um die Uhr kostenlos ' +
      'unter 0800 111 0 111 oder 0800 111 0 222. Im Notfall wählen Sie bitte die 112.',
  });
  const [anna] = counsellors;
  if (!anna) return;
  await service.create(seedViewer(org.id, anna.id, 'STAFF', 'COUNSELLOR'), {
    scope: TextTemplateScope.PERSONAL,
    title: 'Abschied',
    body: 'Ich wünsche Ihnen bis dahin alles Gute.\n\nHerzliche Grüße\n{{counsellor}}',
  });
};
