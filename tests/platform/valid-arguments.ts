/**
 * Schema-valid arguments for any operation, pointing at organisation A's data of a `World`: ids by
 * the name of the argument (and, where a name is ambiguous, by the operation), strings and numbers
 * the services accept (time windows, passwords of the policy, names of the right pattern). An
 * operation nobody knew about still gets values of the right types; an id nobody mapped gets an
 * unknown one (its row then shows NOT_FOUND: map it below).
 */
import { TEST_PASSWORD, uniq } from '../support/builders.js';
import { at, dayFromToday } from '../../api/src/modules/appointments/test-support.js';
import { minimalVariables, type LeafPicker, type Operation } from './schema-operations.js';
import { fixtureDay, type World } from './world.js';

export const NEW_PASSWORD = 'Leuchtkäfer-Mondsichel-64';

/** A value that needs the world (a fixture built on first use); resolved after generation. */
class Need {
  constructor(readonly get: (w: World) => Promise<unknown> | unknown) {}
}
const need = (get: (w: World) => Promise<unknown> | unknown) => new Need(get);

type Fixture = (w: World) => Promise<unknown> | unknown;
const FIXTURE = {
  organisation: (w: World) => w.a.org.id,
  counsellor: (w: World) => w.a.counsellor.id,
  admin: (w: World) => w.a.admin.id,
  client: (w: World) => w.a.client.id,
  colleague: (w: World) => w.colleague(),
  otherClient: (w: World) => w.otherClient(),
  topic: (w: World) => w.topic(),
  service: (w: World) => w.service(),
  appointment: (w: World) => w.appointment(),
  group: (w: World) => w.groupAppointment(),
  absence: (w: World) => w.absence(),
  stream: (w: World) => w.stream(),
  groupChat: (w: World) => w.groupChat(),
  clientGroup: (w: World) => w.clientGroup(),
  textTemplate: (w: World) => w.textTemplate(),
  webhookEndpoint: (w: World) => w.webhookEndpoint(),
  document: (w: World) => w.document(),
  mailRequest: (w: World) => w.mailRequest(),
  reservation: async (w: World) => (await w.reservation()).id,
} satisfies Record<string, Fixture>;
type FixtureName = keyof typeof FIXTURE;

/** Ids by argument or input field name. */
const ID_BY_NAME: Record<string, FixtureName> = {
  organisationId: 'organisation',
  counsellorId: 'counsellor',
  fallbackCounsellorId: 'counsellor',
  clientId: 'client',
  clientIds: 'client',
  memberIds: 'counsellor',
  accountIds: 'colleague',
  accountId: 'client',
  serviceId: 'service',
  topicId: 'topic',
  requestId: 'mailRequest',
  documentId: 'document',
  reservationId: 'reservation',
  appointmentId: 'appointment',
  streamId: 'stream',
  groupId: 'clientGroup',
  clientGroupIds: 'clientGroup',
  endpointId: 'webhookEndpoint',
};

/** Where the name alone is ambiguous: `operation.field`. */
const ID_BY_OPERATION: Record<string, FixtureName> = {
  'appointment.id': 'appointment',
  'chatStream.id': 'stream',
  'counsellor.id': 'counsellor',
  'mailRequest.id': 'mailRequest',
  'client.id': 'client',
  'updateClient.id': 'client',
  'myMailRequest.id': 'mailRequest',
  'changeCounsellorRole.id': 'counsellor',
  'deleteCounsellor.id': 'counsellor',
  'setCounsellorActive.id': 'counsellor',
  'setCounsellorDataProtection.id': 'counsellor',
  'updateCounsellor.id': 'counsellor',
  'updateTopic.id': 'topic',
  'deleteTopic.id': 'topic',
  'updateAppointmentService.id': 'service',
  'updateGroupAppointment.id': 'group',
  'cancelAppointment.id': 'appointment',
  'changeAppointmentClient.clientId': 'otherClient',
  'deleteAbsence.id': 'absence',
  'addGroupChatMembers.streamId': 'groupChat',
  'removeGroupChatMember.streamId': 'groupChat',
  'updateGroupChat.streamId': 'groupChat',
  'removeGroupChatMember.accountId': 'counsellor',
  'openChatStream.counsellorId': 'colleague',
  'addGroupParticipants.appointmentId': 'group',
  'removeGroupParticipant.appointmentId': 'group',
  'bookGroupSeat.appointmentId': 'group',
  'clientGroup.id': 'clientGroup',
  'updateClientGroup.id': 'clientGroup',
  'deleteClientGroup.id': 'clientGroup',
  'updateTextTemplate.id': 'textTemplate',
  'deleteTextTemplate.id': 'textTemplate',
  'updateWebhookEndpoint.id': 'webhookEndpoint',
  'rotateWebhookSecret.id': 'webhookEndpoint',
  'deleteWebhookEndpoint.id': 'webhookEndpoint',
  'sendWebhookTestEvent.id': 'webhookEndpoint',
};

