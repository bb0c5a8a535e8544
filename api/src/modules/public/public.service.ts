/**
 * Public (no login) reads for widgets. Each answer maps entities to the public types field by field,
 * so an internal column can only leak by someone adding it here.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppServices } from '../../shared/app.js';
import { notFound } from '../../shared/errors.js';
import { AccountStatus } from '../identity/account.entity.js';
import { Organisation, Topic } from '../organisation/organisation.entity.js';
import { Counsellor } from '../staff/counsellor.entity.js';
import { fileUrl } from '../files/file-url.js';
import type { PublicCounsellor, PublicOrganisation } from './public.types.js';
import { contentLanguage, localize, localizeList } from '../organisation/content-languages.js';

/** Active counsellors an organisation may have is bounded by its licence; this bounds the answer anyway. */
const MAX_COUNSELLORS = 500;

export class PublicService {
  constructor(
    private readonly em: EntityManager,
    private readonly app: Pick<AppServices, 'publicUrl'>,
  ) {}

  /** The organisation with this public key, or NOT_FOUND. */
  async organisationByKey(key: string): Promise<Organisation> {
    const org = await this.em.findOne(Organisation, { publicKey: key, suspendedAt: null });
    if (!org) throw notFound('Organisation');
    return org;
  }

  /** Two SQL statements: the organisation, its topics. Texts in `lang` where entered in it. */
  async organisation(key: string, lang: string | null = null): Promise<PublicOrganisation> {
    const org = await this.organisationByKey(key);
    const language = contentLanguage(org, lang);
    const topics = await this.em.find(Topic, { organisation: org.id }, { orderBy: { name: 'asc', id: 'asc' } });
    return {
      name: org.name,
      publicKey: org.publicKey,
      locale: org.locale,
      timezone: org.timezone,
      contentLanguages: org.contentLanguages,
      topics: topics.map((t) => ({ id: t.id, name: localize(t.names, language, t.name) })),
      mailFormFields: org.masterDataFields
        .filter((f) => f.askInMailForm)
        .map((f) => ({
          key: f.key,
          label: localize(f.labels, language, f.label),
          type: f.type,
          options: f.options,
          optionLabels: localizeList(f.optionLabels, language, f.options),
          askInMailForm: true,
        })),
      contact: { website: org.contact.website ?? null, phone: org.contact.phone ?? null },
      // Rows written before the setting existed have the column default; only an enabled one has a URL.
      quickExit:
        org.quickExit?.enabled && org.quickExit.url
          ? { enabled: true, url: org.quickExit.url }
          : { enabled: false, url: null },
    };
  }

  /** Active counsellors who can log in, by display name. Two SQL statements whatever their number. */
  async counsellors(key: string): Promise<PublicCounsellor[]> {
    const org = await this.organisationByKey(key);
    const rows = await this.em.find(
      Counsellor,
      { organisation: org.id, active: true, status: AccountStatus.ACTIVE },
      { orderBy: { displayName: 'asc', id: 'asc' }, limit: MAX_COUNSELLORS },
    );
    return rows.map((c) => ({
      id: c.id,
      displayName: c.displayName,
      // The avatar is a reference: its id is on the account row, no extra query.
      avatarUrl: c.avatar ? fileUrl(this.app, c.avatar.id) : null,
      languages: c.languages ?? [],
      descriptions: c.descriptions ?? [],
      onlyRegularClients: c.onlyRegularClients ?? false,
    }));
  }
}
