import type { GraphQLResolveInfo } from 'graphql';
import { projectionOf, type Projection } from '../../db/lean.js';
import type { Context } from '../../shared/context.js';
import { fieldsAt } from '../../shared/selection.js';
import { Client } from './client.entity.js';

/**
 * Properties behind the computed fields of the `Client` type (client.resolver.ts, password.resolver.ts,
 * client-groups.resolver.ts). Every field that depends on the viewer checks the client's organisation,
 * so each reads `organisation`. Resolvers of `Client` take the entity or its lean row (`ClientRow`) and
 * read only what their field declares here.
 */
export const CLIENT_NEEDS = {
  email: ['email', 'organisation'],
  phone: ['phone', 'organisation'],
  contactHidden: ['organisation'],
  masterData: ['masterData', 'organisation'],
  topics: ['organisation'],
  primaryCounsellor: ['primaryCounsellor', 'organisation'],
  watched: ['organisation'],
  purgeDueAt: ['deletionRequestedAt', 'organisation'],
  invitationAvailability: ['email', 'status', 'organisation'],
  groups: ['organisation'],
} as const;

/** The columns a `Client` selection at `path` needs (null: every column). */
export function clientProjection(
  ctx: Context,
  info: GraphQLResolveInfo | undefined,
  path: readonly string[],
): Projection {
  return projectionOf(ctx.app.orm, Client, fieldsAt(info, path), CLIENT_NEEDS);
}
