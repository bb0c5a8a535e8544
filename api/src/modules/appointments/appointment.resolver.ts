/** Staff: the calendar, single appointments, blockers, group appointments, cancelling and video. */
import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { z } from 'zod';
import type { Context } from '../../shared/context.js';
import { rules, validate } from '../../shared/validate.js';
import { notFound } from '../../shared/errors.js';
import { Client } from '../client/client.entity.js';
import { Appointment } from './appointment.entity.js';
import {
  AppointmentResult,
  Calendar,
  CancellationResult,
  GroupAppointmentResult,
  GroupAppointmentUpdateResult,
  GroupParticipantsResult,
  VideoLinks,
} from './appointment.types.js';
import {
  AppointmentIdInput,
  AppointmentIdSchema,
  ChangeAppointmentClientInput,
  ChangeAppointmentClientSchema,
  CreateAppointmentInput,
  CreateAppointmentSchema,
  CreateBlockerInput,
  CreateBlockerSchema,
  CreateGroupAppointmentInput,
  CreateGroupAppointmentSchema,
  GroupParticipantsInput,
  GroupParticipantsSchema,
  IdInput,
  IdSchema,
  RangeSchema,
  RemoveGroupParticipantInput,
  UpdateGroupAppointmentInput,
  UpdateGroupAppointmentSchema,
} from './appointment.inputs.js';
import { CALENDAR_POPULATE, CalendarScope, calendar } from './calendar.service.js';
import { StaffAppointmentService } from './staff-appointment.service.js';
import { CancellationService } from './cancellation.service.js';
import { startVideo } from './video.service.js';
import { changeAppointmentClient } from './appointment-client.service.js';
import { GroupParticipant } from './appointment.entity.js';

const staff = (ctx: Context) => new StaffAppointmentService(ctx.app, ctx.em, ctx.viewer!);

@Resolver(() => Appointment)
@Authorized('STAFF')
export class AppointmentResolver {
  @Query(() => Calendar, {
    description:
      'Appointments overlapping [from, to) (at most 63 days; list, day, week and month views), of the viewer (OWN), one colleague (COUNSELLOR with counsellorId) or everyone (ALL); optionally with free slots. With `bookedSince` (at most 31 days ago), only the appointments clients booked after it (`bookedAt`; not those staff made, no holds), whenever they take place (from/to then bound the free slots alone): what was booked with you while you were away.',
  })
  async calendar(
    @Arg('from', () => Date) from: Date,
    @Arg('to', () => Date) to: Date,
    @Arg('scope', () => CalendarScope, { defaultValue: CalendarScope.OWN }) scope: CalendarScope,
    @Arg('counsellorId', () => ID, { nullable: true }) counsellorId: string | null,
    @Arg('includeFreeSlots', () => Boolean, { defaultValue: false }) includeFreeSlots: boolean,
    @Arg('bookedSince', () => Date, { nullable: true }) bookedSince: Date | null,
    @Ctx() ctx: Context,
  ): Promise<Calendar> {
    const args = validate(
      z.object({ range: RangeSchema, counsellorId: rules.id.nullish(), bookedSince: rules.recentInstant.nullish() }),
      { range: { from, to }, counsellorId, bookedSince },
    );
    return calendar(ctx.em, ctx.app, ctx.viewer!, {
      ...args.range,
      scope,
      counsellorId: args.counsellorId,
      includeFreeSlots,
      bookedSince: args.bookedSince ?? null,
    });
  }

