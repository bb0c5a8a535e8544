import { Entity, Index, Property, type Opt } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { TenantEntity } from '../../shared/base.entity.js';

@ObjectType({ description: 'How many records of one kind a purge removed or anonymised.' })
export class PurgedCount {
  @Field(() => String, { description: 'The kind, e.g. mailRequests, chatMessages, documents, appointments.' })
  kind!: string;
  @Field(() => Int) count!: number;
}

/**
 * The record a purge leaves behind (deletion routine): when, which client number, and how many
 * records of each kind went. It names no person: the client number is meaningless once the client
 * is gone, and admins need it to answer "was client 00042 purged, and when?".
 */
@ObjectType({ description: 'A client purged by the deletion routine after the retention period.' })
@Entity({ tableName: 'client_purge' })
@Index({ properties: ['organisation', 'createdAt', 'id'] })
export class ClientPurge extends TenantEntity {
  @Field(() => String)
  @Property({ type: 'string', length: 16 })
  clientNumber!: string;

  @Field(() => Date, { description: 'When an admin deleted the client.' })
  @Property({ type: 'Date', columnType: 'timestamptz' })
  deletionRequestedAt!: Date;

  @Field(() => [PurgedCount], { description: 'Counts per kind, in the order the steps ran.' })
  @Property({ type: 'json' })
  removed!: PurgedCount[];

  @Field(() => Date, { description: 'When the purge ran.' })
  get purgedAt(): Opt<Date> {
    return this.createdAt;
  }
}
