/**
 * Further benchmark suites (appointments, chat, …) register here. Each runs after the HTTP table,
 * in the same run, and reports its own table with ratios to baselines it measures itself.
 */
import type { ChildStats } from './child.js';

export interface BenchServer {
  url: string;
  info: Record<string, unknown>;
  stats(): Promise<ChildStats>;
}

export interface BenchContext {
  lotse: BenchServer;
  apollo: BenchServer;
  /** Authorization header of the bench organisation's admin. */
  auth: Record<string, string>;
  /** Bare Apollo answering one SQL query, req/s in this run (for ratio targets). */
  oneQueryRps?: number;
  rounds: number;
  databaseUrl: string;
}

export interface SuiteResult {
  title: string;
  header: string[];
  rows: string[][];
  notes?: string[];
}

export interface Suite {
  name: string;
  run(ctx: BenchContext): Promise<SuiteResult>;
}

import { appointmentsSuite } from './appointments.js';
import { chatSuite } from './chat.js';
import { dashboardSuite } from './dashboard.js';
import { clientsSuite } from './clients.js';
import { monitoringSuite } from './monitoring.js';
import { metricsSuite } from './metrics.js';
import { accessLogSuite } from './access-log.js';

export const extraSuites: Suite[] = [
  appointmentsSuite,
  chatSuite,
  dashboardSuite,
  clientsSuite,
  monitoringSuite,
  metricsSuite,
  accessLogSuite,
];