  @Query(() => Appointment)
  async appointment(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Appointment> {
    const a = await ctx.em.findOne(
      Appointment,
      { id: validate(IdSchema, { id }).id, organisation: ctx.viewer!.organisationId },
      { populate: CALENDAR_POPULATE },
    );
    if (!a) throw notFound('Appointment');
    return a as Appointment;
  }

  @Mutation(() => AppointmentResult, { description: 'A single appointment with a client, booked by staff.' })
  async createAppointment(
    @Arg('input', () => CreateAppointmentInput) input: CreateAppointmentInput,
    @Ctx() ctx: Context,
  ) {
    return staff(ctx).createAppointment(validate(CreateAppointmentSchema, input));
  }

  @Mutation(() => AppointmentResult, { description: 'Keeps time free of bookings.' })
  async createBlocker(@Arg('input', () => CreateBlockerInput) input: CreateBlockerInput, @Ctx() ctx: Context) {
    return staff(ctx).createBlocker(validate(CreateBlockerSchema, input));
  }

  @Mutation(() => GroupAppointmentResult, {
    description: 'Date, from and to are local to the organisation’s timezone; `clientGroupIds` seat their members.',
  })
  async createGroupAppointment(
    @Arg('input', () => CreateGroupAppointmentInput) input: CreateGroupAppointmentInput,
    @Ctx() ctx: Context,
  ) {
    return staff(ctx).createGroup(validate(CreateGroupAppointmentSchema, input));
  }

  @Mutation(() => GroupAppointmentUpdateResult, {
    description: 'Changes a group appointment; participants with an address get an updated calendar file.',
  })
  async updateGroupAppointment(
    @Arg('input', () => UpdateGroupAppointmentInput) input: UpdateGroupAppointmentInput,
    @Ctx() ctx: Context,
  ) {
    const data = validate(UpdateGroupAppointmentSchema, input);
    return staff(ctx).updateGroup({ ...data, remarks: 'remarks' in input ? data.remarks : undefined });
  }

  @Mutation(() => GroupParticipantsResult, { description: 'All or none; GroupFull when they do not fit.' })
  async addGroupParticipants(
    @Arg('input', () => GroupParticipantsInput) input: GroupParticipantsInput,
    @Ctx() ctx: Context,
  ) {
    const data = validate(GroupParticipantsSchema, input);
    return staff(ctx).addParticipants(data.appointmentId, data.clientIds);
  }

  @Mutation(() => Appointment)
  async removeGroupParticipant(
    @Arg('input', () => RemoveGroupParticipantInput) input: RemoveGroupParticipantInput,
    @Ctx() ctx: Context,
  ) {
    const data = validate(z.object({ appointmentId: rules.id, clientId: rules.id }), input);
    return staff(ctx).removeParticipant(data.appointmentId, data.clientId);
  }

  @Mutation(() => CancellationResult, {
    description:
      'Cancels an appointment, blocker or group (the counsellor’s own, or any as admin); the time is free again.',
  })
  async cancelAppointment(@Arg('input', () => IdInput) input: IdInput, @Ctx() ctx: Context) {
    return new CancellationService(ctx.app, ctx.em).cancelAsStaff(ctx.viewer!, validate(IdSchema, input).id);
  }

  @Mutation(() => Appointment, {
    description:
      'Gives a booked single appointment that has not begun to another active client (the counsellor’s own, or any as admin): the former client is told it was cancelled, the new one gets the confirmation.',
  })
  async changeAppointmentClient(
    @Arg('input', () => ChangeAppointmentClientInput) input: ChangeAppointmentClientInput,
    @Ctx() ctx: Context,
  ) {
    return changeAppointmentClient(ctx.app, ctx.em, ctx.viewer!, validate(ChangeAppointmentClientSchema, input));
  }

  @Mutation(() => VideoLinks, {
    description: 'Opens the video room: moderator link for the counsellor, plus guest and seminar links to share.',
  })
  async startVideo(@Arg('input', () => AppointmentIdInput) input: AppointmentIdInput, @Ctx() ctx: Context) {
    return startVideo(ctx.app, ctx.em, ctx.viewer!, validate(AppointmentIdSchema, input).appointmentId);
  }

  @FieldResolver(() => [Client], { description: 'GROUP: the participants.' })
  async participants(@Root() a: Appointment): Promise<Client[]> {
    if (a.kind !== 'GROUP') return [];
    const seats: GroupParticipant[] = a.participants.isInitialized()
      ? a.participants.getItems()
      : await a.participants.loadItems({ populate: ['client'] } as never);
    return seats.map((p) => p.client);
  }

  @FieldResolver(() => Int)
  async participantCount(@Root() a: Appointment): Promise<number> {
    return (await this.participants(a)).length;
  }
}
