/** Every resolver class of the appointments module (registered in graphql/resolvers.ts). */
import { PublicBookingResolver } from './public-booking.resolver.js';
import { ScheduleResolver } from './schedule.resolver.js';
import { AppointmentResolver } from './appointment.resolver.js';
import { ClientAppointmentResolver } from './client-appointment.resolver.js';

export const appointmentResolvers = [
  PublicBookingResolver,
  ScheduleResolver,
  AppointmentResolver,
  ClientAppointmentResolver,
] as const;
