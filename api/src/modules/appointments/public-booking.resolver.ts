/**
 * Public (no login) operations of the booking widget `<lotse-booking>`: the organisation is named by
 * its public key; a logged-in client of that organisation books as themselves.
 *
 * Flow: bookableServices → bookableCounsellors(serviceId) → freeSlots(week) → reserveSlot →
 * confirmBooking (or releaseReservation) → the confirmation mail's link (appointmentByLink,
 * joinVideoByLink, cancelBooking). Group appointments: groupOffers → bookGroupSeat. `availabilityChanged`
 * tells open widgets to refetch their week, or the seats left of the group offers.
 */
import { Arg, Ctx, ID, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql';
import { filter, pipe } from '@graphql-yoga/subscription';
import type { Context } from '../../shared/context.js';
import { validate, rules } from '../../shared/validate.js';
import { notFound } from '../../shared/errors.js';
import { z } from 'zod';
import { Organisation } from '../organisation/organisation.entity.js';
import {
  AvailabilityChange,
  BookableCounsellor,
  BookableService,
  BookGroupSeatResult,
  CancellableBooking,
  CancellationResult,
  ClientAppointment,
  ConfirmBookingResult,
  FreeSlots,
  GroupOffer,
  ReserveSlotResult,
} from './appointment.types.js';
import {
  AppointmentLinkInput,
  AppointmentLinkSchema,
  BookGroupSeatInput,
  BookGroupSeatSchema,
  CancelBookingInput,
  CancelBookingSchema,
  ConfirmBookingInput,
  ConfirmBookingSchema,
  RangeSchema,
  ReleaseReservationInput,
  ReleaseReservationSchema,
  ReserveSlotInput,
  ReserveSlotSchema,
} from './appointment.inputs.js';
import { bookableCounsellors, bookableServices, groupOffers, organisationByKey } from './public-catalog.service.js';
import { findFreeSlots } from './availability.service.js';
import { ReservationService } from './reservation.service.js';
import { CancellationService } from './cancellation.service.js';
import { bookGroupSeat } from './staff-appointment.service.js';
import { viewerClient } from './booking-client.js';
import { appointmentByLink } from './calendar.service.js';
import { joinVideoByLink } from './video.service.js';
import { AVAILABILITY_TOPIC, type AvailabilityChangePayload } from './availability-events.js';
import { LANG_ARG_DOC, VisitorLangSchema } from '../organisation/content-languages.js';

const KeySchema = z.string().trim().min(1).max(64);
const FreeSlotsSchema = z.object({
  organisationKey: KeySchema,
  serviceId: rules.id.nullish(),
  counsellorId: rules.id.nullish(),
  range: RangeSchema,
});

@Resolver()
export class PublicBookingResolver {
  @Query(() => [BookableService], { description: 'Active services of an organisation, public fields only.' })
  async bookableServices(
    @Arg('organisationKey', () => String) organisationKey: string,
    @Arg('lang', () => String, { nullable: true, description: LANG_ARG_DOC }) lang: string | null,
    @Ctx() ctx: Context,
  ) {
    const args = validate(z.object({ organisationKey: KeySchema, lang: VisitorLangSchema }), { organisationKey, lang });
    return bookableServices(ctx.em, args.organisationKey, args.lang);
  }

  @Query(() => [BookableCounsellor], {
    description: 'Counsellors with booking times (for the service, if given), public profile only.',
  })
  async bookableCounsellors(
    @Arg('organisationKey', () => String) organisationKey: string,
    @Arg('serviceId', () => ID, { nullable: true }) serviceId: string | null,
    @Ctx() ctx: Context,
  ) {
    const args = validate(z.object({ organisationKey: KeySchema, serviceId: rules.id.nullish() }), {
      organisationKey,
      serviceId,
    });
    return bookableCounsellors(ctx.em, ctx.app, args.organisationKey, args.serviceId);
  }

  @Query(() => [FreeSlots], {
    description:
      'Free slots starting in [from, to) (at most 63 days), grouped by counsellor and service. Slots of counsellors who only take their regular clients appear only for those clients.',
  })
  async freeSlots(
    @Arg('organisationKey', () => String) organisationKey: string,
    @Arg('from', () => Date) from: Date,
    @Arg('to', () => Date) to: Date,
    @Arg('serviceId', () => ID, { nullable: true }) serviceId: string | null,
    @Arg('counsellorId', () => ID, { nullable: true }) counsellorId: string | null,
    @Ctx() ctx: Context,
  ): Promise<FreeSlots[]> {
    const args = validate(FreeSlotsSchema, { organisationKey, serviceId, counsellorId, range: { from, to } });
    let regularClientsOf: string | null = null;
    if (ctx.viewer?.kind === 'CLIENT') {
      // The context loaded the account already: no extra SQL for anonymous visitors.
      const org = await ctx.em.findOne(Organisation, { publicKey: args.organisationKey, suspendedAt: null });
      const client = org ? await viewerClient(ctx.em, ctx.viewer, org.id) : null;
      regularClientsOf = client?.primaryCounsellor?.id ?? null;
    }
    const { context, groups } = await findFreeSlots(ctx.app, {
      organisation: { publicKey: args.organisationKey },
      from: args.range.from,
      to: args.range.to,
      serviceId: args.serviceId,
      counsellorIds: args.counsellorId ? [args.counsellorId] : null,
      regularClientsOf,
    });
    if (!context) throw notFound('Organisation');
    // Epoch ms go out as they are: the DateTimeISO scalar serializes numbers without a Date per slot.
    return groups;
  }

  @Query(() => [GroupOffer], { description: 'Group appointments clients can book a seat in, starting in [from, to).' })
  async groupOffers(
    @Arg('organisationKey', () => String) organisationKey: string,
    @Arg('from', () => Date) from: Date,
    @Arg('to', () => Date) to: Date,
    @Arg('lang', () => String, { nullable: true, description: LANG_ARG_DOC }) lang: string | null,
    @Ctx() ctx: Context,
  ) {
    const args = validate(z.object({ organisationKey: KeySchema, range: RangeSchema, lang: VisitorLangSchema }), {
      organisationKey,
      range: { from, to },
      lang,
    });
    return groupOffers(ctx.em, ctx.app, args.organisationKey, args.range.from, args.range.to, args.lang);
  }

  @Query(() => CancellableBooking, { description: 'What a cancel link refers to.' })
  async bookingByCancelToken(@Arg('token', () => String) token: string, @Ctx() ctx: Context) {
    const args = validate(CancelBookingSchema, { token });
    return new CancellationService(ctx.app, ctx.em).describeByToken(args.token);
  }

  @Query(() => ClientAppointment, {
    description:
      'The appointment behind the link of a confirmation mail (its token), as its client sees it: the way back for a visitor who booked under a pseudonym only.',
  })
  async appointmentByLink(
    @Arg('token', () => String) token: string,
    @Arg('lang', () => String, {
      nullable: true,
      description: `${LANG_ARG_DOC} Left out: the language the appointment was booked in.`,
    })
    lang: string | null,
    @Ctx() ctx: Context,
  ) {
    const args = validate(AppointmentLinkSchema.extend({ lang: VisitorLangSchema }), { token, lang });
    return appointmentByLink(ctx.em, ctx.app, args.token, args.lang);
  }

  @Mutation(() => String, {
    description:
      'The link of a confirmation mail into the video room of its appointment (member, as the client who booked), from shortly before the start (videoOpensAt) until videoClosesAt; BAD_USER_INPUT with reason VIDEO_NOT_OPEN_YET or VIDEO_CLOSED otherwise.',
  })
  async joinVideoByLink(@Arg('input', () => AppointmentLinkInput) input: AppointmentLinkInput, @Ctx() ctx: Context) {
    const data = validate(AppointmentLinkSchema, input);
    return joinVideoByLink(ctx.app, ctx.em, data.token);
  }

  @Mutation(() => ReserveSlotResult, {
    description:
      'Holds a free slot for the organisation’s hold time (default 10 minutes): it disappears for everyone. SlotTaken when it is no longer free; FORBIDDEN (reason REGULAR_CLIENTS_ONLY) for counsellors who only take their regular clients.',
  })
  async reserveSlot(@Arg('input', () => ReserveSlotInput) input: ReserveSlotInput, @Ctx() ctx: Context) {
    const data = validate(ReserveSlotSchema, input);
    await ctx.app.limits.reserveIp.consume(ctx.ip);
    return new ReservationService(ctx.app, ctx.em, ctx.viewer).reserve(data);
  }

  @Mutation(() => Boolean, { description: 'Gives a held slot back at once.' })
  async releaseReservation(
    @Arg('input', () => ReleaseReservationInput) input: ReleaseReservationInput,
    @Ctx() ctx: Context,
  ) {
    const data = validate(ReleaseReservationSchema, input);
    return new ReservationService(ctx.app, ctx.em, ctx.viewer).release(data.reservationId, data.holdToken);
  }

  @Mutation(() => ConfirmBookingResult, {
    description:
      'Turns a reservation into a booking: as the logged-in client, or under a pseudonym (a new client account without password; PSEUDONYM_TAKEN if the name is in use). Sends the confirmation with calendar file and cancel link to the email, if given.',
  })
  async confirmBooking(@Arg('input', () => ConfirmBookingInput) input: ConfirmBookingInput, @Ctx() ctx: Context) {
    const data = validate(ConfirmBookingSchema, input);
    return new ReservationService(ctx.app, ctx.em, ctx.viewer).confirm(data);
  }

  @Mutation(() => CancellationResult, {
    description: 'Cancels the booking (or group seat) of a cancel link. Idempotent.',
  })
  async cancelBooking(@Arg('input', () => CancelBookingInput) input: CancelBookingInput, @Ctx() ctx: Context) {
    const data = validate(CancelBookingSchema, input);
    return new CancellationService(ctx.app, ctx.em).cancelByToken(data.token);
  }

  @Mutation(() => BookGroupSeatResult, {
    description: 'Books a seat in a group appointment; GroupFull when none is left.',
  })
  async bookGroupSeat(@Arg('input', () => BookGroupSeatInput) input: BookGroupSeatInput, @Ctx() ctx: Context) {
    const data = validate(BookGroupSeatSchema, input);
    // Seats count against the same per-IP budget as holds: both take capacity from everyone else.
    await ctx.app.limits.reserveIp.consume(ctx.ip);
    return bookGroupSeat(ctx.app, ctx.em, ctx.viewer, data);
  }

  @Subscription(() => AvailabilityChange, {
    description:
      'Announces that a counsellor’s free slots changed (reservation, booking, cancellation, expiry, schedule change): refetch freeSlots; or the seats of their group appointments (SEATS_CHANGED): refetch groupOffers. Public.',
    subscribe: async ({ args, context }) => {
      const { organisationKey, counsellorId } = validate(
        z.object({ organisationKey: KeySchema, counsellorId: rules.id.nullish() }),
        args,
      );
      const org = await organisationByKey((context as Context).em, organisationKey);
      const source = (context as Context).app.pubSub.subscribe(
        AVAILABILITY_TOPIC as never,
        org.id as never,
      ) as AsyncIterable<AvailabilityChangePayload>;
      return pipe(
        source,
        filter((p: AvailabilityChangePayload) => !counsellorId || p.counsellorId === counsellorId),
      );
    },
  })
  availabilityChanged(
    @Root() payload: AvailabilityChangePayload,
    @Arg('organisationKey', () => String) _organisationKey: string,
    @Arg('counsellorId', () => ID, { nullable: true }) _counsellorId: string | null,
  ): AvailabilityChange {
    return { counsellorId: payload.counsellorId, reason: payload.reason, at: new Date(payload.at) };
  }
}
