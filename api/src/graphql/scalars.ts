/**
 * The `DateTimeISO` scalar: parsing (input) is graphql-scalars' strict RFC 3339 validation;
 * serializing (output) takes the fast path for Date objects and epoch milliseconds (a number is read
 * as epoch ms), which our own resolvers return — availability answers carry hundreds of instants, and the generic serializer
 * (which re-validates every value) was a tenth of such a query's time.
 */
import { GraphQLError, GraphQLScalarType } from 'graphql';
import { DateTimeISOResolver } from 'graphql-scalars';

/**
 * ISO strings of recently serialized instants. Availability answers repeat the same few thousand
 * slot starts request after request, and `Date#toISOString` was the largest single cost of a month
 * of free slots; a lookup is a tenth of it. Cleared when full, so memory stays bounded.
 */
const isoCache = new Map<number, string>();
const ISO_CACHE_SIZE = 50_000;

function isoOf(ms: number): string {
  let iso = isoCache.get(ms);
  if (iso === undefined) {
    if (Number.isNaN(ms)) throw new GraphQLError('DateTimeISO cannot represent an invalid Date');
    iso = new Date(ms).toISOString();
    if (isoCache.size >= ISO_CACHE_SIZE) isoCache.clear();
    isoCache.set(ms, iso);
  }
  return iso;
}

function toIso(value: unknown): string {
  if (typeof value === 'number') return isoOf(value);
  if (value instanceof Date) return isoOf(value.getTime());
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
