import { Field, ID, InputType, Int } from 'type-graphql';
import { LocalizedTextInput } from '../staff/staff.inputs.js';
import { MasterDataFieldType, OpennessLevel, VideoProvider } from './organisation.entity.js';

@InputType({ description: 'A postal address; empty strings clear a part.' })
export class PostalAddressInput {
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => String, { nullable: true }) street?: string | null;
  @Field(() => String, { nullable: true }) postcode?: string | null;
  @Field(() => String, { nullable: true }) city?: string | null;
  @Field(() => String, { nullable: true }) country?: string | null;
}

@InputType()
export class ContactDataInput {
  @Field(() => String, { nullable: true }) contactPerson?: string | null;
  @Field(() => String, { nullable: true }) email?: string | null;
  @Field(() => String, { nullable: true }) phone?: string | null;
  @Field(() => String, { nullable: true, description: 'http(s) address of the organisation’s website.' })
  website?: string | null;
  @Field(() => PostalAddressInput, { nullable: true }) address?: PostalAddressInput | null;
}

@InputType()
export class LocalizedTextListInput {
  @Field(() => String, { description: 'Language code, e.g. "de" or "en".' }) lang!: string;
  @Field(() => [String]) texts!: string[];
}

@InputType()
export class MasterDataFieldInput {
  @Field(() => String, { description: 'Letters, digits and underscore, starting with a letter; at most 40.' })
  key!: string;
  @Field(() => String) label!: string;
  @Field(() => MasterDataFieldType) type!: MasterDataFieldType;
  @Field(() => [String], { nullable: true, description: 'Choices; required (at least one) for SELECT only.' })
  options?: string[] | null;
  @Field(() => Boolean, { nullable: true, description: 'Ask in the mail form widget. @default false' })
  askInMailForm?: boolean | null;
  @Field(() => [LocalizedTextInput], {
    nullable: true,
    description:
      'The label in the organisation’s content languages; `label` sets the default language’s. Unknown languages: BAD_USER_INPUT.',
  })
  labels?: LocalizedTextInput[] | null;
  @Field(() => [LocalizedTextListInput], {
    nullable: true,
    description:
      'The options’ texts per content language, each list as long as `options` (empty texts fall back to the option).',
  })
  optionLabels?: LocalizedTextListInput[] | null;
}

@InputType()
export class ClosingDayInput {
  @Field(() => String, { description: 'YYYY-MM-DD in the organisation timezone.' }) date!: string;
  @Field(() => String, { nullable: true }) note?: string | null;
}

@InputType()
export class VideoSettingsInput {
  @Field(() => VideoProvider) provider!: VideoProvider;
  @Field(() => Boolean) allowVideoInChat!: boolean;
}

@InputType()
export class QuickExitInput {
  @Field(() => Boolean) enabled!: boolean;
  @Field(() => String, {
    nullable: true,
    description: 'The neutral page, an http(s) address; required when enabled (empty clears it).',
  })
  url?: string | null;
}

@InputType({
  description:
    'Organisation settings to change. Every field is optional: what is left out stays as it is; lists and nested objects given replace the stored ones.',
})
export class UpdateOrganisationInput {
  @Field(() => String, { nullable: true }) name?: string;
  @Field(() => ContactDataInput, { nullable: true }) contact?: ContactDataInput;
  @Field(() => PostalAddressInput, { nullable: true }) billingAddress?: PostalAddressInput;
  @Field(() => String, { nullable: true, description: 'IANA timezone, e.g. Europe/Berlin.' }) timezone?: string;
  @Field(() => String, { nullable: true, description: '"de" or "en".' }) locale?: string;
  @Field(() => [String], {
    nullable: true,
    description:
      'Languages clients’ texts are entered in (codes such as "de", "en", "tr"); the default language (`locale`) is always one of them, first. At most 20.',
  })
  contentLanguages?: string[];
  @Field(() => [MasterDataFieldInput], { nullable: true, description: 'Replaces all fields; at most 30.' })
  masterDataFields?: MasterDataFieldInput[];
  @Field(() => Boolean, { nullable: true }) autoPrimaryCounsellor?: boolean;
  @Field(() => ID, {
    nullable: true,
    description: 'An active staff member of the organisation; null clears it.',
  })
  fallbackCounsellorId?: string | null;
  @Field(() => Int, { nullable: true, description: '1–720 hours.' }) mailOverdueHours?: number;
  @Field(() => OpennessLevel, { nullable: true }) opennessLevel?: OpennessLevel;
  @Field(() => Boolean, {
    nullable: true,
    description: 'Require two-factor login of every staff member (who then must set it up before anything else).',
  })
  requireTwoFactor?: boolean;
  @Field(() => Int, { nullable: true, description: '1–3650 days.' }) retentionDays?: number;
  @Field(() => Int, { nullable: true, description: 'Days the access audit log keeps its entries: 180–3650.' })
  accessLogRetentionDays?: number;
  @Field(() => String, { nullable: true, description: 'COUNTRY or COUNTRY-STATE, e.g. DE-BE.' })
  holidayRegion?: string;
  @Field(() => [ClosingDayInput], { nullable: true, description: 'Replaces all closing days; at most 366.' })
  closingDays?: ClosingDayInput[];
  @Field(() => VideoSettingsInput, { nullable: true }) video?: VideoSettingsInput;
  @Field(() => QuickExitInput, { nullable: true }) quickExit?: QuickExitInput;
  @Field(() => [String], {
    nullable: true,
    description: 'Replaces the list; each `scheme://host[:port]`, http(s) only; at most 50.',
  })
  allowedOrigins?: string[];
}

const NAMES_DOC =
  'The name in the organisation’s content languages (replaces the stored ones); `name` sets the default language’s. Unknown languages: BAD_USER_INPUT.';

@InputType()
export class CreateTopicInput {
  @Field(() => String, { description: 'Unique in the organisation (ignoring case); at most 100 characters.' })
  name!: string;
  @Field(() => [LocalizedTextInput], { nullable: true, description: NAMES_DOC }) names?: LocalizedTextInput[] | null;
  @Field(() => String, { nullable: true, description: 'Optional grouping, e.g. "site" or "subject".' })
  category?: string | null;
}

@InputType()
export class UpdateTopicInput {
  @Field(() => ID) id!: string;
  @Field(() => String, { nullable: true }) name?: string;
  @Field(() => [LocalizedTextInput], { nullable: true, description: NAMES_DOC }) names?: LocalizedTextInput[] | null;
  @Field(() => String, { nullable: true, description: 'Empty string or null clears it; left out keeps it.' })
  category?: string | null;
}

@InputType()
export class DeleteTopicInput {
  @Field(() => ID) id!: string;
}
