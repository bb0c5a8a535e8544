/** `setOnlyRegularClients`: the "only for regular clients" setting of a counsellor. */
import { Arg, Authorized, Ctx, Field, ID, InputType, Mutation, Resolver } from 'type-graphql';
import { z } from 'zod';
import type { Context } from '../../shared/context.js';
import { rules, validate } from '../../shared/validate.js';
import { Counsellor } from './counsellor.entity.js';
import { setOnlyRegularClients } from './regular-clients.service.js';

@InputType()
export class SetOnlyRegularClientsInput {
  @Field(() => ID, { nullable: true, description: 'Default: yourself. Admins may set colleagues’.' })
  counsellorId?: string | null;
  @Field(() => Boolean) onlyRegularClients!: boolean;
}

const SetOnlyRegularClientsSchema = z.object({
  counsellorId: rules.id.nullish().transform((v) => v ?? null),
  onlyRegularClients: z.boolean(),
});

@Resolver()
@Authorized('STAFF')
export class RegularClientsResolver {
  @Mutation(() => Counsellor, {
    description:
      'Only the counsellor’s regular clients may book, send mail requests or chat with them (yours; admins: any counsellor’s).',
  })
  async setOnlyRegularClients(
    @Arg('input', () => SetOnlyRegularClientsInput) input: SetOnlyRegularClientsInput,
    @Ctx() ctx: Context,
  ): Promise<Counsellor> {
    const data = validate(SetOnlyRegularClientsSchema, input);
    return setOnlyRegularClients(ctx.app, ctx.em, ctx.viewer!, data);
  }
}
