/** Every resolver class. Add new modules' resolvers here. */
import type { NonEmptyArray } from 'type-graphql';
import { IdentityResolver } from '../modules/identity/identity.resolver.js';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const resolvers: NonEmptyArray<Function> = [IdentityResolver];
