/**
 * Demo data of the feature modules (appointments, chat, mail counselling, case documentation, text templates), added to the demo
 * organisation right after its staff and client exist. Each module appends one function here.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppServices } from '../shared/app.js';
import type { Organisation } from '../modules/organisation/organisation.entity.js';
import type { Counsellor } from '../modules/staff/counsellor.entity.js';
import type { Client } from '../modules/client/client.entity.js';
import { seedDemoAppointments } from './demo-appointments.js';
import { seedDemoMail } from './demo-mail.js';
import { seedDemoChat } from './demo-chat.js';
import { seedDemoMonitoring } from './demo-monitoring.js';
import { seedDemoTextTemplates } from './demo-text-templates.js';

export interface DemoSeedContext {
  app: AppServices;
  em: EntityManager;
  org: Organisation;
  admin: Counsellor;
  /** The two non-admin counsellors (Anna, Jonas). */
  counsellors: Counsellor[];
  client: Client;
}

export type DemoSeed = (ctx: DemoSeedContext) => Promise<void>;

export const moduleSeeds: DemoSeed[] = [
  seedDemoAppointments,
  seedDemoMail,
  seedDemoChat,
  seedDemoMonitoring,
  seedDemoTextTemplates,
];
