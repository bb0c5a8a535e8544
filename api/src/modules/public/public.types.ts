/**
 * What anonymous visitors (widgets) may see. These are separate types, not the entities, so that
 * no internal field (names, email, phone, postcode, login name, settings) can ever be selected.
 */
import { Field, ID, ObjectType } from 'type-graphql';
import { MasterDataField, QuickExitSettings } from '../organisation/organisation.entity.js';
import { LocalizedText } from '../staff/counsellor.entity.js';

@ObjectType()
export class PublicTopic {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
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
  @Field(() => String, { description: '"de" or "en".' }) locale!: string;
  @Field(() => String, { description: 'IANA timezone.' }) timezone!: string;
  @Field(() => [PublicTopic]) topics!: PublicTopic[];
  @Field(() => [MasterDataField], { description: 'Master-data fields asked in the mail form.' })
  mailFormFields!: MasterDataField[];
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
