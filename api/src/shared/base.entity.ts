import { randomUUID } from 'node:crypto';
import { PrimaryKey, Property, ManyToOne, Index, type Opt } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import type { Organisation } from '../modules/organisation/organisation.entity.js';

/** Every row has a UUID primary key and creation/update instants (UTC). */
@ObjectType('BaseEntity')
export abstract class BaseEntity {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: Opt<string> = randomUUID();

  @Field(() => Date)
  @Property({ type: 'Date', columnType: 'timestamptz' })
  createdAt: Opt<Date> = new Date();

  @Property({ type: 'Date', columnType: 'timestamptz', onUpdate: () => new Date() })
  updatedAt: Opt<Date> = new Date();
}

/**
 * A row owned by one organisation. `organisation` is set from the viewer, never from client input,
 * and is the first column of this table's indexes (tenant isolation and future sharding).
 */
@ObjectType('TenantEntity')
export abstract class TenantEntity extends BaseEntity {
  @ManyToOne({ entity: 'Organisation', deleteRule: 'cascade' })
  @Index()
  organisation!: Organisation;
}
