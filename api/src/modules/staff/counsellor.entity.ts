import { Entity, Enum, ManyToOne, Property, type Opt } from '@mikro-orm/core';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Account, AccountKind } from '../identity/account.entity.js';
import type { StoredFile } from '../files/stored-file.entity.js';

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

  // ── Module-owned fields below (appointments, chat, mail counselling append here). ──

  protected override isEnabled(): boolean {
    return this.active;
  }
}
