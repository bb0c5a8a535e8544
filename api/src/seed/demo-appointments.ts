/**
 * Demo appointment data, so the demo page's `<lotse-booking>` shows free slots right away: channels
 * for Anna and Jonas, three services and weekday booking times four weeks ahead. Built through the
 * appointments module's own service (as the demo admin), so it obeys the same rules as the dashboard.
 */
import { AppointmentChannel } from '../modules/appointments/appointment.enums.js';
import { ScheduleService } from '../modules/appointments/schedule.service.js';
import { parseClock } from '../modules/appointments/local-time.js';
import type { DemoSeed } from './module-seeds.js';
import { seedViewer } from './seed-viewer.js';

const MONDAY_TO_FRIDAY = [1, 2, 3, 4, 5];

/** Minutes after local midnight of an `HH:MM` time. */
const clock = (hhmm: string): number => {
  const minutes = parseClock(hhmm);
  if (minutes === null) throw new Error(`Bad demo time ${hhmm}`);
  return minutes;
};

export const seedDemoAppointments: DemoSeed = async ({ app, em, org, admin, counsellors }) => {
  const [anna, jonas] = counsellors;
  if (!anna || !jonas) return;
  const viewer = seedViewer(org.id, admin.id, 'STAFF', 'ADMIN');
  const schedule = new ScheduleService(app, em, viewer);

  await schedule.setChannels(anna.id, [{ channel: AppointmentChannel.VIDEO }, { channel: AppointmentChannel.PHONE }]);
  await schedule.setChannels(jonas.id, [
    { channel: AppointmentChannel.VIDEO },
    { channel: AppointmentChannel.PHONE },
    {
      channel: AppointmentChannel.ON_SITE,
      address: { name: 'Beratungsstelle Lotse', street: 'Hafenstraße 1', postcode: '10115', city: 'Berlin' },
    },
  ]);

  const video = await schedule.createService({
    internalName: 'EG-Video',
    publicName: 'Erstgespräch (Video)',
    publicNames: [{ lang: 'en', text: 'First conversation (video)' }],
    publicDescription:
      'Ein erstes Gespräch per Video: Wir lernen Ihr Anliegen kennen und besprechen, wie es weitergehen kann.',
    publicDescriptions: [
      { lang: 'en', text: 'A first conversation by video: we get to know your concern and talk about the next steps.' },
    ],
    durationMinutes: 50,
    followUpMinutes: 10,
    channel: AppointmentChannel.VIDEO,
  });
  const phone = await schedule.createService({
    internalName: 'Telefon-30',
    publicName: 'Telefonberatung',
    publicNames: [{ lang: 'en', text: 'Phone counselling' }],
    publicDescription: 'Eine kurze Beratung am Telefon – wir rufen Sie zur vereinbarten Zeit an.',
    publicDescriptions: [
      { lang: 'en', text: 'A short counselling session by phone – we call you at the agreed time.' },
    ],
    durationMinutes: 30,
    followUpMinutes: 0,
    channel: AppointmentChannel.PHONE,
  });
  const onSite = await schedule.createService({
    internalName: 'Vor-Ort-50',
    publicName: 'Beratung vor Ort',
    publicNames: [{ lang: 'en', text: 'Counselling in person' }],
    publicDescription: 'Ein persönliches Gespräch in unserer Beratungsstelle in Berlin.',
    publicDescriptions: [{ lang: 'en', text: 'A personal conversation at our counselling centre in Berlin.' }],
    durationMinutes: 50,
    followUpMinutes: 10,
    channel: AppointmentChannel.ON_SITE,
  });

  const window = (weekday: number, from: string, to: string, serviceId: string) => ({
    weekday,
    from: clock(from),
    to: clock(to),
    serviceId,
  });
  await schedule.setBookingTimes({
    counsellorId: anna.id,
    horizonWeeks: 4,
    windows: [
      ...MONDAY_TO_FRIDAY.map((d) => window(d, '09:00', '12:00', video.id)),
      ...[2, 4].map((d) => window(d, '14:00', '16:00', phone.id)),
    ],
  });
  await schedule.setBookingTimes({
    counsellorId: jonas.id,
    horizonWeeks: 4,
    windows: [
      ...MONDAY_TO_FRIDAY.map((d) => window(d, '13:00', '17:00', video.id)),
      ...[1, 3, 5].map((d) => window(d, '09:00', '11:00', phone.id)),
      window(2, '10:00', '12:00', onSite.id),
    ],
  });
};
