import { Entity, Enum, ManyToOne, Property, type Opt } from '@mikro-orm/core';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Account, AccountKind } from '../identity/account.entity.js';
import type { StoredFile } from '../files/stored-file.entity.js';
import { MailAvailability } from '../mail-counselling/mail-availability.js';
import { PresenceStatus } from '../presence/presence.enums.js';

export enum StaffRole {
  COUNSELLOR = 'COUNSELLOR',
  ADMIN = 'ADMIN',
}
registerEnumType(StaffRole, { name: 'StaffRole' });

export enum Salutation {
  MS = 'MS',
  MR = 'MR',
  NEUTRAL = 'NEUTRAL',
}
registerEnumType(Salutation, { name: 'Salutation' });

@ObjectType()
export class LocalizedText {
  @Field(() => String, { description: 'BCP 47 language code, e.g. "de" or "en".' }) lang!: string;
  @Field(() => String) text!: string;
}

/**
 * A staff member (role COUNSELLOR or ADMIN). Internal fields (names, email, phone, postcode) are
 * visible to staff of the organisation; clients and visitors only see `PublicCounsellor`.
 */
@ObjectType('Counsellor')
@Entity({ discriminatorValue: AccountKind.STAFF })
export class Counsellor extends Account {
  @Field(() => StaffRole)
  @Enum({ items: () => StaffRole, nativeEnumName: 'staff_role', nullable: true })
  role: Opt<StaffRole> = StaffRole.COUNSELLOR;

  @Field(() => Boolean, { description: 'Only active counsellors can log in; they count against the licence.' })
  @Property({ type: 'boolean', nullable: true })
  active: Opt<boolean> = true;

  @Field(() => Salutation)
  @Enum({ items: () => Salutation, nativeEnumName: 'salutation', nullable: true })
  salutation: Opt<Salutation> = Salutation.NEUTRAL;

  @Field(() => String)
  @Property({ type: 'string', length: 100, nullable: true })
  firstName: Opt<string> = '';

  @Field(() => String)
  @Property({ type: 'string', length: 100, nullable: true })
  lastName: Opt<string> = '';

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 40, nullable: true })
  phone?: string | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 16, nullable: true })
  postcode?: string | null;

  @Field(() => String, { description: 'Public name shown to clients; may be a pseudonym.' })
  @Property({ type: 'string', length: 100, nullable: true })
  displayName: Opt<string> = '';

  @Field(() => [String])
  @Property({ type: 'text[]', columnType: 'text[]', nullable: true })
  languages: Opt<string[]> = [];

  @Field(() => [LocalizedText])
  @Property({ type: 'json', nullable: true })
  descriptions: Opt<LocalizedText[]> = [];

  @Field(() => Boolean)
  @Property({ type: 'boolean', nullable: true })
  newsletter: Opt<boolean> = false;

  @ManyToOne({ entity: 'StoredFile', nullable: true, deleteRule: 'set null' })
  avatar?: StoredFile | null;

  @Field(() => Boolean, {
    description: 'Only this counsellor’s regular clients may book, send mail requests or chat with them.',
  })
  @Property({ type: 'boolean', nullable: true })
  onlyRegularClients: Opt<boolean> = false;

  /**
   * Set when an admin deleted this counsellor: the row stays (other records point at it, the login
   * name stays reserved), but it is inactive, stripped of contact data and hidden from staff lists.
   */
  @Property({ type: 'Date', columnType: 'timestamptz', nullable: true })
  deletedAt?: Date | null;

  // ── Module-owned fields below (appointments, chat, mail counselling append here). ──

  /** Mail counselling: whether new requests are routed here. */
  @Field(() => MailAvailability, { description: 'Whether new mail requests are routed to this counsellor.' })
  @Enum({ items: () => MailAvailability, nativeEnumName: 'mail_availability', nullable: true })
  mailAvailability: Opt<MailAvailability> = MailAvailability.UNLIMITED;

  @Field(() => Int, { nullable: true, description: 'Open mail requests at most, when mailAvailability is CAPACITY.' })
  @Property({ type: 'integer', nullable: true })
  mailCapacity?: number | null;

  /** Chat: the chosen presence (shown presence also depends on being connected, see modules/presence). */
  @Field(() => PresenceStatus, { description: 'Chosen chat presence.' })
  @Enum({ items: () => PresenceStatus, nativeEnumName: 'presence_status', nullable: true })
  presenceStatus: Opt<PresenceStatus> = PresenceStatus.ONLINE;

  /** Chat: whether "start video chat" may be used in this counsellor's streams. */
  @Field(() => Boolean, { description: 'Video chats may be started from this counsellor’s chat streams.' })
  @Property({ type: 'boolean', nullable: true })
  allowVideoInChat: Opt<boolean> = false;

  /** Access audit log: the "data protection" permission (admins read the log without it). */
  @Field(() => Boolean, {
    description: 'Data protection (Datenschutz): may read and export the access audit log (admins always may).',
  })
  @Property({ type: 'boolean', nullable: true })
  dataProtection: Opt<boolean> = false;

  protected override isEnabled(): boolean {
    return this.active;
  }
}
