import { Field, InputType } from 'type-graphql';

@InputType({ description: 'Self-registration of a client from a widget.' })
export class RegisterClientInput {
  @Field(() => String, { description: 'Public key of the organisation (from the widget tag).' })
  organisationKey!: string;
  @Field(() => String, {
    description:
      'Name shown to counsellors and used to log in: 3–64 letters, digits, dot, underscore or hyphen; unique on the platform (case-insensitive).',
  })
  pseudonym!: string;
  @Field(() => String, { description: 'Must meet the password policy.' }) password!: string;
  @Field(() => String, {
    nullable: true,
    description: 'Optional, for notifications and password reset; unique among the organisation’s clients.',
  })
  email?: string | null;
}
