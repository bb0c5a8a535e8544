/** Staff: channels, services, booking times, absences and booking settings. */
import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { z } from 'zod';
import type { Context } from '../../shared/context.js';
import { rules, validate } from '../../shared/validate.js';
import { AppointmentService } from './appointment-service.entity.js';
import { AppointmentSettings } from './appointment-settings.entity.js';
import { CounsellorChannel } from './counsellor-channel.entity.js';
import { Absence } from './absence.entity.js';
import { BookingSchedule } from './appointment.types.js';
import {
  CreateAbsenceInput,
  CreateAbsenceSchema,
  CreateAppointmentServiceInput,
  CreateAppointmentServiceSchema,
  IdInput,
  IdSchema,
  RangeSchema,
  SetBookingTimesInput,
  SetBookingTimesSchema,
  SetCounsellorChannelsInput,
  SetCounsellorChannelsSchema,
  UpdateAppointmentServiceInput,
  UpdateAppointmentServiceSchema,
  UpdateAppointmentSettingsInput,
  UpdateAppointmentSettingsSchema,
} from './appointment.inputs.js';
import { ScheduleService } from './schedule.service.js';

const service = (ctx: Context) => new ScheduleService(ctx.app, ctx.em, ctx.viewer!);
const idArg = (id: string, path = 'counsellorId') =>
  validate(z.object({ [path]: rules.id }), { [path]: id })[path] as string;

@Resolver()
@Authorized('STAFF')
export class ScheduleResolver {
  @Query(() => [CounsellorChannel], { description: 'Channels a counsellor offers.' })
  async counsellorChannels(@Arg('counsellorId', () => ID) counsellorId: string, @Ctx() ctx: Context) {
    return service(ctx).channels(idArg(counsellorId));
  }

  @Mutation(() => [CounsellorChannel], { description: 'Replaces a counsellor’s channels (own, or anyone’s as admin).' })
  async setCounsellorChannels(
    @Arg('input', () => SetCounsellorChannelsInput) input: SetCounsellorChannelsInput,
    @Ctx() ctx: Context,
  ) {
    const data = validate(SetCounsellorChannelsSchema, input);
    return service(ctx).setChannels(
      data.counsellorId,
      data.channels.map((c) => ({ ...c, address: c.address ? stripNulls(c.address) : null })),
    );
  }

  @Query(() => [AppointmentService], { description: 'The organisation’s services (internal names included).' })
  async appointmentServices(
    @Arg('includeArchived', () => Boolean, { defaultValue: false }) includeArchived: boolean,
    @Ctx() ctx: Context,
  ) {
    return service(ctx).services(includeArchived);
  }

  @Mutation(() => AppointmentService, { description: 'Admin.' })
  async createAppointmentService(
    @Arg('input', () => CreateAppointmentServiceInput) input: CreateAppointmentServiceInput,
    @Ctx() ctx: Context,
  ) {
    return service(ctx).createService(validate(CreateAppointmentServiceSchema, input));
  }

  @Mutation(() => AppointmentService, { description: 'Admin. `active: false` archives the service.' })
  async updateAppointmentService(
    @Arg('input', () => UpdateAppointmentServiceInput) input: UpdateAppointmentServiceInput,
    @Ctx() ctx: Context,
  ) {
    const { id, ...rest } = validate(UpdateAppointmentServiceSchema, input);
    // Only fields present in the input change; an explicit null clears nullable ones.
    const present = Object.fromEntries(Object.entries(rest).filter(([k]) => k in input));
    return service(ctx).updateService(id, present);
  }

  @Query(() => BookingSchedule, { description: 'A counsellor’s weekly booking times and horizon.' })
  async bookingTimes(@Arg('counsellorId', () => ID) counsellorId: string, @Ctx() ctx: Context) {
    return service(ctx).bookingTimes(idArg(counsellorId));
  }

  @Mutation(() => BookingSchedule, {
    description: 'Replaces a counsellor’s booking times (own, or anyone’s as admin). Windows may overlap.',
  })
  async setBookingTimes(@Arg('input', () => SetBookingTimesInput) input: SetBookingTimesInput, @Ctx() ctx: Context) {
    return service(ctx).setBookingTimes(validate(SetBookingTimesSchema, input));
  }

  @Query(() => [Absence], { description: 'A counsellor’s absences overlapping [from, to) (at most 63 days).' })
  async absences(
    @Arg('counsellorId', () => ID) counsellorId: string,
    @Arg('from', () => Date) from: Date,
    @Arg('to', () => Date) to: Date,
    @Ctx() ctx: Context,
  ) {
    const range = validate(RangeSchema, { from, to });
    return service(ctx).absences(idArg(counsellorId), range.from, range.to);
  }

  @Mutation(() => Absence, { description: 'Own, or anyone’s as admin.' })
  async createAbsence(@Arg('input', () => CreateAbsenceInput) input: CreateAbsenceInput, @Ctx() ctx: Context) {
    return service(ctx).createAbsence(validate(CreateAbsenceSchema, input));
  }

  @Mutation(() => Boolean)
  async deleteAbsence(@Arg('input', () => IdInput) input: IdInput, @Ctx() ctx: Context) {
    return service(ctx).deleteAbsence(validate(IdSchema, input).id);
  }

  @Query(() => AppointmentSettings)
  async appointmentSettings(@Ctx() ctx: Context) {
    return service(ctx).settings();
  }

  @Mutation(() => AppointmentSettings, { description: 'Admin.' })
  async updateAppointmentSettings(
    @Arg('input', () => UpdateAppointmentSettingsInput) input: UpdateAppointmentSettingsInput,
    @Ctx() ctx: Context,
  ) {
    return service(ctx).updateSettings(validate(UpdateAppointmentSettingsSchema, input));
  }
}

function stripNulls<T extends Record<string, unknown>>(o: T): { [K in keyof T]?: Exclude<T[K], null> } {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v != null)) as never;
}
