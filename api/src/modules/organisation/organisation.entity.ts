import { randomBytes } from 'node:crypto';
import { Entity, Enum, ManyToOne, Property, Unique, type Opt } from '@mikro-orm/core';
import { Authorized, Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity } from '../../shared/base.entity.js';
import { LocalizedText, type Counsellor } from '../staff/counsellor.entity.js';

export enum OpennessLevel {
  VERY_OPEN = 'VERY_OPEN',
  OPEN = 'OPEN',
  RESTRICTED = 'RESTRICTED',
  STRONGLY_RESTRICTED = 'STRONGLY_RESTRICTED',
}
registerEnumType(OpennessLevel, {
  name: 'OpennessLevel',
  description: 'Who may take over drafts of colleagues: admins always; counsellors only in VERY_OPEN and OPEN.',
});

export enum VideoProvider {
  PLATFORM = 'PLATFORM',
  EXTERNAL = 'EXTERNAL',
}
registerEnumType(VideoProvider, { name: 'VideoProvider' });

export enum MasterDataFieldType {
  TEXT = 'TEXT',
  NUMBER = 'NUMBER',
  SELECT = 'SELECT',
}
registerEnumType(MasterDataFieldType, { name: 'MasterDataFieldType' });

/** Stored as JSON on the organisation. */
@ObjectType()
export class PostalAddress {
  @Field(() => String, { nullable: true }) name?: string;
  @Field(() => String, { nullable: true }) street?: string;
  @Field(() => String, { nullable: true }) postcode?: string;
  @Field(() => String, { nullable: true }) city?: string;
  @Field(() => String, { nullable: true }) country?: string;
}

@ObjectType()
export class ContactData {
  @Field(() => String, { nullable: true }) contactPerson?: string;
  @Field(() => String, { nullable: true }) email?: string;
  @Field(() => String, { nullable: true }) phone?: string;
  @Field(() => String, { nullable: true }) website?: string;
  @Field(() => PostalAddress, { nullable: true }) address?: PostalAddress;
}

/** A list of texts in one language, e.g. a SELECT field's options (parallel to `options`). */
@ObjectType()
export class LocalizedTextList {
  @Field(() => String, { description: 'BCP 47 language code, e.g. "de" or "en".' }) lang!: string;
  @Field(() => [String]) texts!: string[];
}

/** An organisation-defined client field ("Stammdaten"), e.g. age group, gender, postcode. */
@ObjectType()
export class MasterDataField {
  @Field(() => String, { description: 'Stable key, used in request data and client profiles.' })
  key!: string;
  @Field(() => String) label!: string;
  @Field(() => MasterDataFieldType) type!: MasterDataFieldType;
  @Field(() => [String], { description: 'Choices for SELECT fields.' }) options: string[] = [];
  @Field(() => Boolean, { description: 'Asked in the mail form widget.' }) askInMailForm = false;
  @Field(() => [LocalizedText], {
    description: 'The label in the organisation’s content languages (the default one is also `label`).',
  })
  labels?: LocalizedText[] = [];
  @Field(() => [LocalizedTextList], {
    description:
      'The options’ texts per content language, parallel to `options` (which stay the stored values and the default language’s texts).',
  })
  optionLabels?: LocalizedTextList[] = [];
}

@ObjectType()
export class ClosingDay {
  @Field(() => String, { description: 'ISO date (YYYY-MM-DD) in the organisation timezone.' })
  date!: string;
  @Field(() => String, { nullable: true }) note?: string;
}

@ObjectType()
export class VideoSettings {
  @Field(() => VideoProvider) provider: VideoProvider = VideoProvider.PLATFORM;
  @Field(() => Boolean, { description: 'Counsellors may start video from a chat.' })
  allowVideoInChat = true;
}

@ObjectType({
  description:
    'The widgets’ quick exit (common on sites for domestic violence and addiction services): a visible "leave this page" button and Escape pressed twice, which clear the widget’s stored state and replace the page with a neutral one.',
})
export class QuickExitSettings {
  @Field(() => Boolean) enabled = false;
  @Field(() => String, { nullable: true, description: 'The neutral page (http or https); set whenever enabled.' })
  url?: string | null = null;
}

/** A fresh, unguessable public key for widgets. */
export function newPublicKey(): string {
  return `pk_${randomBytes(18).toString('base64url')}`;
}

/**
 * Internal settings (billing, routing, retention, CORS, licence) carry `@Authorized('STAFF')`, which on
 * a field means staff of this organisation (the auth checker compares the row's organisation): the
 * organisation is also reachable by clients through `me { organisation }`, and by whoever's token came
 * with a public operation that answers with a new client's `me`; they must only see what widgets may
 * show anyway (name, key, locale, timezone, contact, topics, master-data fields…).
 */
@ObjectType({ description: 'A counselling organisation (tenant). Everything belongs to exactly one.' })
@Entity()
export class Organisation extends BaseEntity {
  @Field(() => String)
  @Property({ type: 'string', length: 200 })
  name!: string;

  @Field(() => String, { description: 'URL-safe short name, unique on the platform.' })
  @Property({ type: 'string', length: 64 })
  @Unique()
  slug!: string;

  @Field(() => String, { description: 'Public key that widgets use to name this organisation.' })
  @Property({ type: 'string', length: 64 })
  @Unique()
  publicKey: Opt<string> = newPublicKey();

  @Field(() => ContactData)
  @Property({ type: 'json' })
  contact: Opt<ContactData> = {};

