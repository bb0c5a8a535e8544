import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { PresenceState, PresenceStatus } from './presence.enums.js';

@ObjectType({ description: 'A counsellor’s shown presence, as widgets see it.' })
export class CounsellorPresence {
  @Field(() => ID) counsellorId!: string;
  @Field(() => String, { description: 'Public name; may be a pseudonym.' }) displayName!: string;
  @Field(() => PresenceState) state!: PresenceState;
}

@ObjectType({ description: 'Whether anybody can be reached by chat now (the chat bubble).' })
export class ChatAvailability {
  @Field(() => Boolean, {
    description: 'Some counsellor is shown ONLINE: an anonymous visitor can start a chat now.',
  })
  anyoneOnline!: boolean;
  @Field(() => [CounsellorPresence], { description: 'Active counsellors, by display name.' })
  counsellors!: CounsellorPresence[];
}

@InputType()
export class SetPresenceStatusInput {
  @Field(() => PresenceStatus) status!: PresenceStatus;
}
