import { Arg, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../shared/context.js';
import { validate } from '../../shared/validate.js';
import { Counsellor } from '../staff/counsellor.entity.js';
import { MasterDataField, Organisation, Topic } from './organisation.entity.js';
import type { OrganisationRow } from './organisation.reads.js';
import {
  CreateTopicInput,
  DeleteTopicInput,
  UpdateOrganisationInput,
  UpdateTopicInput,
} from './organisation.inputs.js';
import {
  CreateTopicSchema,
  DeleteTopicSchema,
  UpdateOrganisationSchema,
  UpdateTopicSchema,
} from './organisation.rules.js';
import { OrganisationService } from './organisation.service.js';

/** Reading the settings: any staff member of the organisation. */
@Resolver(() => Organisation)
@Authorized('STAFF')
export class OrganisationResolver {
  @Query(() => Organisation, { description: 'The viewer’s organisation with all its settings (staff).' })
  organisation(@Ctx() ctx: Context): Promise<Organisation> {
    return new OrganisationService(ctx.em).get(ctx.viewer!);
  }

  @FieldResolver(() => Counsellor, {
    nullable: true,
    description: 'Receives mail requests nobody else can take (staff only).',
  })
  async fallbackCounsellor(@Root() org: OrganisationRow, @Ctx() ctx: Context): Promise<Counsellor | null> {
    const ref = org.fallbackCounsellor;
    if (!ref) return null;
    return ctx.em.findOne(Counsellor, { id: ref.id, organisation: ctx.viewer!.organisationId });
  }

  // Fields stored before content languages (or written by plain code) lack the per-language lists.
  @FieldResolver(() => [MasterDataField])
  @Authorized()
  masterDataFields(@Root() org: OrganisationRow): MasterDataField[] {
    return (org.masterDataFields ?? []).map((f) => ({
      ...f,
      labels: f.labels ?? [],
      optionLabels: f.optionLabels ?? [],
    }));
  }

  // Topics are public (widgets list them), so clients reaching the organisation through `me` see them too.
  @FieldResolver(() => [Topic], { description: 'Topics (filter criteria), by name.' })
  @Authorized()
  topics(@Root() org: OrganisationRow, @Ctx() ctx: Context): Promise<Topic[]> {
    return new OrganisationService(ctx.em).topics(org.id);
  }
}

/** Changing the settings and topics: admins only. */
@Resolver()
@Authorized('ADMIN')
export class OrganisationAdminResolver {
  @Mutation(() => Organisation, {
    description: 'Change organisation settings; what is left out stays. Invalid input changes nothing.',
  })
  updateOrganisation(
    @Arg('input', () => UpdateOrganisationInput) input: UpdateOrganisationInput,
    @Ctx() ctx: Context,
  ): Promise<Organisation> {
    const data = validate(UpdateOrganisationSchema, input);
    return new OrganisationService(ctx.em).update(ctx.viewer!, data);
  }

  @Mutation(() => Organisation, {
    description: 'Replace the widgets’ public key (e.g. after a leak); the old key stops working.',
  })
  regeneratePublicKey(@Ctx() ctx: Context): Promise<Organisation> {
    return new OrganisationService(ctx.em).regeneratePublicKey(ctx.viewer!);
  }

  @Mutation(() => Topic, { description: 'A name already used (ignoring case) fails with CONFLICT TOPIC_EXISTS.' })
  createTopic(@Arg('input', () => CreateTopicInput) input: CreateTopicInput, @Ctx() ctx: Context): Promise<Topic> {
    return new OrganisationService(ctx.em).createTopic(ctx.viewer!, validate(CreateTopicSchema, input));
  }

  @Mutation(() => Topic)
  updateTopic(@Arg('input', () => UpdateTopicInput) input: UpdateTopicInput, @Ctx() ctx: Context): Promise<Topic> {
    return new OrganisationService(ctx.em).updateTopic(ctx.viewer!, validate(UpdateTopicSchema, input));
  }

  @Mutation(() => Boolean, { description: 'Delete a topic of the organisation.' })
  async deleteTopic(
    @Arg('input', () => DeleteTopicInput) input: DeleteTopicInput,
    @Ctx() ctx: Context,
  ): Promise<boolean> {
    await new OrganisationService(ctx.em).deleteTopic(ctx.viewer!, validate(DeleteTopicSchema, input).id);
    return true;
  }
}
