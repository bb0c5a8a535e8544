/** Logged-in clients: their own appointments, cancelling them, joining the video room. */
import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../shared/context.js';
import { validate } from '../../shared/validate.js';
import { CancellationResult, ClientAppointment } from './appointment.types.js';
import { AppointmentIdInput, AppointmentIdSchema, RangeSchema } from './appointment.inputs.js';
import { clientAppointments } from './calendar.service.js';
import { CancellationService } from './cancellation.service.js';
import { joinVideo } from './video.service.js';

@Resolver()
@Authorized('CLIENT')
export class ClientAppointmentResolver {
  @Query(() => [ClientAppointment], {
    description: 'The client’s bookings and group seats overlapping [from, to) (at most 63 days).',
  })
  async myAppointments(@Arg('from', () => Date) from: Date, @Arg('to', () => Date) to: Date, @Ctx() ctx: Context) {
    const range = validate(RangeSchema, { from, to });
    return clientAppointments(ctx.em, ctx.app, ctx.viewer!, range.from, range.to);
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
