/** The GraphQL documents of the Terminangebote section (admins): services and the booking settings. */
import { graphql } from '../gql/index.js';
import type {
  AppointmentChannel,
  DashboardAppointmentServiceFragment,
  DashboardAppointmentSettingsFragment,
} from '../gql/graphql.js';

export type AppointmentService = DashboardAppointmentServiceFragment;
export type AppointmentSettings = DashboardAppointmentSettingsFragment;
export type { AppointmentChannel };

/** Every channel, in the order the form offers them. */
export const CHANNELS: AppointmentChannel[] = ['VIDEO', 'PHONE', 'CHAT', 'ON_SITE'];

graphql(`
  fragment DashboardAppointmentService on AppointmentService {
    id
    active
    internalName
    publicName
    publicNames {
      lang
      text
    }
    publicDescription
    publicDescriptions {
      lang
      text
    }
    durationMinutes
    followUpMinutes
    minimumNoticeMinutes
    channel
    topic {
      id
      name
    }
  }
`);

graphql(`
  fragment DashboardAppointmentSettings on AppointmentSettings {
    id
    holdMinutes
    minimumNoticeMinutes
  }
`);

export const APPOINTMENT_SERVICES = graphql(`
  query DashboardAppointmentServices {
    appointmentServices(includeArchived: true) {
      ...DashboardAppointmentService
    }
    appointmentSettings {
      ...DashboardAppointmentSettings
    }
  }
`);

export const CREATE_APPOINTMENT_SERVICE = graphql(`
  mutation DashboardCreateAppointmentService($input: CreateAppointmentServiceInput!) {
    createAppointmentService(input: $input) {
      ...DashboardAppointmentService
    }
  }
`);

export const UPDATE_APPOINTMENT_SERVICE = graphql(`
  mutation DashboardUpdateAppointmentService($input: UpdateAppointmentServiceInput!) {
    updateAppointmentService(input: $input) {
      ...DashboardAppointmentService
    }
  }
`);

export const UPDATE_APPOINTMENT_SETTINGS = graphql(`
  mutation DashboardUpdateAppointmentSettings($input: UpdateAppointmentSettingsInput!) {
    updateAppointmentSettings(input: $input) {
      ...DashboardAppointmentSettings
    }
  }
`);
