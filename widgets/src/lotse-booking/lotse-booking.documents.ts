/** The GraphQL operations of `<lotse-booking>` (typed by `npm run codegen`). */
import { graphql } from '../gql/index.js';
import type { BookingCatalogQuery, BookingConfirmMutation, BookingReserveSlotMutation } from '../gql/graphql.js';

/**
 * Services and counsellors in one request: the counsellors carry the ids of the services they offer;
 * the ids of group appointments with open booking say whether to offer the group view.
 */
export const CATALOG = graphql(`
  query BookingCatalog($key: String!, $lang: String, $from: DateTimeISO!, $to: DateTimeISO!) {
    bookableServices(organisationKey: $key, lang: $lang) {
      id
      name
      description
      durationMinutes
      channel
      topic
    }
    bookableCounsellors(organisationKey: $key) {
      id
      displayName
      avatarUrl
      languages
      descriptions {
        lang
        text
      }
      onlyRegularClients
      serviceIds
      channels
    }
    groupOffers(organisationKey: $key, from: $from, to: $to) {
      id
    }
  }
`);

export const FREE_SLOTS = graphql(`
  query BookingFreeSlots($key: String!, $from: DateTimeISO!, $to: DateTimeISO!, $serviceId: ID, $counsellorId: ID) {
    freeSlots(organisationKey: $key, from: $from, to: $to, serviceId: $serviceId, counsellorId: $counsellorId) {
      counsellorId
      serviceId
      starts
    }
  }
`);

export const RESERVE_SLOT = graphql(`
  mutation BookingReserveSlot($input: ReserveSlotInput!) {
    reserveSlot(input: $input) {
      __typename
      ... on Reservation {
        id
        holdToken
        expiresAt
        start
        end
        counsellorId
        serviceId
      }
      ... on SlotTaken {
        message
      }
    }
  }
`);

export const RELEASE_RESERVATION = graphql(`
  mutation BookingReleaseReservation($input: ReleaseReservationInput!) {
    releaseReservation(input: $input)
  }
`);

export const CONFIRM_BOOKING = graphql(`
  mutation BookingConfirm($input: ConfirmBookingInput!) {
    confirmBooking(input: $input) {
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
      ... on SlotTaken {
        message
      }
    }
  }
`);

export const CANCEL_BOOKING = graphql(`
  mutation BookingCancel($input: CancelBookingInput!) {
    cancelBooking(input: $input) {
      appointmentId
      status
    }
  }
`);

/** A booked appointment's names in the visitor's language now (through its link's secret). */
export const BOOKING_IN_LANG = graphql(`
  query BookingInLang($token: String!, $lang: String) {
    appointmentByLink(token: $token, lang: $lang) {
      title
      service {
        id
        name
      }
    }
  }
`);

/** Who is logged in (a client of the organisation books as themselves, without a pseudonym). */
export const VIEWER = graphql(`
  query BookingViewer {
    me {
      kind
      client {
        pseudonym
      }
    }
  }
`);

export const AVAILABILITY_CHANGED = graphql(`
  subscription BookingAvailabilityChanged($key: String!, $counsellorId: ID) {
    availabilityChanged(organisationKey: $key, counsellorId: $counsellorId) {
      counsellorId
      reason
    }
  }
`);

export type Service = BookingCatalogQuery['bookableServices'][number];
export type Counsellor = BookingCatalogQuery['bookableCounsellors'][number];
export type Reservation = Extract<BookingReserveSlotMutation['reserveSlot'], { __typename: 'Reservation' }>;
export type Booking = Extract<BookingConfirmMutation['confirmBooking'], { __typename: 'Booking' }>;
