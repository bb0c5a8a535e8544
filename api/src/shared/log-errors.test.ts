import { describe, expect, it } from 'vitest';
import { GraphQLError } from 'graphql';
import pg from 'pg';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { captureLogs } from '../../../tests/support/logs.js';

/** A unique violation as PostgreSQL reports it: the detail quotes the duplicate value. */
function duplicateEmail(): pg.DatabaseError {
  const err = new pg.DatabaseError(
    'duplicate key value violates unique constraint "account_email_unique"',
    100,
    'error',
  );
  Object.assign(err, {
    code: '23505',
    detail: 'Key (email)=(ratsuchende@example.org) already exists.',
    table: 'account',
    constraint: 'account_email_unique',
  });
  return err;
}

describe('logging database errors', () => {
  it('keeps the code and names, drops the values, wherever the database error sits in the chain', () => {
    const driver = new UniqueConstraintViolationException(
      Object.assign(new Error(`insert into "account" ("email") values ('ratsuchende@example.org') - duplicate key`), {
        code: '23505',
      }),
    );
    const wrapped = [
      duplicateEmail(),
      driver,
      new GraphQLError(duplicateEmail().detail!, { originalError: duplicateEmail() }),
      new Error('could not save', { cause: driver }),
    ];
    for (const err of wrapped) {
      const logs = captureLogs();
      logs.logger.error({ err, requestId: 'r-1' }, 'unexpected error');
      expect(logs.text()).not.toContain('ratsuchende');
      expect(logs.entries()[0]).toMatchObject({ requestId: 'r-1', err: { code: '23505' } });
    }
  });

  it('drops the statement knex put before an error that is not PostgreSQL’s (a connection lost mid-query)', () => {
    // As it reached the log when PostgreSQL restarted under load (tests/platform/postgres-restart.test.ts).
    const err = new Error(
      `insert into "chat_message" ("body") values ('Ich kann nicht mehr schlafen') - Client has encountered a connection error and is not queryable`,
    );
    const logs = captureLogs();
    logs.logger.error({ err, requestId: 'r-2' }, 'unexpected error');
    expect(logs.text()).not.toContain('schlafen');
    expect(logs.entries()[0]).toMatchObject({
      requestId: 'r-2',
      err: { message: 'database error (values not logged)' },
    });
  });

  it('logs other errors as before', () => {
    const logs = captureLogs();
    logs.logger.error({ err: new Error('Unreachable: X') }, 'unexpected error');
    expect(logs.entries()[0]).toMatchObject({ err: { type: 'Error', message: 'Unreachable: X' } });
  });
});
