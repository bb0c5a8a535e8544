import { Field, ID, ObjectType } from 'type-graphql';
import { AccessAction, AccessRecordKind } from './access-log.trail.js';

@ObjectType({ description: 'One entry of the access audit log: who did what with which client’s records, when.' })
export class AccessLogEntry {
  @Field(() => ID) id!: string;
  @Field(() => Date) at!: Date;
  @Field(() => AccessAction) action!: AccessAction;
  @Field(() => AccessRecordKind) recordKind!: AccessRecordKind;
  @Field(() => ID, { nullable: true, description: 'The note, document, monitoring, mail request or chat stream.' })
  recordId!: string | null;
  @Field(() => ID) clientId!: string;
  @Field(() => String, { nullable: true, description: 'As when the entry was written (kept after a purge).' })
  clientNumber!: string | null;
  @Field(() => String, { nullable: true, description: 'Null once the client was purged.' })
  clientPseudonym!: string | null;
  @Field(() => ID) staffId!: string;
  @Field(() => String, { nullable: true, description: 'The staff member’s name; null if the account is gone.' })
  staffName!: string | null;
}
