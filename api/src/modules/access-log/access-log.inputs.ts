/** GraphQL inputs of the access audit log, with the zod rules that validate them. */
import { Field, ID, InputType } from 'type-graphql';
import { z } from 'zod';
import { rules } from '../../shared/validate.js';
import { isoDate } from '../monitoring/monitoring.inputs.js';
import { AccessAction, AccessRecordKind } from './access-log.trail.js';

@InputType({ description: 'Narrows the access log; the fields combine. Days are the organisation’s calendar days.' })
export class AccessLogFilter {
  @Field(() => ID, { nullable: true }) clientId?: string | null;
  @Field(() => ID, { nullable: true, description: 'The staff member who acted.' }) staffId?: string | null;
  @Field(() => AccessAction, { nullable: true }) action?: AccessAction | null;
  @Field(() => AccessRecordKind, { nullable: true }) recordKind?: AccessRecordKind | null;
  @Field(() => String, { nullable: true, description: 'First day (YYYY-MM-DD), inclusive.' }) from?: string | null;
  @Field(() => String, { nullable: true, description: 'Last day (YYYY-MM-DD), inclusive.' }) to?: string | null;
}

export const AccessLogFilterSchema = z
  .object({
    clientId: rules.id.nullish(),
    staffId: rules.id.nullish(),
    action: z.enum(AccessAction).nullish(),
    recordKind: z.enum(AccessRecordKind).nullish(),
    from: isoDate.nullish(),
    to: isoDate.nullish(),
  })
  .refine((f) => !f.from || !f.to || f.from <= f.to, { message: 'Must not be before `from`', path: ['to'] });
export type AccessLogFilterData = z.infer<typeof AccessLogFilterSchema>;

@InputType()
export class SetCounsellorDataProtectionInput {
  @Field(() => ID) id!: string;
  @Field(() => Boolean) dataProtection!: boolean;
}
export const SetCounsellorDataProtectionSchema = z.object({ id: rules.id, dataProtection: z.boolean() });
