/**
 * Organisation settings and topics. Knows nothing of GraphQL: takes the request's EntityManager,
 * the viewer and validated inputs; the organisation always comes from the viewer.
 */
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../shared/auth/tokens.js';
import { badInput, conflict, notFound } from '../../shared/errors.js';
import { AccountStatus } from '../identity/account.entity.js';
import { Counsellor, type LocalizedText } from '../staff/counsellor.entity.js';
import { newPublicKey, Organisation, Topic } from './organisation.entity.js';
import { LIMITS, type UpdateOrganisationData } from './organisation.rules.js';
import { applyTexts, checkLanguages, normaliseContentLanguages } from './content-languages.js';

const topicExists = (name: string) => conflict(`A topic named "${name}" already exists`, 'TOPIC_EXISTS');

/** `LIKE` pattern matching `value` literally. */
const literalLike = (value: string) => value.replace(/[\\%_]/g, (c) => `\\${c}`);

export class OrganisationService {
  constructor(private readonly em: EntityManager) {}

  /** The viewer's organisation. */
  async get(viewer: Viewer): Promise<Organisation> {
    const org = await this.em.findOne(Organisation, viewer.organisationId);
    if (!org) throw notFound('Organisation');
    return org;
  }

  /**
   * Applies validated settings. Every check runs before the first assignment, so a refused update
   * changes nothing.
   */
  async update(viewer: Viewer, data: UpdateOrganisationData): Promise<Organisation> {
    const org = await this.get(viewer);
    let fallback: Counsellor | null | undefined;
    if (data.fallbackCounsellorId === null) fallback = null;
    else if (data.fallbackCounsellorId !== undefined) {
      fallback = await this.em.findOne(Counsellor, {
        id: data.fallbackCounsellorId,
        organisation: viewer.organisationId,
      });
      // Another organisation's counsellor is "not found", never "forbidden".
      if (!fallback) throw notFound('Counsellor');
      if (!fallback.active || fallback.status !== AccountStatus.ACTIVE) {
        throw badInput('The fallback counsellor must be an active staff member', [
          { path: 'fallbackCounsellorId', message: 'Must be an active staff member' },
        ]);
      }
    }

    const { fallbackCounsellorId: _, contact, billingAddress, masterDataFields, contentLanguages, ...plain } = data;
    // The default language is always a content language, first: changing either keeps that true.
    const locale = data.locale ?? org.locale;
    const languages = normaliseContentLanguages(locale, contentLanguages ?? org.contentLanguages ?? []);
    if (masterDataFields) {
      const settings = { locale, contentLanguages: languages };
      masterDataFields.forEach((f, i) =>
        checkLanguages(settings, {
          [`masterDataFields.${i}.labels`]: f.labels,
          [`masterDataFields.${i}.optionLabels`]: f.optionLabels,
        }),
      );
    }

    for (const [key, value] of Object.entries(plain)) {
      if (value !== undefined) (org as unknown as Record<string, unknown>)[key] = value;
    }
    if (contact !== undefined) {
      const { address, ...rest } = contact;
      org.contact = { ...compact(rest), ...(address ? { address: compact(address) } : {}) };
    }
    if (billingAddress !== undefined) org.billingAddress = compact(billingAddress);
    org.contentLanguages = languages;
    if (masterDataFields) {
      org.masterDataFields = masterDataFields.map(({ labels, optionLabels, ...f }) => ({
        ...f,
        labels: applyTexts({ texts: [], defaultText: null }, locale, { list: labels, defaultText: f.label }).texts,
        // The options themselves are the default language's texts (and the values stored in request data).
        optionLabels: [
          ...(f.options.length ? [{ lang: locale, texts: f.options }] : []),
          ...optionLabels.filter((l) => l.lang !== locale),
        ],
      }));
    }
    if (fallback !== undefined) org.fallbackCounsellor = fallback;
    await this.em.flush();
    return org;
  }

  /** A new public key; the old one stops working for widgets at once (CORS within seconds). */
  async regeneratePublicKey(viewer: Viewer): Promise<Organisation> {
    const org = await this.get(viewer);
    org.publicKey = newPublicKey();
    await this.em.flush();
    return org;
  }

  topics(organisationId: string): Promise<Topic[]> {
    return this.em.find(Topic, { organisation: organisationId }, { orderBy: { name: 'asc', id: 'asc' } });
  }

  async createTopic(
    viewer: Viewer,
    data: { name: string; names?: LocalizedText[]; category?: string | null },
  ): Promise<Topic> {
    const organisation = await this.get(viewer);
    checkLanguages(organisation, { names: data.names });
    if ((await this.em.count(Topic, { organisation })) >= LIMITS.topics) {
      throw conflict(`An organisation has at most ${LIMITS.topics} topics`, 'TOPIC_LIMIT');
    }
    await this.assertNameFree(organisation.id, data.name);
    const { texts } = applyTexts({ texts: [], defaultText: null }, organisation.locale, {
      list: data.names,
      defaultText: data.name,
    });
    const topic = this.em.create(Topic, {
      organisation,
      name: data.name,
      names: texts,
      category: data.category ?? null,
    });
    await this.flushTopic(data.name);
    return topic;
  }

  async updateTopic(
    viewer: Viewer,
    data: { id: string; name?: string; names?: LocalizedText[]; category?: string | null },
  ): Promise<Topic> {
    const topic = await this.findTopic(viewer, data.id);
    const org = await this.get(viewer);
    checkLanguages(org, { names: data.names });
    const { texts, defaultText } = applyTexts({ texts: topic.names, defaultText: topic.name }, org.locale, {
      list: data.names,
      defaultText: data.name,
    });
    const name = defaultText ?? topic.name;
    if (name !== topic.name) {
      await this.assertNameFree(viewer.organisationId, name, topic.id);
      topic.name = name;
    }
    topic.names = texts;
    if (data.category !== undefined) topic.category = data.category;
    await this.flushTopic(name);
    return topic;
  }

  async deleteTopic(viewer: Viewer, id: string): Promise<void> {
    const topic = await this.findTopic(viewer, id);
    await this.em.remove(topic).flush();
  }

  private async findTopic(viewer: Viewer, id: string): Promise<Topic> {
    const topic = await this.em.findOne(Topic, { id, organisation: viewer.organisationId });
    if (!topic) throw notFound('Topic');
    return topic;
  }

  /** Topic names are unique per organisation ignoring case ("Sucht" and "sucht" are one topic). */
  private async assertNameFree(organisationId: string, name: string, exceptId?: string): Promise<void> {
    const clash = await this.em.findOne(Topic, {
      organisation: organisationId,
      name: { $ilike: literalLike(name) },
      ...(exceptId ? { id: { $ne: exceptId } } : {}),
    });
    if (clash) throw topicExists(name);
  }

  /** A concurrent insert of the same name loses at the unique index and gets the same CONFLICT. */
  private async flushTopic(name: string): Promise<void> {
    try {
      await this.em.flush();
    } catch (err) {
      if (err instanceof UniqueConstraintViolationException) throw topicExists(name);
      throw err;
    }
  }
}

/** Drops empty parts so stored JSON only holds what was given. */
function compact<T extends object>(value: T): { [K in keyof T]?: NonNullable<T[K]> } {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== null && v !== undefined)) as never;
}
