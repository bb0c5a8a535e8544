import { Field, ID, InputType } from 'type-graphql';

@InputType({ description: 'Both must belong to the same account for a mail to be sent.' })
export class RequestPasswordResetInput {
  @Field(() => String) email!: string;
  @Field(() => String) loginName!: string;
}

@InputType()
export class SetPasswordWithTokenInput {
  @Field(() => String, { description: 'The `token` parameter of the link in the mail.' }) token!: string;
  @Field(() => String, { description: 'Must meet the password policy.' }) password!: string;
}

@InputType()
export class ChangePasswordInput {
  @Field(() => String) currentPassword!: string;
  @Field(() => String, { description: 'Must meet the password policy.' }) newPassword!: string;
}

@InputType()
export class SendInvitationInput {
  @Field(() => ID, { description: 'A staff member (admins only) or a client of the organisation.' })
  accountId!: string;
}

@InputType()
export class SetClientPasswordInput {
  @Field(() => ID) clientId!: string;
  @Field(() => String, { description: 'Must meet the password policy.' }) password!: string;
}
