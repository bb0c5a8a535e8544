import type { MigrationObject } from '@mikro-orm/core';
import { Migration0001Foundation } from './0001-foundation.js';

/** Every migration in order. Listed statically: globbed .ts migrations fail under vitest. */
export const migrationsList: MigrationObject[] = [{ name: '0001-foundation', class: Migration0001Foundation }];
