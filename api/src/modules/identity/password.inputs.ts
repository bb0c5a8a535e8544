import { Field, ID, InputType } from 'type-graphql';

@InputType({ description: 'Both must belong to the same account for a mail to be sent.' })
export class RequestPasswordResetInput {
  @Field(() => String) email!: string;
  @Field(() => String, { description: 'Login name; for clients their pseudonym.' }) loginName!: string;
  @Field(() => String, {
    nullable: true,
    description:
      'Organisation public key (widgets): the login name names a client of this organisation. Without it, a staff member.',
  })
  organisationKey?: string | null;
  @Field(() => String, {
    nullable: true,
    description:
      'The page of a widget that asks (http or https, at most 2000 characters): for a client whose organisation allows that page’s origin, the mail links there, with the token in the fragment (`#lotse-set-password=…`, plus `&widget=lotse-chat` when the URL’s fragment named the widget, `#lotse-chat`), and the widget shows its set-password view. Otherwise, or when left out, the mail links to the API’s /set-password page.',
  })
  returnUrl?: string | null;
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
