/**
 * GraphQL operations of text templates, for staff only: list what the viewer may use, create, change
 * and delete by the scope rules (text-templates.policy.ts).
 */
import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../shared/context.js';
import { validate } from '../../shared/validate.js';
import { TextTemplateScope } from './text-templates.entity.js';
import {
  CreateTextTemplateInput,
  CreateTextTemplateSchema,
  TextTemplateIdInput,
  TextTemplateIdSchema,
  TextTemplatesArgsSchema,
  UpdateTextTemplateInput,
  UpdateTextTemplateSchema,
} from './text-templates.inputs.js';
import { TextTemplatesService } from './text-templates.service.js';
import { TextTemplateView } from './text-templates.types.js';

@Resolver()
@Authorized('STAFF')
export class TextTemplatesResolver {
  @Query(() => [TextTemplateView], {
    description:
      'The text templates the viewer may use: the organisation’s and their own, by title (case and accents ignored). A plain list: each scope holds at most 200.',
  })
  textTemplates(
    @Ctx() ctx: Context,
    @Arg('search', () => String, {
      nullable: true,
      description: 'Part of the title or text (case and accents ignored).',
    })
    search?: string | null,
    @Arg('scope', () => TextTemplateScope, { nullable: true, description: 'Only these; both when absent.' })
    scope?: TextTemplateScope | null,
  ): Promise<TextTemplateView[]> {
    return new TextTemplatesService(ctx.em).list(ctx.viewer!, validate(TextTemplatesArgsSchema, { search, scope }));
  }

  @Mutation(() => TextTemplateView, {
    description:
      'Create a text template: one’s own (PERSONAL) or, admins only, the organisation’s. BAD_USER_INPUT reason TEXT_TEMPLATE_LIMIT beyond 200 per scope.',
  })
  createTextTemplate(
    @Arg('input', () => CreateTextTemplateInput) input: CreateTextTemplateInput,
    @Ctx() ctx: Context,
  ): Promise<TextTemplateView> {
    return new TextTemplatesService(ctx.em).create(ctx.viewer!, validate(CreateTextTemplateSchema, input));
  }

  @Mutation(() => TextTemplateView, {
    description: 'Change the title or text of one’s own template, or (admins) of an organisation’s template.',
  })
  updateTextTemplate(
    @Arg('input', () => UpdateTextTemplateInput) input: UpdateTextTemplateInput,
    @Ctx() ctx: Context,
  ): Promise<TextTemplateView> {
    return new TextTemplatesService(ctx.em).update(ctx.viewer!, validate(UpdateTextTemplateSchema, input));
  }

  @Mutation(() => Boolean, {
    description: 'Delete one’s own template, or (admins) an organisation’s template.',
  })
  deleteTextTemplate(
    @Arg('input', () => TextTemplateIdInput) input: TextTemplateIdInput,
    @Ctx() ctx: Context,
  ): Promise<boolean> {
    return new TextTemplatesService(ctx.em).remove(ctx.viewer!, validate(TextTemplateIdSchema, input).id);
  }
}

export const textTemplateResolvers = [TextTemplatesResolver] as const;
