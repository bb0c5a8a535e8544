/**
 * GraphQL types of client groups: view objects built by the service. Staff get `ClientGroup` in lists
 * and mutation answers; `clientGroup(id)` answers `ClientGroupDetail`, the only type with the paged
 * members, so a list can never ask for every group's members (statements per page stay constant).
 * Clients get `MyClientGroup`: name and description, nothing about other members or staff.
 */
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Counsellor } from '../staff/counsellor.entity.js';

@ObjectType('ClientGroup', { description: 'A named set of clients, added at once to group appointments and chats.' })
export class ClientGroupView {
  @Field(() => ID) id!: string;
  @Field(() => String, { description: 'Visible to the members.' }) name!: string;
  @Field(() => String, { nullable: true, description: 'Visible to the members.' }) description!: string | null;
  @Field(() => Date) createdAt!: Date;
  @Field(() => Counsellor, { nullable: true, description: 'Null once the creator’s account is deleted.' })
  createdBy!: Counsellor | null;
  @Field(() => Int) memberCount!: number;
  @Field(() => Boolean, { description: 'The viewer created the group or is an admin.' }) mayDelete!: boolean;
  /** Not a field: the auth checker compares it with the viewer's on `members` (a row of one organisation). */
  organisationId!: string;
}

@ObjectType('ClientGroupDetail', {
  description: 'A client group with its members (`members(page)`), by pseudonym (case and accents ignored).',
})
export class ClientGroupDetailView extends ClientGroupView {}

@ObjectType('MyClientGroup', { description: 'A group the client belongs to, as the client sees it.' })
export class MyClientGroupView {
  @Field(() => String) name!: string;
  @Field(() => String, { nullable: true }) description!: string | null;
}

@ObjectType('ClientGroupRef', { description: 'A client group named on a client’s profile: its id and name.' })
export class ClientGroupRefView {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
}
