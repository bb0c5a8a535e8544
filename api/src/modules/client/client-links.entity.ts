import { Entity, Index, ManyToOne, Unique } from '@mikro-orm/core';
import { TenantEntity } from '../../shared/base.entity.js';
import type { Topic } from '../organisation/organisation.entity.js';
import type { Counsellor } from '../staff/counsellor.entity.js';
import type { Client } from './client.entity.js';

/** A topic (filter criterion) of a client; both belong to the row's organisation. */
@Entity({ tableName: 'client_topic' })
@Unique({ properties: ['client', 'topic'] })
@Index({ properties: ['organisation', 'topic', 'client'] })
export class ClientTopic extends TenantEntity {
  @ManyToOne({ entity: 'Client', deleteRule: 'cascade' })
  client!: Client;

  @ManyToOne({ entity: 'Topic', deleteRule: 'cascade' })
  topic!: Topic;
}

/** A client on a counsellor's watchlist ("Merkliste"); private to that counsellor. */
@Entity({ tableName: 'client_watch' })
@Unique({ properties: ['counsellor', 'client'] })
export class ClientWatch extends TenantEntity {
  @ManyToOne({ entity: 'Counsellor', deleteRule: 'cascade' })
  counsellor!: Counsellor;

  @ManyToOne({ entity: 'Client', deleteRule: 'cascade' })
  client!: Client;
}
