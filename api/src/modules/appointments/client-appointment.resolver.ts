/** Logged-in clients: their own appointments, cancelling them, joining the video room. */
import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../shared/context.js';
import { validate } from '../../shared/validate.js';
import { CancellationResult, ClientAppointment } from './appointment.types.js';
import { AppointmentIdInput, AppointmentIdSchema, RangeSchema } from './appointment.inputs.js';
import { clientAppointments } from './calendar.service.js';
import { CancellationService } from './cancellation.service.js';
import { joinVideo } from './video.service.js';
import { LANG_ARG_DOC, VisitorLangSchema } from '../organisation/content-languages.js';
import { z } from 'zod';

@Resolver()
@Authorized('CLIENT')
export class ClientAppointmentResolver {
  @Query(() => [ClientAppointment], {
    description: 'The client’s bookings and group seats overlapping [from, to) (at most 63 days).',
  })
  async myAppointments(
    @Arg('from', () => Date) from: Date,
    @Arg('to', () => Date) to: Date,
    @Arg('lang', () => String, { nullable: true, description: LANG_ARG_DOC }) lang: string | null,
    @Ctx() ctx: Context,
  ) {
    const args = validate(z.object({ range: RangeSchema, lang: VisitorLangSchema }), { range: { from, to }, lang });
    return clientAppointments(ctx.em, ctx.app, ctx.viewer!, args.range.from, args.range.to, args.lang);
  }

  @Mutation(() => CancellationResult, { description: 'Cancels the client’s booking or gives up their group seat.' })
  async cancelMyAppointment(@Arg('input', () => AppointmentIdInput) input: AppointmentIdInput, @Ctx() ctx: Context) {
    const { appointmentId } = validate(AppointmentIdSchema, input);
    return new CancellationService(ctx.app, ctx.em).cancelAsClient(ctx.viewer!, appointmentId);
  }

  @Mutation(() => String, { description: 'The client’s link into the video room of their appointment.' })
  async joinVideo(@Arg('input', () => AppointmentIdInput) input: AppointmentIdInput, @Ctx() ctx: Context) {
    const { appointmentId } = validate(AppointmentIdSchema, input);
    return joinVideo(ctx.app, ctx.em, ctx.viewer!, appointmentId);
  }
}
