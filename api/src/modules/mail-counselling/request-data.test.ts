import { describe, expect, it } from 'vitest';
import { DomainError } from '../../shared/errors.js';
import { MasterDataFieldType, type MasterDataField } from '../organisation/organisation.entity.js';
import { mergeRequestData, validateRequestData } from './request-data.js';

const fields: MasterDataField[] = [
  {
    key: 'ageGroup',
    label: 'Alter',
    type: MasterDataFieldType.SELECT,
    options: ['unter 18', '18–26'],
    askInMailForm: true,
  },
  { key: 'postcode', label: 'PLZ', type: MasterDataFieldType.TEXT, options: [], askInMailForm: false },
  { key: 'children', label: 'Kinder', type: MasterDataFieldType.NUMBER, options: [], askInMailForm: true },
];

const problems = (entries: { key: string; value: string }[]) => {
  try {
    validateRequestData(fields, entries);
  } catch (err) {
    expect(err).toBeInstanceOf(DomainError);
    expect((err as DomainError).details.reason).toBe('INVALID_REQUEST_DATA');
    return (err as DomainError).details.fields;
  }
  throw new Error('expected a BAD_USER_INPUT');
};

describe('validateRequestData', () => {
  it('returns valid values by key, trimmed, dropping empty ones', () => {
    expect(
      validateRequestData(fields, [
        { key: 'ageGroup', value: '18–26' },
        { key: 'postcode', value: ' 10115 ' },
        { key: 'children', value: '' },
      ]),
    ).toEqual({ ageGroup: '18–26', postcode: '10115' });
  });

  it('names each bad entry: unknown key, repeated key, SELECT outside the options, not a number, too long', () => {
    expect(
      problems([
        { key: 'shoeSize', value: '42' },
        { key: 'ageGroup', value: 'über 90' },
        { key: 'children', value: 'two' },
        { key: 'postcode', value: 'x'.repeat(201) },
        { key: 'ageGroup', value: 'unter 18' },
      ]),
    ).toEqual([
      { path: 'requestData.0.key', message: 'Unknown field' },
      { path: 'requestData.1.value', message: 'Must be one of: unter 18, 18–26' },
      { path: 'requestData.2.value', message: 'Must be a number' },
      { path: 'requestData.3.value', message: 'At most 200 characters' },
      { path: 'requestData.4.key', message: 'Given more than once' },
    ]);
  });
});

describe('mergeRequestData', () => {
  it('fills only empty profile fields unless asked to overwrite', () => {
    const profile = { ageGroup: 'unter 18', postcode: '' };
    const data = { ageGroup: '18–26', postcode: '10115', children: '2' };
    expect(mergeRequestData(profile, data, false)).toEqual({ ageGroup: 'unter 18', postcode: '10115', children: '2' });
    expect(mergeRequestData(profile, data, true)).toEqual(data);
    expect(profile).toEqual({ ageGroup: 'unter 18', postcode: '' });
  });
});
