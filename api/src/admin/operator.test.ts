import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startTestServer, type TestServer } from '../../../tests/support/server.js';
import { startSmtp, type TestSmtp } from '../../../tests/support/smtp.js';
import { runCli, type CliResult } from './cli.test-support.js';

const SET_PASSWORD = `mutation($input: SetPasswordWithTokenInput!) {
  operatorSetPasswordWithToken(input: $input) { accessToken operator { loginName } }
}`;
const LOGIN = `mutation($input: OperatorLoginInput!) { operatorLogin(input: $input) { accessToken } }`;
const PASSWORD = 'Leuchtturm-am-Hafen-2026';

// Every command is a child process that loads the ORM: seconds each on a busy machine.
vi.setConfig({ testTimeout: 180_000 });

let server: TestServer;
let smtp: TestSmtp;
/** Without SMTP_URL: the link is printed. */
let cli: (...args: string[]) => Promise<CliResult>;
/** With SMTP_URL: the link is mailed. */
let cliMail: (...args: string[]) => Promise<CliResult>;

beforeAll(async () => {
  server = await startTestServer();
  smtp = await startSmtp();
  const env = { DATABASE_URL: server.databaseUrl, PUBLIC_URL: 'https://lotse.example.org' };
  cli = (...args) => runCli(args, env);
  cliMail = (...args) => runCli(args, { ...env, SMTP_URL: smtp.url });
});
afterAll(async () => {
  await server?.close();
  await smtp?.close();
});

const tokenOf = (text: string) =>
  new URL(/https:\/\/lotse\.example\.org\/operator\/set-password\S+/.exec(text)![0]).searchParams.get('token');

describe('operator create', () => {
  it('without SMTP prints the one-time link, with which the operator sets a password and logs in', async () => {
    const res = await cli('operator', 'create', '--login', 'betrieb.ida', '--email', 'Ida@Betrieb.example');
    expect(res.code, res.stderr).toBe(0);
    expect(res.stdout).toMatch(
      /^Operator "betrieb\.ida" created\.\n {2}id {5}[0-9a-f-]{36}\n {2}email {2}ida@betrieb\.example\n/,
    );
    expect(res.stdout).toContain('SMTP_URL is not set, so here is the one-time link');
    const token = tokenOf(res.stdout);
    const { operatorSetPasswordWithToken } = await server
      .client()
      .ok(SET_PASSWORD, { input: { token, password: PASSWORD } });
    expect(operatorSetPasswordWithToken.operator.loginName).toBe('betrieb.ida');
    await server.client().ok(LOGIN, { input: { login: 'ida@betrieb.example', password: PASSWORD } });
  });

  it('with SMTP mails the link (never printed) to the new operator', async () => {
    const res = await cliMail('operator', 'create', '--login', 'betrieb.jo', '--email', 'jo@betrieb.example');
    expect(res.code, res.stderr).toBe(0);
    expect(res.stdout).toMatch(
      /The invitation \(a link to set a password, valid until \S+\) went to jo@betrieb\.example\./,
    );
    expect(res.stdout + res.stderr).not.toMatch(/token|set-password/);
    const mail = await smtp.waitFor('jo@betrieb.example');
    expect(mail.text).toContain('Ihr Login-Name lautet: betrieb.jo');
    expect(mail.text).toContain('Your login name is: betrieb.jo');
    await server.client().ok(SET_PASSWORD, { input: { token: tokenOf(mail.text ?? ''), password: PASSWORD } });
  });

  it('refuses a taken login name or email and invalid options with one line and exit code 1', async () => {
    const [login, email, invalid, missing] = await Promise.all([
      cli('operator', 'create', '--login', 'BETRIEB.ida', '--email', 'neu@betrieb.example'),
      cli('operator', 'create', '--login', 'betrieb.neu', '--email', 'IDA@betrieb.example'),
      cli('operator', 'create', '--login', 'x', '--email', 'no-email'),
      cli('operator', 'create', '--login', 'betrieb.neu'),
    ]);
    expect(login).toMatchObject({ code: 1, stdout: '', stderr: 'Error: This operator login name is already taken.\n' });
    expect(email).toMatchObject({
      code: 1,
      stderr: 'Error: This email address is already used by another operator.\n',
    });
    expect(invalid).toMatchObject({
      code: 1,
      stderr: 'Error: --login: At least 3 characters; --email: Must be a valid email address\n',
    });
    expect(missing).toMatchObject({ code: 1, stderr: 'Error: Missing --email (see --help)\n' });
  });
});

