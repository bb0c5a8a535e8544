/**
 * GraphQL operations of webhooks: admins only (class-level), in their own organisation.
 * See README "Webhooks" for the payloads, the signature and the address rules.
 */
import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../shared/context.js';
import { Connection, DEFAULT_PAGE_SIZE, PageInput, PageSchema, type ConnectionShape } from '../../shared/pagination.js';
import { rules, validate } from '../../shared/validate.js';
import {
  CreateWebhookEndpointInput,
  CreateWebhookEndpointSchema,
  UpdateWebhookEndpointInput,
  UpdateWebhookEndpointSchema,
  WebhookEndpointIdInput,
  WebhookEndpointIdSchema,
} from './webhooks.inputs.js';
import { WebhooksService } from './webhooks.service.js';
import { WebhookAttemptView, WebhookEndpointView, WebhookEndpointWithSecret } from './webhooks.types.js';

const WebhookAttemptConnection = Connection(WebhookAttemptView, 'WebhookAttempt');

const service = (ctx: Context) => new WebhooksService(ctx.app, ctx.em);

@Resolver()
@Authorized('ADMIN')
export class WebhooksResolver {
  @Query(() => [WebhookEndpointView], {
    description: 'The organisation’s webhook endpoints, oldest first (at most 20, so a plain list).',
  })
  webhookEndpoints(@Ctx() ctx: Context): Promise<WebhookEndpointView[]> {
    return service(ctx).list(ctx.viewer!);
  }

  @Query(() => WebhookAttemptConnection, {
    description: 'The delivery log of one endpoint: every attempt, newest first. Kept 30 days.',
  })
  webhookAttempts(
    @Arg('endpointId', () => ID) endpointId: string,
    @Ctx() ctx: Context,
    @Arg('page', () => PageInput, { nullable: true }) p?: PageInput | null,
  ): Promise<ConnectionShape<WebhookAttemptView>> {
    const { first, after } = validate(PageSchema, p ?? {});
    return service(ctx).attempts(ctx.viewer!, validate(rules.id, endpointId), first ?? DEFAULT_PAGE_SIZE, after);
  }

  @Mutation(() => WebhookEndpointWithSecret, {
    description:
      'Register an endpoint. The answer carries its signing secret, shown this once. BAD_USER_INPUT for a URL that is not https or points into a private network, unknown events, or beyond 20 endpoints (reason WEBHOOK_ENDPOINT_LIMIT).',
  })
  createWebhookEndpoint(
    @Arg('input', () => CreateWebhookEndpointInput) input: CreateWebhookEndpointInput,
    @Ctx() ctx: Context,
  ): Promise<WebhookEndpointWithSecret> {
    return service(ctx).create(ctx.viewer!, validate(CreateWebhookEndpointSchema, input));
  }

  @Mutation(() => WebhookEndpointView, {
    description: 'Change URL, events, description or active; what is left out stays.',
  })
  updateWebhookEndpoint(
    @Arg('input', () => UpdateWebhookEndpointInput) input: UpdateWebhookEndpointInput,
    @Ctx() ctx: Context,
  ): Promise<WebhookEndpointView> {
    const data = validate(UpdateWebhookEndpointSchema, input);
    return service(ctx).update(ctx.viewer!, {
      ...data,
      description: 'description' in input ? data.description : undefined,
    });
  }

  @Mutation(() => WebhookEndpointWithSecret, {
    description: 'Replace the signing secret; the old one stops working at once. The new one is shown this once.',
  })
  rotateWebhookSecret(
    @Arg('input', () => WebhookEndpointIdInput) input: WebhookEndpointIdInput,
    @Ctx() ctx: Context,
  ): Promise<WebhookEndpointWithSecret> {
    return service(ctx).rotateSecret(ctx.viewer!, validate(WebhookEndpointIdSchema, input).id);
  }

  @Mutation(() => Boolean, { description: 'Delete an endpoint with its pending deliveries and its log.' })
  deleteWebhookEndpoint(
    @Arg('input', () => WebhookEndpointIdInput) input: WebhookEndpointIdInput,
    @Ctx() ctx: Context,
  ): Promise<boolean> {
    return service(ctx).remove(ctx.viewer!, validate(WebhookEndpointIdSchema, input).id);
  }

  @Mutation(() => ID, {
    description:
      'Queue a `webhook.test` event to this endpoint (also when inactive); answers the event id. The result shows in `webhookAttempts`.',
  })
  sendWebhookTestEvent(
    @Arg('input', () => WebhookEndpointIdInput) input: WebhookEndpointIdInput,
    @Ctx() ctx: Context,
  ): Promise<string> {
    return service(ctx).sendTest(ctx.viewer!, validate(WebhookEndpointIdSchema, input).id);
  }
}

export const webhookResolvers = [WebhooksResolver] as const;
