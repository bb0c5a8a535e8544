/** The free start instants `<lotse-booking>` knows for one service and counsellor, as sorted epoch ms. */
import type { BookingFreeSlotsQuery } from '../gql/graphql.js';

/** The starts of one counsellor for one service from a `freeSlots` answer, ascending, without duplicates. */
export function startsOf(
  result: BookingFreeSlotsQuery['freeSlots'],
  serviceId: string,
  counsellorId: string,
): number[] {
  const out = new Set<number>();
  for (const group of result) {
    if (group.serviceId !== serviceId || group.counsellorId !== counsellorId) continue;
    for (const s of group.starts) out.add(Date.parse(s));
  }
  return [...out].sort((a, b) => a - b);
}

/** `known` with everything in `[from, to)` replaced by `fresh` (a refetch of that range). */
export function replaceRange(known: readonly number[], from: number, to: number, fresh: readonly number[]): number[] {
  return [...known.filter((t) => t < from || t >= to), ...fresh.filter((t) => t >= from && t < to)].sort(
    (a, b) => a - b,
  );
}

/** The first start at or after `from`, if any. */
export const firstFrom = (starts: readonly number[], from: number): number | undefined => starts.find((t) => t >= from);
