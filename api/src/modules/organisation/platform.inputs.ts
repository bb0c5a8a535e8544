/**
 * Inputs of the platform operator's operations (npm run lotse -- org …), validated with zod like
 * every mutation input; the operator's GraphQL inputs (modules/platform-operator) reuse the rules.
 */
import { z } from 'zod';
import { rules } from '../../shared/validate.js';
import { MAX_LICENCE_VOLUME } from '../staff/staff.inputs.js';
import { UpdateOrganisationSchema } from './organisation.rules.js';

/** Lower-case letters, digits and inner hyphens: it may end up in URLs and file names. */
export const slugRule = z
  .string()
  .trim()
  .toLowerCase()
  .min(2, 'At least 2 characters')
  .max(64, 'At most 64 characters')
  .regex(/^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/, 'Only lower-case letters, digits and hyphens (not at either end)');

/** At least 1: the first admin is an active counsellor and counts against the volume. */
export const volumeRule = z.coerce
  .number({ message: 'Must be a whole number' })
  .int('Must be a whole number')
  .min(1, 'At least 1')
  .max(MAX_LICENCE_VOLUME, `At most ${MAX_LICENCE_VOLUME}`);

const optionalName = rules
  .name(100)
  .optional()
  .or(z.literal('').transform(() => undefined));

export const CreateOrganisationSchema = z.object({
  name: rules.name(200),
  slug: slugRule,
  adminEmail: rules.email,
  adminLogin: rules.loginName,
  adminFirstName: optionalName,
  adminLastName: optionalName,
  licence: volumeRule.default(5),
  timezone: UpdateOrganisationSchema.shape.timezone.default('Europe/Berlin'),
  locale: UpdateOrganisationSchema.shape.locale.default('de'),
});
export type CreateOrganisationData = z.output<typeof CreateOrganisationSchema>;

export const SetLicenceSchema = z.object({ slug: slugRule, volume: volumeRule });
export type SetLicenceData = z.output<typeof SetLicenceSchema>;

export const SlugSchema = z.object({ slug: slugRule });
