import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import { z } from 'zod';
import type { Context } from '../../shared/context.js';
import { badInput } from '../../shared/errors.js';
import { PublicCounsellor, PublicOrganisation } from './public.types.js';
import { PublicService } from './public.service.js';
import { LANG_ARG_DOC, VisitorLangSchema } from '../organisation/content-languages.js';
import { validate } from '../../shared/validate.js';

const KeySchema = z.string().min(1).max(64);

function checkKey(key: string, path: string): string {
  if (!KeySchema.safeParse(key).success) throw badInput('Invalid organisation key', [{ path, message: 'Invalid key' }]);
  return key;
}

/** Public queries for widgets: no login, only public fields (see public.types.ts). */
@Resolver()
export class PublicResolver {
  @Query(() => PublicOrganisation, { description: 'An organisation’s public profile by its widget key.' })
  publicOrganisation(
    @Arg('key', () => String) key: string,
    @Arg('lang', () => String, { nullable: true, description: LANG_ARG_DOC }) lang: string | null,
    @Ctx() ctx: Context,
  ): Promise<PublicOrganisation> {
    const language = validate(z.object({ lang: VisitorLangSchema }), { lang }).lang;
    return new PublicService(ctx.em, ctx.app).organisation(checkKey(key, 'key'), language);
  }

  @Query(() => [PublicCounsellor], {
    description: 'The organisation’s active counsellors, public fields only, by display name.',
  })
  publicCounsellors(
    @Arg('organisationKey', () => String) organisationKey: string,
    @Ctx() ctx: Context,
  ): Promise<PublicCounsellor[]> {
    return new PublicService(ctx.em, ctx.app).counsellors(checkKey(organisationKey, 'organisationKey'));
  }
}
