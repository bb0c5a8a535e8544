import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startTestServer, type TestServer } from '../../../tests/support/server.js';
import { startSmtp, type TestSmtp } from '../../../tests/support/smtp.js';
import { runCli, type CliResult } from './cli.test-support.js';

const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { accessToken refreshToken me { id role } } }`;
const REFRESH = `mutation($input: RefreshSessionInput!) { refreshSession(input: $input) { accessToken } }`;
const SET_PASSWORD = `mutation($input: SetPasswordWithTokenInput!) { setPasswordWithToken(input: $input) { accessToken } }`;
const ME = `{ me { id role organisation { name slug licenceVolume } } }`;
const CREATE_COUNSELLOR = `mutation($input: CreateCounsellorInput!) { createCounsellor(input: $input) { id } }`;
const PUBLIC_ORG = `query($key: String!) { publicOrganisation(key: $key) { name } }`;
const PASSWORD = 'Leuchtturm-am-Hafen-2026';

// Every command is a child process that loads the ORM: seconds each on a busy machine.
vi.setConfig({ testTimeout: 180_000 });

let server: TestServer;
let smtp: TestSmtp;
let cli: (...args: string[]) => Promise<CliResult>;

beforeAll(async () => {
  server = await startTestServer();
  smtp = await startSmtp();
  const env = { DATABASE_URL: server.databaseUrl, SMTP_URL: smtp.url, PUBLIC_URL: 'https://lotse.example.org' };
  cli = (...args) => runCli(args, env);
});
afterAll(async () => {
  await server?.close();
  await smtp?.close();
});

const login = (password = PASSWORD) => server.client().request(LOGIN, { input: { login: 'nord.admin', password } });

describe('org create', () => {
  let publicKey: string;

  it('creates the organisation and its admin, who sets a password from the invitation and logs in', async () => {
    const res = await cli(
      'org',
      'create',
      '--name',
      'Beratung Nord',
      '--slug',
      'nord',
      '--admin-email',
      'Ida@Nord.example',
      '--admin-login',
      'nord.admin',
      '--admin-first-name',
      'Ida',
      '--admin-last-name',
      'Berg',
      '--locale',
      'en',
    );
    expect(res.code, res.stderr).toBe(0);
    expect(res.stdout).toMatch(/id {10}[0-9a-f-]{36}/);
    expect(res.stdout).toContain('slug        nord');
    publicKey = /public key {2}(pk_\S+)/.exec(res.stdout)![1]!;
    expect(res.stdout).toContain('went to ida@nord.example');
    // The link is the admin's alone: never on the operator's screen.
    expect(res.stdout + res.stderr).not.toMatch(/token|set-password/);

    const mail = await smtp.waitFor('ida@nord.example');
    expect(mail.subject).toBe('Invitation – Beratung Nord');
    expect(mail.text).toContain('Your login name is: nord.admin');
    const link = new URL(/https:\/\/lotse\.example\.org\/set-password\S+/.exec(mail.text ?? '')![0]);
    await server.client().ok(SET_PASSWORD, { input: { token: link.searchParams.get('token'), password: PASSWORD } });

    const { data } = await login();
    expect(data?.login.me.role).toBe('ADMIN');
    const me = await server.client(data!.login.accessToken).ok(ME);
    expect(me.me.organisation).toEqual({ name: 'Beratung Nord', slug: 'nord', licenceVolume: 5 });
    // The widgets know the organisation by the printed key.
    expect((await server.client().ok(PUBLIC_ORG, { key: publicKey })).publicOrganisation.name).toBe('Beratung Nord');
  });

  it('refuses a taken slug, a taken login name and an invalid email with one line and exit code 1', async () => {
    const base = ['org', 'create', '--name', 'Zweite'];
    const [taken, login, email, missing] = await Promise.all([
      cli(...base, '--slug', 'nord', '--admin-email', 'x@zwei.example', '--admin-login', 'zwei.admin'),
      cli(...base, '--slug', 'zwei', '--admin-email', 'x@zwei.example', '--admin-login', 'NORD.admin'),
      cli(...base, '--slug', 'zwei', '--admin-email', 'no-email', '--admin-login', 'zwei.admin'),
      cli('org', 'create', '--slug', 'zwei'),
    ]);
    expect(taken).toMatchObject({ code: 1, stdout: '', stderr: 'Error: The slug "nord" is already taken.\n' });
    expect(login).toMatchObject({ code: 1, stderr: 'Error: This login name is already taken.\n' });
    expect(email).toMatchObject({ code: 1, stderr: 'Error: --admin-email: Must be a valid email address\n' });
    expect(missing).toMatchObject({
      code: 1,
      stderr: 'Error: Missing --name, --admin-email, --admin-login (see --help)\n',
    });
    const list = await cli('org', 'list');
    expect(list.stdout).not.toContain('zwei');
  });
});

describe('org list', () => {
  it('shows slug, name, public key, licence use, suspension and creation day', async () => {
    const res = await cli('org', 'list');
    expect(res.code, res.stderr).toBe(0);
    const [header, row] = res.stdout.trim().split('\n');
    expect(header).toMatch(/^SLUG +NAME +PUBLIC KEY +COUNSELLORS +SUSPENDED +CREATED$/);
    expect(row).toMatch(/^nord +Beratung Nord +pk_\S+ +1\/5 +no +\d{4}-\d{2}-\d{2}$/);
  });
});

describe('org set-licence', () => {
  it('changes the volume and refuses one below the active counsellors', async () => {
    const { data } = await login();
    await server.client(data!.login.accessToken).ok(CREATE_COUNSELLOR, {
      input: { firstName: 'Jo', lastName: 'Lind', email: 'jo@nord.example', loginName: 'jo.lind' },
    });
    const below = await cli('org', 'set-licence', '--slug', 'nord', '--volume', '1');
    expect(below).toMatchObject({
      code: 1,
      stderr: 'Error: The organisation has 2 active counsellors; the licence volume cannot be lower (asked for 1).\n',
    });
    const ok = await cli('org', 'set-licence', '--slug', 'nord', '--volume', '2');
    expect(ok).toMatchObject({ code: 0, stdout: 'Licence of "nord" set to 2 (2 counsellors active).\n' });
    expect((await cli('org', 'list')).stdout).toMatch(/nord .* 2\/2 /);
    // The admin sees the new volume, and the licence rule of staff management uses it.
    const admin = server.client((await login()).data!.login.accessToken);
    expect((await admin.ok(ME)).me.organisation.licenceVolume).toBe(2);
    const full = await admin.fails('CONFLICT', CREATE_COUNSELLOR, {
      input: { firstName: 'Mo', lastName: 'Lind', email: 'mo@nord.example', loginName: 'mo.lind' },
    });
    expect(full.extensions?.reason).toBe('LICENCE_LIMIT_REACHED');
  });

  it('refuses an unknown slug and a volume that is no number', async () => {
    const [unknown, notANumber] = await Promise.all([
      cli('org', 'set-licence', '--slug', 'sued', '--volume', '3'),
      cli('org', 'set-licence', '--slug', 'nord', '--volume', 'viele'),
    ]);
    expect(unknown).toMatchObject({ code: 1, stderr: 'Error: Organisation "sued" not found\n' });
    expect(notANumber).toMatchObject({
      code: 1,
      stderr: 'Error: --volume: Must be a whole number\n',
    });
  });
});

describe('org suspend and resume', () => {
  it('suspend refuses logins with a clear reason, ends sessions and hides the widget key; resume undoes it', async () => {
    const before = (await login()).data!.login;
    const publicKey = /nord +Beratung Nord +(pk_\S+)/.exec((await cli('org', 'list')).stdout)![1]!;

    const suspended = await cli('org', 'suspend', '--slug', 'nord');
    expect(suspended).toMatchObject({
      code: 0,
      stdout: 'Organisation "nord" suspended; every session of its staff and clients has ended.\n',
    });
    // The session in use ends at once (the server's cached login state dropped on the change).
    const ended = await server.client(before.accessToken).fails('UNAUTHENTICATED', ME);
    expect(ended.extensions?.reason).toBe('REVOKED');
    await server.client().fails('UNAUTHENTICATED', REFRESH, { input: { refreshToken: before.refreshToken } });
    const refused = await server.client().fails('FORBIDDEN', LOGIN, {
      input: { login: 'nord.admin', password: PASSWORD },
    });
    expect(refused.extensions?.reason).toBe('ORGANISATION_SUSPENDED');
    // A wrong password still says only that: the suspension is not told to guessers.
    await server.client().fails('UNAUTHENTICATED', LOGIN, { input: { login: 'nord.admin', password: 'wrong' } });
    await server.client().fails('NOT_FOUND', PUBLIC_ORG, { key: publicKey });
    expect((await cli('org', 'list')).stdout).toMatch(/nord .* yes, since \d{4}-\d{2}-\d{2} /);
    expect((await cli('org', 'suspend', '--slug', 'nord')).stdout).toContain('was already suspended');

    const resumed = await cli('org', 'resume', '--slug', 'nord');
    expect(resumed).toMatchObject({
      code: 0,
      stdout: 'Organisation "nord" resumed; its staff and clients can log in again.\n',
    });
    const after = (await login()).data!.login;
    expect((await server.client(after.accessToken).ok(ME)).me.organisation.slug).toBe('nord');
    expect((await server.client().ok(PUBLIC_ORG, { key: publicKey })).publicOrganisation.name).toBe('Beratung Nord');
    // Sessions ended by the suspension stay ended.
    await server.client(before.accessToken).fails('UNAUTHENTICATED', ME);
  });

  it('refuses an unknown slug', async () => {
    const [suspend, resume] = await Promise.all([
      cli('org', 'suspend', '--slug', 'sued'),
      cli('org', 'resume', '--slug', 'sued'),
    ]);
    expect(suspend).toMatchObject({ code: 1, stderr: 'Error: Organisation "sued" not found\n' });
    expect(resume).toMatchObject({ code: 1, stderr: 'Error: Organisation "sued" not found\n' });
  });
});

describe('org invite', () => {
  it('mails a staff member a new set-password link, and names what it cannot find', async () => {
    const [sent, unknown] = await Promise.all([
      cli('org', 'invite', '--slug', 'nord', '--login', 'jo.lind'),
      cli('org', 'invite', '--slug', 'nord', '--login', 'nobody'),
    ]);
    expect(sent.code, sent.stderr).toBe(0);
    expect(sent.stdout).toMatch(/^Invitation for "jo.lind" sent to jo@nord.example \(valid until \S+\)\.\n$/);
    const mail = await smtp.waitFor('jo@nord.example', (m) => m.subject === 'Invitation – Beratung Nord');
    const token = new URL(/https:\/\/lotse\.example\.org\/set-password\S+/.exec(mail.text ?? '')![0]).searchParams.get(
      'token',
    );
    await server.client().ok(SET_PASSWORD, { input: { token, password: PASSWORD } });
    expect(unknown).toMatchObject({ code: 1, stderr: 'Error: Staff member "nobody" of "nord" not found\n' });
  });
});

describe('--help', () => {
  it('describes every command and exits 0', async () => {
    const all = await cli('--help');
    expect(all.code).toBe(0);
    for (const name of ['create', 'list', 'set-licence', 'suspend', 'resume', 'invite']) {
      expect(all.stdout).toContain(`org ${name}`);
    }
    // Two of them: each is a process start (the help text comes from the same function).
    const [create, suspend] = await Promise.all([cli('org', 'create', '--help'), cli('org', 'suspend', '-h')]);
    expect(create).toMatchObject({ code: 0, stdout: expect.stringContaining('--admin-email') });
    expect(create.stdout).toContain('Usage: npm run lotse -- org create --name <name> --slug <slug>');
    expect(suspend).toMatchObject({ code: 0, stdout: expect.stringContaining('Usage: npm run lotse -- org suspend') });
    expect(await cli('org', 'frobnicate')).toMatchObject({
      code: 1,
      stderr: expect.stringContaining('Unknown command'),
    });
  });
});
