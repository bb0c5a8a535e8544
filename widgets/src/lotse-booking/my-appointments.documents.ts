/** The GraphQL operations of the "my appointments" view (loaded with it, not with the booking widget). */
import { graphql } from '../gql/index.js';
import type { MyAppointmentsQuery } from '../gql/graphql.js';

export const MY_APPOINTMENTS = graphql(`
  query MyAppointments($from: DateTimeISO!, $to: DateTimeISO!, $lang: String) {
    myAppointments(from: $from, to: $to, lang: $lang) {
      ...MyAppointment
    }
    myInbox(page: { first: 1 }) {
      totalCount
    }
    myInboxUnread
  }
`);

export const APPOINTMENT_BY_LINK = graphql(`
  query MyAppointmentByLink($token: String!, $lang: String) {
    appointmentByLink(token: $token, lang: $lang) {
      ...MyAppointment
    }
  }
`);

export const MY_APPOINTMENT = graphql(`
  fragment MyAppointment on ClientAppointment {
    id
    kind
    status
    start
    end
    channel
    title
    remarks
    service {
      name
    }
    counsellor {
      displayName
    }
    videoOpensAt
    videoClosesAt
    calendarFile
  }
`);

export const JOIN_VIDEO = graphql(`
  mutation MyAppointmentJoinVideo($input: AppointmentIdInput!) {
    joinVideo(input: $input)
  }
`);

export const JOIN_VIDEO_BY_LINK = graphql(`
  mutation MyAppointmentJoinVideoByLink($input: AppointmentLinkInput!) {
    joinVideoByLink(input: $input)
  }
`);

export const CANCEL_MY_APPOINTMENT = graphql(`
  mutation MyAppointmentCancel($input: AppointmentIdInput!) {
    cancelMyAppointment(input: $input) {
      appointmentId
      status
    }
  }
`);

export const CANCEL_BY_LINK = graphql(`
  mutation MyAppointmentCancelByLink($input: CancelBookingInput!) {
    cancelBooking(input: $input) {
      appointmentId
      status
    }
  }
`);

export type MyAppointment = MyAppointmentsQuery['myAppointments'][number];