/** Optional input fields worth giving (`operation.path`): without them the call is not what it is for. */
const INCLUDE = new Set([
  'openChatStream.input.counsellorId',
  'createAppointment.input.serviceId',
  'confirmBooking.input.pseudonym',
  'bookGroupSeat.input.pseudonym',
]);

const freeDay = () => fixtureDay('free');

/** Values by field name where a generic one would be refused. */
function leaf(op: Operation, field: string, type: string): unknown {
  const o = op.name;
  if (type === 'ID') {
    const fx = ID_BY_OPERATION[`${o}.${field}`] ?? ID_BY_NAME[field];
    return fx ? need(FIXTURE[fx]) : undefined;
  }
  if (type === 'DateTimeISO') {
    if (o === 'reserveSlot') return at(fixtureDay('slots'), 11).toISOString();
    if (field === 'from') return at(fixtureDay('slots'), 0).toISOString();
    if (field === 'to') return at(dayFromToday(9), 0).toISOString();
    if (field === 'since') return new Date(Date.now() - 3_600_000).toISOString();
    if (field === 'start') return at(freeDay(), o === 'createBlocker' ? 13 : 10).toISOString();
    if (field === 'end') return at(freeDay(), o === 'createBlocker' ? 14 : 12).toISOString();
    return undefined;
  }
  if (type === 'Int') {
    const ints: Record<string, number> = {
      horizonWeeks: 4,
      weekday: 1,
      durationMinutes: 50,
      maxParticipants: 5,
      requestedVolume: 10,
      capacity: 5,
      first: 10,
      last: 10,
    };
    return ints[field];
  }
  if (type !== 'String') return undefined;
  switch (field) {
    case 'organisationKey':
    case 'key':
      return o === 'publicOrganisation' || field === 'organisationKey' ? need((w) => w.publicKey()) : 'alter';
    case 'token':
      return o === 'setPasswordWithToken' ? 'a'.repeat(43) : need(async (w) => (await w.booking()).cancelToken);
    case 'holdToken':
      return need(async (w) => (await w.reservation()).holdToken);
    case 'refreshToken':
      return need((w) => w.spareRefreshToken());
    case 'email':
      return `${uniq('m')}@example.org`;
    case 'loginName':
      return o === 'requestPasswordReset' ? 'niemand' : uniq('staff.');
    case 'pseudonym':
      return uniq('Falter');
    case 'login':
      // Without an organisation key a login names staff (the dashboard); clients log in with their key.
      return need((w) => w.a.counsellor.loginName);
    case 'currentPassword':
      return TEST_PASSWORD;
    case 'password':
      return o === 'login' ? TEST_PASSWORD : NEW_PASSWORD;
    case 'newPassword':
      return NEW_PASSWORD;
    case 'from':
      return o === 'createGroupAppointment' ? '16:00' : '09:00';
    case 'to':
      return o === 'createGroupAppointment' ? '17:00' : '12:00';
    case 'date':
      return freeDay();
    case 'lang':
      return 'de';
    case 'url':
      // https to a closed local port: valid, and a test event sent there leaves the machine never.
      return o.includes('WebhookEndpoint') ? 'https://127.0.0.1:9/lotse' : undefined;
    case 'name':
    case 'internalName':
    case 'publicName':
      return uniq('Name ');
    default:
      return undefined;
  }
}

const picker: LeafPicker = ({ op, field, type }) => leaf(op, field, type);

/**
 * Valid variables for `op` in `world` (fixtures it names are built now); with `all`, every optional
 * argument and input field too (the fuzz test's second starting point).
 */
export async function validVariables(op: Operation, world: World, all = false): Promise<Record<string, unknown>> {
  const vars = minimalVariables(op, picker, (path) => all || INCLUDE.has(`${op.name}.${path.join('.')}`));
  return (await resolveNeeds(vars, world)) as Record<string, unknown>;
}

export async function resolveNeeds(value: unknown, world: World): Promise<unknown> {
  if (value instanceof Need) return value.get(world);
  if (Array.isArray(value)) return Promise.all(value.map((v) => resolveNeeds(v, world)));
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = await resolveNeeds(v, world);
    return out;
  }
  return value;
}

export { picker as validPicker };
