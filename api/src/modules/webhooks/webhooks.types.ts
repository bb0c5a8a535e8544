/**
 * GraphQL types of webhooks. The secret is part of the answer to creating an endpoint and to
 * rotating its secret only (`WebhookEndpointWithSecret`); nothing reads it back later.
 */
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { WebhookEventType } from './webhook-events.js';
import { WebhookDeliveryStatus } from './webhooks.entities.js';

registerEnumType(WebhookDeliveryStatus, { name: 'WebhookDeliveryStatus' });

@ObjectType('WebhookEndpoint', { description: 'A receiver of the organisation’s events (admins only).' })
export class WebhookEndpointView {
  @Field(() => ID) id!: string;
  @Field(() => String) url!: string;
  @Field(() => String, { nullable: true }) description!: string | null;
  @Field(() => [WebhookEventType]) events!: WebhookEventType[];
  @Field(() => Boolean, { description: 'False: no events are sent.' }) active!: boolean;
  @Field(() => Date) createdAt!: Date;
}

@ObjectType('WebhookEndpointWithSecret', {
  description: 'An endpoint with its signing secret: shown this once; store it with the receiver.',
})
export class WebhookEndpointWithSecret {
  @Field(() => WebhookEndpointView) endpoint!: WebhookEndpointView;
  @Field(() => String, { description: 'The HMAC-SHA256 key of `Lotse-Signature` (README, Webhooks).' })
  secret!: string;
}

@ObjectType('WebhookAttempt', {
  description: 'One delivery attempt of an event to an endpoint: the delivery log. No response body beyond a snippet.',
})
export class WebhookAttemptView {
  @Field(() => ID) id!: string;
  @Field(() => ID, { description: 'The event’s id (payload `id`, header `Lotse-Event-Id`).' }) eventId!: string;
  @Field(() => String, { description: 'The payload `type`, e.g. `booking.created`, `webhook.test`.' })
  eventType!: string;
  @Field(() => Int, { description: '1 for the first try.' }) attempt!: number;
  @Field(() => Date) createdAt!: Date;
  @Field(() => Int, { nullable: true, description: 'Null when no answer came (timeout, refused).' })
  statusCode!: number | null;
  @Field(() => Int) durationMs!: number;
  @Field(() => String, { nullable: true }) error!: string | null;
  @Field(() => String, { nullable: true, description: 'The first 200 characters of the answer.' })
  responseSnippet!: string | null;
  @Field(() => Date, { nullable: true, description: 'When the next attempt is due; null when none follows.' })
  nextRetryAt!: Date | null;
  @Field(() => WebhookDeliveryStatus, { description: 'Where the delivery of this event stands now.' })
  deliveryStatus!: WebhookDeliveryStatus;
}
