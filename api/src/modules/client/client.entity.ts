import { Entity, ManyToOne, Property, type Opt } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { Account, AccountKind } from '../identity/account.entity.js';
import type { Counsellor } from '../staff/counsellor.entity.js';

/**
 * A person seeking help, usually under a pseudonym. The pseudonym is also the client's login name.
 * Email and phone are visible to admins only (field-level rule in the resolver).
 */
@ObjectType('Client')
@Entity({ discriminatorValue: AccountKind.CLIENT })
export class Client extends Account {
  @Field(() => String)
  @Property({ type: 'string', length: 64, nullable: true })
  pseudonym!: string;

  @Field(() => String, { description: 'Stable human-readable number, unique within the organisation.' })
  @Property({ type: 'string', length: 16, nullable: true })
  clientNumber!: string;

  @ManyToOne({ entity: 'Counsellor', nullable: true, deleteRule: 'set null' })
  primaryCounsellor?: Counsellor | null;

  @Property({ type: 'string', length: 40, nullable: true })
  phone?: string | null;

  /** Values of the organisation's master-data fields, by key. */
  @Property({ type: 'json', nullable: true })
  masterData: Opt<Record<string, string>> = {};

  @Field(() => Date, {
    nullable: true,
    description: 'When an admin deleted the client (status DELETION_PENDING); null otherwise.',
  })
  @Property({ type: 'Date', columnType: 'timestamptz', nullable: true })
  deletionRequestedAt?: Date | null;

  /**
   * When an admin blocked the client; null when not blocked. Kept while deletion is pending, so a
   * restore gives back a blocked client blocked (migration 0950).
   */
  @Property({ type: 'Date', columnType: 'timestamptz', nullable: true })
  blockedAt?: Date | null;
}
