/**
 * Client groups ("Klient:innen-Gruppen", member management): a named set of clients of one
 * organisation that staff add at once to a group appointment or a group chat. Name and description
 * are shown to the group's members. Adding a group elsewhere copies its members at that moment
 * (client-groups.members.ts): a group is not a live subscription of appointments or chats.
 */
import { Entity, Index, ManyToOne, Property, Unique } from '@mikro-orm/core';
import { TenantEntity } from '../../shared/base.entity.js';
import type { Client } from '../client/client.entity.js';
import type { Counsellor } from '../staff/counsellor.entity.js';

/**
 * A client group. The name is unique in its organisation ignoring case (a functional unique index,
 * migration 0980); description is optional. Whoever created it (or an admin) may delete it.
 */
@Entity({ tableName: 'client_group' })
export class ClientGroup extends TenantEntity {
  /** Visible to the group's members. */
  @Property({ type: 'string', length: 100 })
  name!: string;

  /** Visible to the group's members. */
  @Property({ type: 'string', length: 1000, nullable: true })
  description?: string | null;

  /** Null once the creator's account is deleted: then only admins delete the group. */
  @ManyToOne({ entity: 'Counsellor', nullable: true, deleteRule: 'set null' })
  createdBy?: Counsellor | null;
}

/** A client's membership of a group; goes with the group and with the client (foreign key cascades). */
@Entity({ tableName: 'client_group_member' })
@Unique({ properties: ['group', 'client'] })
@Index({ properties: ['organisation', 'client'] })
export class ClientGroupMember extends TenantEntity {
  @ManyToOne({ entity: 'ClientGroup', deleteRule: 'cascade' })
  group!: ClientGroup;

  @ManyToOne({ entity: 'Client', deleteRule: 'cascade' })
  client!: Client;

  /** Who added the client; null once that account is deleted. */
  @ManyToOne({ entity: 'Counsellor', nullable: true, deleteRule: 'set null' })
  addedBy?: Counsellor | null;
}

export const clientGroupEntities = [ClientGroup, ClientGroupMember];
