import type { Lean } from '../../db/lean.js';
import type { Counsellor } from './counsellor.entity.js';

/**
 * A counsellor as GraphQL field resolvers read it: the entity itself (ORM paths) or its lean row
 * (db/lean.ts, list paths). Resolvers of `Counsellor` take this type, never entity-only members.
 */
export type CounsellorRow = Lean<Counsellor, 'organisation' | 'avatar'>;