  @Authorized('STAFF')
  @Field(() => PostalAddress)
  @Property({ type: 'json' })
  billingAddress: Opt<PostalAddress> = {};

  @Field(() => String, { description: 'IANA timezone. @default Europe/Berlin' })
  @Property({ type: 'string', length: 64 })
  timezone: Opt<string> = 'Europe/Berlin';

  @Field(() => String, { description: 'BCP 47 locale for mails and widgets. @default de' })
  @Property({ type: 'string', length: 16 })
  locale: Opt<string> = 'de';

  @Field(() => [String], {
    description:
      'Languages clients’ texts (services, topics, form fields, group titles) are entered in; the default language (`locale`) first. Widgets show the visitor’s language if it is one of these, else the default.',
  })
  @Property({ type: 'text[]', columnType: 'text[]' })
  contentLanguages: Opt<string[]> = ['de'];

  @Field(() => [MasterDataField])
  @Property({ type: 'json' })
  masterDataFields: Opt<MasterDataField[]> = [];

  @Authorized('STAFF')
  @Field(() => Boolean, { description: 'A client’s first mail request sets their primary counsellor.' })
  @Property({ type: 'boolean' })
  autoPrimaryCounsellor: Opt<boolean> = false;

  @ManyToOne({ entity: 'Counsellor', nullable: true, deleteRule: 'set null' })
  fallbackCounsellor?: Counsellor | null;

  @Authorized('STAFF')
  @Field(() => Int, { description: 'Hours a client may wait for an answer before a request is overdue.' })
  @Property({ type: 'integer' })
  mailOverdueHours: Opt<number> = 48;

  @Authorized('STAFF')
  @Field(() => OpennessLevel)
  @Enum({ items: () => OpennessLevel, nativeEnumName: 'openness_level' })
  opennessLevel: Opt<OpennessLevel> = OpennessLevel.OPEN;

  @Authorized('STAFF')
  @Field(() => Int, { description: 'Days a deleted client stays restorable before the purge.' })
  @Property({ type: 'integer' })
  retentionDays: Opt<number> = 30;

  @Authorized('STAFF')
  @Field(() => Int, {
    description:
      'Days the access audit log keeps its entries (180–3650, default 730), apart from the deletion period of clients.',
  })
  @Property({ type: 'integer' })
  accessLogRetentionDays: Opt<number> = 730;

  @Field(() => String, {
    description: 'Region for public holidays, as country[-state] (e.g. DE-BE for Berlin).',
  })
  @Property({ type: 'string', length: 16 })
  holidayRegion: Opt<string> = 'DE';

  @Field(() => [ClosingDay])
  @Property({ type: 'json' })
  closingDays: Opt<ClosingDay[]> = [];

  @Field(() => VideoSettings)
  @Property({ type: 'json' })
  video: Opt<VideoSettings> = { provider: VideoProvider.PLATFORM, allowVideoInChat: true };

  @Field(() => QuickExitSettings)
  @Property({ type: 'json' })
  quickExit: Opt<QuickExitSettings> = { enabled: false, url: null };

  @Authorized('STAFF')
  @Field(() => [String], { description: 'Website origins allowed to embed the widgets (CORS).' })
  @Property({ type: 'text[]', columnType: 'text[]' })
  allowedOrigins: Opt<string[]> = [];

  @Authorized('STAFF')
  @Field(() => Int, { description: 'Number of active counsellors allowed; raised by request.' })
  @Property({ type: 'integer' })
  licenceVolume: Opt<number> = 5;

  @Authorized('STAFF')
  @Field(() => Boolean, {
    description:
      'Every staff member must use two-factor login; until they have set it up, only the setup operations answer.',
  })
  @Property({ type: 'boolean' })
  requireTwoFactor: Opt<boolean> = false;

  /**
   * Set by the platform operator (`npm run lotse -- org suspend`): nobody of the organisation can log
   * in and its widget key answers like an unknown one, until it is resumed. Not in the schema: the
   * organisation's own users never see a suspended organisation.
   */
  @Property({ type: 'Date', columnType: 'timestamptz', nullable: true })
  suspendedAt?: Date | null;

  /**
   * Set by `npm run lotse -- org delete` (with a suspension): the deletion job deletes everything
   * of the organisation once `deletionDueAt` has passed; `org restore` clears both before that.
   */
  @Property({ type: 'Date', columnType: 'timestamptz', nullable: true })
  deletionRequestedAt?: Date | null;

  @Property({ type: 'Date', columnType: 'timestamptz', nullable: true })
  deletionDueAt?: Date | null;

  /** Next client number; taken atomically with UPDATE … RETURNING. */
  @Property({ type: 'integer', hidden: true })
  nextClientNumber: Opt<number> = 1;
}

@ObjectType({ description: 'Organisation-defined category (filter criterion) for clients, services, requests.' })
@Entity()
@Unique({ properties: ['organisation', 'name'] })
export class Topic extends BaseEntity {
  @ManyToOne({ entity: () => Organisation, deleteRule: 'cascade' })
  organisation!: Organisation;

  @Field(() => String)
  @Property({ type: 'string', length: 100 })
  name!: string;

  @Field(() => [LocalizedText], {
    description: 'The name in the organisation’s content languages (the default one is also `name`).',
  })
  @Property({ type: 'json', nullable: true })
  names: Opt<LocalizedText[]> = [];

  @Field(() => String, { nullable: true, description: 'Optional grouping, e.g. "site" or "subject".' })
  @Property({ type: 'string', length: 50, nullable: true })
  category?: string | null;
}
