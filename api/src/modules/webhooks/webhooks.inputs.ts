/** GraphQL inputs of webhooks, with the zod rules that validate them. */
import { Field, ID, InputType } from 'type-graphql';
import { z } from 'zod';
import { rules } from '../../shared/validate.js';
import { WebhookEventType } from './webhook-events.js';

export const MAX_URL_LENGTH = 2000;
export const MAX_DESCRIPTION = 200;
/** Endpoints per organisation: each event is sent once per endpoint. */
export const MAX_ENDPOINTS = 20;

const url = z.string().trim().min(1, 'Must not be empty').max(MAX_URL_LENGTH, `At most ${MAX_URL_LENGTH} characters`);
const events = z
  .array(z.nativeEnum(WebhookEventType, { message: 'Unknown event type' }))
  .min(1, 'Choose at least one event')
  .transform((list) => [...new Set(list)]);

@InputType()
export class CreateWebhookEndpointInput {
  @Field(() => String, {
    description: 'https URL with a public address (http://localhost only where the server allows local receivers).',
  })
  url!: string;
  @Field(() => [WebhookEventType]) events!: WebhookEventType[];
  @Field(() => String, { nullable: true, description: 'What receives the events (for the admins).' })
  description?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Default true.' }) active?: boolean | null;
}
export const CreateWebhookEndpointSchema = z.object({
  url,
  events,
  description: rules.optionalText(MAX_DESCRIPTION),
  active: z.boolean().nullish(),
});

@InputType()
export class UpdateWebhookEndpointInput {
  @Field(() => ID) id!: string;
  @Field(() => String, { nullable: true }) url?: string | null;
  @Field(() => [WebhookEventType], { nullable: true }) events?: WebhookEventType[] | null;
  @Field(() => String, { nullable: true, description: 'Empty text clears it.' }) description?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'False: no events are sent (pending retries are skipped).' })
  active?: boolean | null;
}
export const UpdateWebhookEndpointSchema = z.object({
  id: rules.id,
  url: url.nullish(),
  events: events.nullish(),
  description: rules.optionalText(MAX_DESCRIPTION),
  active: z.boolean().nullish(),
});

@InputType()
export class WebhookEndpointIdInput {
  @Field(() => ID) id!: string;
}
export const WebhookEndpointIdSchema = z.object({ id: rules.id });
