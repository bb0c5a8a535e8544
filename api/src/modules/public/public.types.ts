/**
 * What anonymous visitors (widgets) may see. These are separate types, not the entities, so that
 * no internal field (names, email, phone, postcode, login name, settings) can ever be selected.
 */
import { Field, ID, ObjectType } from 'type-graphql';
import { MasterDataFieldType, QuickExitSettings } from '../organisation/organisation.entity.js';
import { LocalizedText } from '../staff/counsellor.entity.js';

@ObjectType()
export class PublicTopic {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
}

@ObjectType({ description: 'A master-data field the mail form asks, its texts in the visitor’s language.' })
export class PublicFormField {
  @Field(() => String, { description: 'Stable key, used in request data.' }) key!: string;
  @Field(() => String) label!: string;
  @Field(() => MasterDataFieldType) type!: MasterDataFieldType;
  @Field(() => [String], { description: 'SELECT: the values to send (the default language’s texts).' })
  options!: string[];
  @Field(() => [String], { description: 'SELECT: what to show for each of `options`, in the visitor’s language.' })
  optionLabels!: string[];
  @Field(() => Boolean, { description: 'Always true here (kept for clients of the earlier shape).' })
  askInMailForm!: boolean;
}

@ObjectType({ description: 'Contact data an organisation shows on its website anyway.' })
export class PublicContact {
  @Field(() => String, { nullable: true }) website?: string | null;
  @Field(() => String, { nullable: true }) phone?: string | null;
}

@ObjectType({ description: 'An organisation as widgets see it.' })
export class PublicOrganisation {
  @Field(() => String) name!: string;
  @Field(() => String) publicKey!: string;
  @Field(() => String, { description: '"de" or "en"; also the default content language.' }) locale!: string;
  @Field(() => [String], { description: 'Languages the organisation writes its texts in, the default first.' })
  contentLanguages!: string[];
  @Field(() => String, { description: 'IANA timezone.' }) timezone!: string;
  @Field(() => [PublicTopic]) topics!: PublicTopic[];
  @Field(() => [PublicFormField], { description: 'Master-data fields asked in the mail form.' })
  mailFormFields!: PublicFormField[];
  @Field(() => PublicContact) contact!: PublicContact;
  @Field(() => QuickExitSettings) quickExit!: QuickExitSettings;
}

@ObjectType({ description: 'A counsellor as clients and visitors see them: public profile only.' })
export class PublicCounsellor {
  @Field(() => ID) id!: string;
  @Field(() => String, { description: 'May be a pseudonym.' }) displayName!: string;
  @Field(() => String, { nullable: true }) avatarUrl?: string | null;
  @Field(() => [String]) languages!: string[];
  @Field(() => [LocalizedText]) descriptions!: LocalizedText[];
  @Field(() => Boolean, { description: 'Only their regular clients may book, write or chat with them.' })
  onlyRegularClients!: boolean;
}
