/** The calendar screen's GraphQL documents and the shapes the views and dialogs share. */
import { graphql } from '../gql/index.js';
import type { DashboardCalendarQuery, DashboardCalendarSetupQuery } from '../gql/graphql.js';

export const CALENDAR = graphql(`
  query DashboardCalendar(
    $scope: CalendarScope!
    $counsellorId: ID
    $from: DateTimeISO!
    $to: DateTimeISO!
    $free: Boolean!
    $absencesOf: ID!
    $withAbsences: Boolean!
  ) {
    calendar(scope: $scope, counsellorId: $counsellorId, from: $from, to: $to, includeFreeSlots: $free) {
      appointments {
        id
        kind
        status
        start
        end
        title
        titles {
          lang
          text
        }
        remarks
        channel
        followUpMinutes
        maxParticipants
        participantCount
        bookableByClients
        counsellor {
          id
          displayName
        }
        client {
          id
          pseudonym
          clientNumber
        }
        participants {
          id
          pseudonym
          clientNumber
        }
        service {
          id
          internalName
        }
      }
      freeSlots {
        counsellorId
        serviceId
        durationMinutes
        starts
      }
    }
    absences(counsellorId: $absencesOf, from: $from, to: $to) @include(if: $withAbsences) {
      id
      start
      end
      note
    }
  }
`);

/** What the dialogs offer: colleagues and services (clients are searched in `<lotse-client-picker>`). */
export const CALENDAR_SETUP = graphql(`
  query DashboardCalendarSetup {
    organisation {
      id
      publicKey
    }
    counsellors(filter: { active: true }, page: { first: 100 }) {
      edges {
        node {
          id
          displayName
          firstName
          lastName
        }
      }
    }
    appointmentServices {
      id
      internalName
      durationMinutes
      followUpMinutes
      channel
    }
  }
`);

export type CalendarAppointment = DashboardCalendarQuery['calendar']['appointments'][number];
export type CalendarAbsence = NonNullable<DashboardCalendarQuery['absences']>[number];
export type CalendarService = DashboardCalendarSetupQuery['appointmentServices'][number];
export interface Person {
  id: string;
  name: string;
}

/** Any counsellor's free time changed (a booking, a hold, a cancellation, new booking times …). */
export const AVAILABILITY_CHANGED = graphql(`
  subscription DashboardAvailabilityChanged($key: String!) {
    availabilityChanged(organisationKey: $key) {
      counsellorId
      reason
    }
  }
`);

/** Fired (bubbling, composed) by the dialogs after they changed the calendar. */
export const CALENDAR_CHANGED = 'lotse-calendar-changed';
