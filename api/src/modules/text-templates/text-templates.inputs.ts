/** GraphQL inputs of text templates, with the zod rules that validate them. */
import { Field, ID, InputType } from 'type-graphql';
import { z } from 'zod';
import { rules } from '../../shared/validate.js';
import { TextTemplateScope } from './text-templates.entity.js';

export const MAX_TEMPLATE_TITLE = 100;
/** As long as a chat message may be, so every template fits wherever it is inserted. */
export const MAX_TEMPLATE_BODY = 4000;
/**
 * Templates per scope: the organisation's, and each staff member's own. Keeps `textTemplates` a plain
 * list (at most twice this many rows) that the insert dialog filters as one types.
 */
export const MAX_TEMPLATES_PER_SCOPE = 200;

const title = rules.name(MAX_TEMPLATE_TITLE);
/** Trimmed at the end only: a template may start with an indented line, but never ends in blank lines. */
const body = z
  .string()
  .transform((v) => v.trimEnd())
  .pipe(z.string().min(1, 'Must not be empty').max(MAX_TEMPLATE_BODY, `At most ${MAX_TEMPLATE_BODY} characters`));

export const TextTemplatesArgsSchema = z.object({
  search: z
    .string()
    .trim()
    .max(100, 'At most 100 characters')
    .transform((v) => v || null)
    .nullish(),
  scope: z.enum(TextTemplateScope).nullish(),
});

@InputType()
export class CreateTextTemplateInput {
  @Field(() => TextTemplateScope, {
    description: 'ORGANISATION: admins only (FORBIDDEN for counsellors). PERSONAL: the viewer’s own.',
  })
  scope!: TextTemplateScope;
  @Field(() => String, { description: `Shown in the lists (1–${MAX_TEMPLATE_TITLE} characters).` })
  title!: string;
  @Field(() => String, {
    description: `The text inserted (≤ ${MAX_TEMPLATE_BODY} characters). The dashboard fills in {{pseudonym}} and {{counsellor}}.`,
  })
  body!: string;
}
export const CreateTextTemplateSchema = z.object({ scope: z.enum(TextTemplateScope), title, body });

@InputType()
export class UpdateTextTemplateInput {
  @Field(() => ID) id!: string;
  @Field(() => String, { nullable: true }) title?: string | null;
  @Field(() => String, { nullable: true }) body?: string | null;
}
export const UpdateTextTemplateSchema = z.object({ id: rules.id, title: title.nullish(), body: body.nullish() });

@InputType()
export class TextTemplateIdInput {
  @Field(() => ID) id!: string;
}
export const TextTemplateIdSchema = z.object({ id: rules.id });
