/** The GraphQL operations of the group appointments view (loaded with it, not with the booking widget). */
import { graphql } from '../gql/index.js';
import type { BookingGroupOffersQuery } from '../gql/graphql.js';

export const GROUP_OFFERS = graphql(`
  query BookingGroupOffers($key: String!, $lang: String, $from: DateTimeISO!, $to: DateTimeISO!) {
    groupOffers(organisationKey: $key, lang: $lang, from: $from, to: $to) {
      id
      title
      remarks
      start
      end
      channel
      seatsLeft
      counsellor {
        id
        displayName
      }
    }
  }
`);

/**
 * The same selection as `confirmBooking`'s Booking, so the booking widget's confirmation view shows it.
 * Repeated on purpose: a shared fragment made the booking widget's first load 12 bytes (gzip) larger
 * and this chunk 10 (measured 2026-12-06), as codegen appends the fragment to each document.
 */
export const BOOK_GROUP_SEAT = graphql(`
  mutation BookingGroupSeat($input: BookGroupSeatInput!) {
    bookGroupSeat(input: $input) {
      __typename
      ... on Booking {
        id
        start
        end
        channel
        title
        pseudonym
        cancelToken
        cancelUrl
        calendarFile
        service {
          id
          name
        }
        counsellor {
          id
          displayName
        }
        address {
          name
          street
          postcode
          city
        }
      }
      ... on GroupFull {
        message
        capacity
      }
    }
  }
`);

export type GroupOffer = BookingGroupOffersQuery['groupOffers'][number];
