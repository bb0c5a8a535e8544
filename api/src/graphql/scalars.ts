/**
 * The `DateTimeISO` scalar: parsing (input) is graphql-scalars' strict RFC 3339 validation;
 * serializing (output) takes the fast path for Date objects and epoch milliseconds, which our own
 * resolvers return — availability answers carry hundreds of instants, and the generic serializer
 * (which re-validates every value) was a tenth of such a query's time.
 */
import { GraphQLError, GraphQLScalarType } from 'graphql';
import { DateTimeISOResolver } from 'graphql-scalars';

function toIso(value: unknown): string {
  const date = value instanceof Date ? value : typeof value === 'number' ? new Date(value) : null;
  if (date) {
    const ms = date.getTime();
    if (Number.isNaN(ms)) throw new GraphQLError('DateTimeISO cannot represent an invalid Date');
    return date.toISOString();
  }
  return DateTimeISOResolver.serialize(value) as string;
}

export const DateTimeISO = new GraphQLScalarType<Date, string>({
  name: DateTimeISOResolver.name,
  description: DateTimeISOResolver.description,
  specifiedByURL: DateTimeISOResolver.specifiedByURL,
  serialize: toIso,
  parseValue: (value) => DateTimeISOResolver.parseValue(value) as Date,
  parseLiteral: (ast, variables) => DateTimeISOResolver.parseLiteral(ast, variables) as Date,
  extensions: DateTimeISOResolver.extensions,
});