describe('operator list and invite', () => {
  it('lists operators with whether their password is set; invite gives a new link and names what it cannot find', async () => {
    const [list, invite, unknown] = await Promise.all([
      cli('operator', 'list'),
      cli('operator', 'invite', '--login', 'betrieb.ida'),
      cli('operator', 'invite', '--login', 'niemand'),
    ]);
    expect(list.code, list.stderr).toBe(0);
    const [header, ...rows] = list.stdout.trim().split('\n');
    expect(header).toMatch(/^LOGIN +EMAIL +PASSWORD +LAST LOGIN +CREATED$/);
    expect(rows[0]).toMatch(/^betrieb\.ida +ida@betrieb\.example +set +\d{4}-\d{2}-\d{2} +\d{4}-\d{2}-\d{2}$/);
    expect(rows[1]).toMatch(/^betrieb\.jo +jo@betrieb\.example +set +\d{4}-\d{2}-\d{2} +\d{4}-\d{2}-\d{2}$/);
    expect(invite.code, invite.stderr).toBe(0);
    await server.client().ok(SET_PASSWORD, { input: { token: tokenOf(invite.stdout), password: `${PASSWORD}!` } });
    expect(unknown).toMatchObject({ code: 1, stderr: 'Error: Operator "niemand" not found\n' });
  });

  it('--help names the operator commands', async () => {
    const help = await cli('--help');
    for (const name of ['create', 'list', 'invite', 'remove']) expect(help.stdout).toContain(`operator ${name}`);
  });
});

describe('operator remove', () => {
  it('ends the removed operator’s sessions at once (access and refresh) and leaves the others', async () => {
    const created = await cli('operator', 'create', '--login', 'betrieb.geht', '--email', 'geht@betrieb.example');
    expect(created.code, created.stderr).toBe(0);
    await server.client().ok(SET_PASSWORD, { input: { token: tokenOf(created.stdout), password: PASSWORD } });
    const LOGIN_REFRESH = `mutation($input: OperatorLoginInput!) { operatorLogin(input: $input) { accessToken refreshToken } }`;
    const ME = '{ operatorMe { loginName } }';
    const { operatorLogin: session } = await server
      .client()
      .ok(LOGIN_REFRESH, { input: { login: 'betrieb.geht', password: PASSWORD } });
    const { operatorMe } = await server.client(session.accessToken).ok(ME);
    expect(operatorMe.loginName).toBe('betrieb.geht');

    const removed = await cli('operator', 'remove', '--login', 'BETRIEB.geht');
    expect(removed).toMatchObject({ code: 0, stdout: 'Operator "betrieb.geht" removed; their sessions have ended.\n' });
    const access = await server.client(session.accessToken).fails('UNAUTHENTICATED', ME);
    expect(access.extensions?.reason).toBe('REVOKED');
    const REFRESH = `mutation($input: RefreshSessionInput!) { operatorRefreshSession(input: $input) { accessToken } }`;
    await server.client().fails('UNAUTHENTICATED', REFRESH, { input: { refreshToken: session.refreshToken } });
    await server.client().fails('UNAUTHENTICATED', LOGIN, { input: { login: 'betrieb.geht', password: PASSWORD } });

    const [again, list] = await Promise.all([
      cli('operator', 'remove', '--login', 'betrieb.geht'),
      cli('operator', 'list'),
    ]);
    expect(again).toMatchObject({ code: 1, stderr: 'Error: Operator "betrieb.geht" not found\n' });
    expect(list.stdout).not.toContain('betrieb.geht');
    expect(list.stdout).toContain('betrieb.ida');
  });
});
