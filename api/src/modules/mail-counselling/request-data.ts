/**
 * Request data ("Anfragedaten"): values for the organisation's master-data fields, given with a
 * mail request. Pure validation against the organisation's field definitions.
 */
import { badInput, type FieldProblem } from '../../shared/errors.js';
import { MasterDataFieldType, type MasterDataField } from '../organisation/organisation.entity.js';

export interface RequestDataEntry {
  key: string;
  value: string;
}

export const MAX_REQUEST_DATA_ENTRIES = 50;
export const MAX_REQUEST_DATA_VALUE = 200;

/**
 * Checks every entry against the organisation's fields and returns the values by key. Empty values
 * count as "not given" and are dropped. Throws BAD_USER_INPUT (reason INVALID_REQUEST_DATA) naming
 * each bad entry as `<path>.<index>.key` or `<path>.<index>.value`:
 * unknown or repeated keys, SELECT values that are not one of the options, NUMBER values that are
 * not a decimal number, values longer than 200 characters.
 */
export function validateRequestData(
  fields: readonly MasterDataField[],
  entries: readonly RequestDataEntry[],
  path = 'requestData',
): Record<string, string> {
  const byKey = new Map(fields.map((f) => [f.key, f]));
  const problems: FieldProblem[] = [];
  const values: Record<string, string> = {};
  const seen = new Set<string>();
  entries.forEach((entry, i) => {
    const field = byKey.get(entry.key);
    const at = (part: 'key' | 'value', message: string) => problems.push({ path: `${path}.${i}.${part}`, message });
    if (!field) return at('key', 'Unknown field');
    if (seen.has(entry.key)) return at('key', 'Given more than once');
    seen.add(entry.key);
    const value = entry.value.trim();
    if (value === '') return;
    if (value.length > MAX_REQUEST_DATA_VALUE) return at('value', `At most ${MAX_REQUEST_DATA_VALUE} characters`);
    if (field.type === MasterDataFieldType.SELECT && !(field.options ?? []).includes(value)) {
      return at('value', `Must be one of: ${(field.options ?? []).join(', ')}`);
    }
    if (field.type === MasterDataFieldType.NUMBER && !/^-?\d+([.,]\d+)?$/.test(value)) {
      return at('value', 'Must be a number');
    }
    values[entry.key] = value;
  });
  if (problems.length) throw badInput('Invalid request data', problems, 'INVALID_REQUEST_DATA');
  return values;
}

/**
 * Profile values after copying request data: `overwrite` replaces existing values (a staff member
 * asked for it), otherwise only empty profile fields are filled (the automatic copy on a new request
 * never overwrites what staff maintain).
 */
export function mergeRequestData(
  profile: Readonly<Record<string, string>>,
  data: Readonly<Record<string, string>>,
  overwrite: boolean,
): Record<string, string> {
  const merged = { ...profile };
  for (const [key, value] of Object.entries(data)) {
    if (overwrite || merged[key] === undefined || merged[key] === '') merged[key] = value;
  }
  return merged;
}
