/** The chat and presence resolver classes, registered in graphql/resolvers.ts. */
import { PresencePublicResolver, PresenceResolver } from '../presence/presence.resolver.js';
import { ChatResolver } from './chat.resolver.js';
import { ChatDocumentsResolver } from './documents.resolver.js';
import { ChatSubscriptionsResolver } from './chat-subscriptions.resolver.js';
import { StaffChatResolver } from './staff-chat.resolver.js';
import { StartChatResolver } from './start-chat.resolver.js';

export const chatResolvers = [
  ChatResolver,
  StaffChatResolver,
  ChatDocumentsResolver,
  ChatSubscriptionsResolver,
  StartChatResolver,
  PresenceResolver,
  PresencePublicResolver,
] as const;
