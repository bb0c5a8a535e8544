/** Every entity of the appointments module (registered in db/entities.ts). */
import { AppointmentSettings } from './appointment-settings.entity.js';
import { CounsellorChannel } from './counsellor-channel.entity.js';
import { AppointmentService } from './appointment-service.entity.js';
import { BookingWindow, CounsellorSchedule } from './booking-window.entity.js';
import { Absence } from './absence.entity.js';
import { Appointment, CancelledSeat, GroupParticipant } from './appointment.entity.js';

export const appointmentEntities = [
  AppointmentSettings,
  CounsellorChannel,
  AppointmentService,
  CounsellorSchedule,
  BookingWindow,
  Absence,
  Appointment,
  GroupParticipant,
  CancelledSeat,
];
