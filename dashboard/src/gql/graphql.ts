/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type AnswerMailRequestInput = {
  message: string;
  requestId: string | number;
};

export type AppointmentChannel =
  | 'CHAT'
  | 'ON_SITE'
  | 'PHONE'
  | 'VIDEO';

export type AppointmentIdInput = {
  appointmentId: string | number;
};

export type AppointmentKind =
  | 'BLOCKER'
  | 'GROUP'
  | 'SINGLE';

export type AppointmentStatus =
  | 'BOOKED'
  | 'CANCELLED'
  | 'EXPIRED'
  | 'HELD';

export type AssignMailRequestInput = {
  counsellorId: string | number;
  requestId: string | number;
};

export type AvailabilityChangeReason =
  | 'APPOINTMENT_CHANGED'
  | 'BOOKED'
  | 'CANCELLED'
  | 'EXPIRED'
  | 'RELEASED'
  | 'RESERVED'
  | 'SCHEDULE_CHANGED';

export type BookingWindowInput = {
  /** HH:MM local time. */
  from: string;
  serviceId: string | number;
  /** HH:MM local time, after `from` (24:00 allowed). */
  to: string;
  /** 1 = Monday … 7 = Sunday. */
  weekday: number;
};

/** OWN: the viewer’s; COUNSELLOR: the one given by counsellorId; ALL: the whole organisation. */
export type CalendarScope =
  | 'ALL'
  | 'COUNSELLOR'
  | 'OWN';

export type ChatStreamKind =
  | 'CLIENT'
  | 'COLLEAGUE'
  | 'GROUP';

export type CloseMailRequestInput = {
  requestId: string | number;
};

export type CopyRequestDataToClientInput = {
  /** Only these keys (default: all of the request). */
  keys?: Array<string> | null | undefined;
  requestId: string | number;
};

export type CounsellorChannelInput = {
  /** ON_SITE: required address. */
  address?: PostalAddressInput | null | undefined;
  channel: AppointmentChannel;
  /** VIDEO: external video service instead of the platform. */
  externalUrl?: string | null | undefined;
};

export type CreateAbsenceInput = {
  counsellorId: string | number;
  end: string;
  note?: string | null | undefined;
  start: string;
};

export type CreateAppointmentInput = {
  /** Required without a service. */
  channel?: AppointmentChannel | null | undefined;
  clientId: string | number;
  counsellorId: string | number;
  /** Required without a service. */
  durationMinutes?: number | null | undefined;
  followUpMinutes?: number | null | undefined;
  remarks?: string | null | undefined;
  /** Takes duration, follow-up and channel from the service. */
  serviceId?: string | number | null | undefined;
  start: string;
  title?: string | null | undefined;
};

export type CreateBlockerInput = {
  counsellorId: string | number;
  end: string;
  start: string;
  title?: string | null | undefined;
};

export type CreateGroupAppointmentInput = {
  bookableByClients: boolean;
  channel: AppointmentChannel;
  counsellorId: string | number;
  /** YYYY-MM-DD in the organisation’s timezone. */
  date: string;
  followUpMinutes?: number | null | undefined;
  /** HH:MM local. */
  from: string;
  maxParticipants: number;
  /** Visible to clients. */
  remarks?: string | null | undefined;
  /** Visible to clients. */
  title: string;
  /** HH:MM local. */
  to: string;
};

export type GroupParticipantsInput = {
  appointmentId: string | number;
  clientIds: Array<string | number>;
};

export type IdInput = {
  id: string | number;
};

export type MailAuthorKind =
  | 'CLIENT'
  | 'COUNSELLOR';

/** Whether new mail requests are routed to a counsellor: UNLIMITED, NONE, or CAPACITY (at most n open). */
export type MailAvailability =
  | 'CAPACITY'
  | 'NONE'
  | 'UNLIMITED';

export type MailRequestChangeKind =
  | 'ANSWERED'
  | 'ASSIGNED'
  | 'CLIENT_REPLIED'
  | 'CLOSED'
  | 'CREATED'
  | 'RELEASED'
  | 'TAKEN_OVER';

export type MailRequestFilter = {
  assignedToMe?: boolean | null | undefined;
  /** Requests of one client ("previous requests"). */
  clientId?: string | number | null | undefined;
  counsellorId?: string | number | null | undefined;
  /** true: only overdue; false: only not overdue. */
  overdue?: boolean | null | undefined;
  /** Client pseudonym (part), client number (prefix) or subject (part). */
  search?: string | null | undefined;
  status?: Array<MailRequestStatus> | null | undefined;
};

export type MailRequestStatus =
  | 'ANSWERED'
  | 'ASSIGNED'
  | 'CLOSED'
  | 'NEW'
  | 'OPEN';

/** Who may take over drafts of colleagues: admins always; counsellors only in VERY_OPEN and OPEN. */
export type OpennessLevel =
  | 'OPEN'
  | 'RESTRICTED'
  | 'STRONGLY_RESTRICTED'
  | 'VERY_OPEN';

/** Page through a list: `first` items after the cursor `after`. */
export type PageInput = {
  after?: string | null | undefined;
  /** Page size, 1–100. @default 20 */
  first?: number | null | undefined;
};

/** A postal address; empty strings clear a part. */
export type PostalAddressInput = {
  city?: string | null | undefined;
  country?: string | null | undefined;
  name?: string | null | undefined;
  postcode?: string | null | undefined;
  street?: string | null | undefined;
};

/** Shown presence: ONLINE (connected and reachable), OFFLINE (not connected, or appearing offline), REGULAR_CLIENTS_ONLY (connected, only for their regular clients), UNAVAILABLE (cannot be contacted). */
export type PresenceState =
  | 'OFFLINE'
  | 'ONLINE'
  | 'REGULAR_CLIENTS_ONLY'
  | 'UNAVAILABLE';

/** A counsellor’s chosen chat presence. */
export type PresenceStatus =
  | 'APPEAR_OFFLINE'
  | 'ONLINE'
  | 'REGULAR_CLIENTS_ONLY'
  | 'UNAVAILABLE';

export type ReleaseMailRequestInput = {
  requestId: string | number;
};

export type RemoveGroupParticipantInput = {
  appointmentId: string | number;
  clientId: string | number;
};

/** Both must belong to the same account for a mail to be sent. */
export type RequestPasswordResetInput = {
  email: string;
  loginName: string;
};

export type SaveMailDraftInput = {
  body: string;
  requestId: string | number;
};

export type SetBookingTimesInput = {
  counsellorId: string | number;
  /** 1, 2, 4 or 8. */
  horizonWeeks: number;
  /** Replaces every window of the counsellor. */
  windows: Array<BookingWindowInput>;
};

export type SetCounsellorChannelsInput = {
  /** Replaces the counsellor’s channels. */
  channels: Array<CounsellorChannelInput>;
  counsellorId: string | number;
};

export type SetMailAvailabilityInput = {
  availability: MailAvailability;
  /** Required for CAPACITY: 1–1000 open requests. */
  capacity?: number | null | undefined;
  /** Default: yourself. Admins may set colleagues’. */
  counsellorId?: string | number | null | undefined;
};

export type SetOnlyRegularClientsInput = {
  /** Default: yourself. Admins may set colleagues’. */
  counsellorId?: string | number | null | undefined;
  onlyRegularClients: boolean;
};

export type SetPresenceStatusInput = {
  status: PresenceStatus;
};

export type StaffRole =
  | 'ADMIN'
  | 'COUNSELLOR';

export type TakeOverMailRequestInput = {
  requestId: string | number;
};

export type UpdateGroupAppointmentInput = {
  bookableByClients?: boolean | null | undefined;
  channel?: AppointmentChannel | null | undefined;
  date?: string | null | undefined;
  followUpMinutes?: number | null | undefined;
  from?: string | null | undefined;
  id: string | number;
  maxParticipants?: number | null | undefined;
  remarks?: string | null | undefined;
  title?: string | null | undefined;
  to?: string | null | undefined;
};

export type DashboardInboxUpdatedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type DashboardInboxUpdatedSubscription = { chatInboxUpdated: { streamId: string } };

export type DashboardMailRequestChangedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type DashboardMailRequestChangedSubscription = { mailRequestChanged: { requestId: string, kind: MailRequestChangeKind, status: MailRequestStatus, counsellorId: string | null, actorId: string | null } };

export type DashboardSetPresenceMutationVariables = Exact<{
  input: SetPresenceStatusInput;
}>;


export type DashboardSetPresenceMutation = { setPresenceStatus: { counsellorId: string, state: PresenceState } };

export type DashboardAvailabilityQueryVariables = Exact<{
  counsellorId: string | number;
  from: string;
  to: string;
}>;


export type DashboardAvailabilityQuery = { bookingTimes: { counsellorId: string, horizonWeeks: number, windows: Array<{ id: string, weekday: number, from: string, to: string, service: { id: string } }> }, counsellorChannels: Array<{ id: string, channel: AppointmentChannel, externalUrl: string | null, address: { name: string | null, street: string | null, postcode: string | null, city: string | null, country: string | null } | null }>, appointmentServices: Array<{ id: string, internalName: string, durationMinutes: number, followUpMinutes: number, channel: AppointmentChannel }>, counsellor: { id: string, displayName: string, onlyRegularClients: boolean }, calendar: { freeSlots: Array<{ serviceId: string, starts: Array<string> }> } };

export type DashboardAvailabilityCounsellorsQueryVariables = Exact<{ [key: string]: never; }>;


export type DashboardAvailabilityCounsellorsQuery = { counsellors: { edges: Array<{ node: { id: string, displayName: string, firstName: string, lastName: string } }> } };

export type DashboardSetBookingTimesMutationVariables = Exact<{
  input: SetBookingTimesInput;
}>;


export type DashboardSetBookingTimesMutation = { setBookingTimes: { counsellorId: string, horizonWeeks: number } };

export type DashboardSetCounsellorChannelsMutationVariables = Exact<{
  input: SetCounsellorChannelsInput;
}>;


export type DashboardSetCounsellorChannelsMutation = { setCounsellorChannels: Array<{ id: string }> };

export type DashboardSetOnlyRegularClientsMutationVariables = Exact<{
  input: SetOnlyRegularClientsInput;
}>;


export type DashboardSetOnlyRegularClientsMutation = { setOnlyRegularClients: { id: string, onlyRegularClients: boolean } };

export type DashboardAbsencesQueryVariables = Exact<{
  counsellorId: string | number;
  from: string;
  to: string;
}>;


export type DashboardAbsencesQuery = { absences: Array<{ id: string, start: string, end: string, note: string | null }> };

export type DashboardCreateAbsenceMutationVariables = Exact<{
  input: CreateAbsenceInput;
}>;


export type DashboardCreateAbsenceMutation = { createAbsence: { id: string } };

export type DashboardDeleteAbsenceMutationVariables = Exact<{
  input: IdInput;
}>;


export type DashboardDeleteAbsenceMutation = { deleteAbsence: boolean };

export type DashboardCreateAppointmentMutationVariables = Exact<{
  input: CreateAppointmentInput;
}>;


export type DashboardCreateAppointmentMutation = { createAppointment:
    | { __typename: 'Appointment', id: string }
    | { __typename: 'SlotTaken', message: string }
   };

export type DashboardCreateBlockerMutationVariables = Exact<{
  input: CreateBlockerInput;
}>;


export type DashboardCreateBlockerMutation = { createBlocker:
    | { __typename: 'Appointment', id: string }
    | { __typename: 'SlotTaken', message: string }
   };

export type DashboardCreateGroupAppointmentMutationVariables = Exact<{
  input: CreateGroupAppointmentInput;
}>;


export type DashboardCreateGroupAppointmentMutation = { createGroupAppointment:
    | { __typename: 'Appointment', id: string }
    | { __typename: 'SlotTaken', message: string }
   };

export type DashboardAddGroupParticipantsMutationVariables = Exact<{
  input: GroupParticipantsInput;
}>;


export type DashboardAddGroupParticipantsMutation = { addGroupParticipants:
    | { __typename: 'Appointment', id: string, participantCount: number }
    | { __typename: 'GroupFull', capacity: number }
   };

export type DashboardCancelAppointmentMutationVariables = Exact<{
  input: IdInput;
}>;


export type DashboardCancelAppointmentMutation = { cancelAppointment: { appointmentId: string, status: AppointmentStatus } };

export type DashboardStartVideoMutationVariables = Exact<{
  input: AppointmentIdInput;
}>;


export type DashboardStartVideoMutation = { startVideo: { moderatorUrl: string, guestUrl: string, seminarUrl: string, external: boolean, expiresAt: string | null } };

export type DashboardRemoveGroupParticipantMutationVariables = Exact<{
  input: RemoveGroupParticipantInput;
}>;


export type DashboardRemoveGroupParticipantMutation = { removeGroupParticipant: { id: string, participantCount: number, participants: Array<{ id: string, pseudonym: string, clientNumber: string }> } };

export type DashboardCalendarAppointmentQueryVariables = Exact<{
  id: string | number;
}>;


export type DashboardCalendarAppointmentQuery = { appointment: { id: string, participantCount: number, participants: Array<{ id: string, pseudonym: string, clientNumber: string }> } };

export type DashboardUpdateGroupAppointmentMutationVariables = Exact<{
  input: UpdateGroupAppointmentInput;
}>;


export type DashboardUpdateGroupAppointmentMutation = { updateGroupAppointment:
    | { __typename: 'Appointment', id: string, title: string | null, maxParticipants: number | null, bookableByClients: boolean }
    | { __typename: 'GroupFull', capacity: number }
    | { __typename: 'SlotTaken', message: string }
   };

export type DashboardCalendarQueryVariables = Exact<{
  scope: CalendarScope;
  counsellorId?: string | number | null | undefined;
  from: string;
  to: string;
  free: boolean;
  absencesOf: string | number;
  withAbsences: boolean;
}>;


export type DashboardCalendarQuery = { calendar: { appointments: Array<{ id: string, kind: AppointmentKind, status: AppointmentStatus, start: string, end: string, title: string | null, remarks: string | null, channel: AppointmentChannel | null, followUpMinutes: number, maxParticipants: number | null, participantCount: number, bookableByClients: boolean, counsellor: { id: string, displayName: string }, client: { id: string, pseudonym: string, clientNumber: string } | null, participants: Array<{ id: string, pseudonym: string, clientNumber: string }>, service: { id: string, internalName: string } | null }>, freeSlots: Array<{ counsellorId: string, serviceId: string, durationMinutes: number, starts: Array<string> }> }, absences?: Array<{ id: string, start: string, end: string, note: string | null }> };

export type DashboardCalendarSetupQueryVariables = Exact<{ [key: string]: never; }>;


export type DashboardCalendarSetupQuery = { organisation: { id: string, publicKey: string }, counsellors: { edges: Array<{ node: { id: string, displayName: string, firstName: string, lastName: string } }> }, appointmentServices: Array<{ id: string, internalName: string, durationMinutes: number, followUpMinutes: number, channel: AppointmentChannel }>, mailRequests: { edges: Array<{ node: { id: string, client: { id: string, pseudonym: string, clientNumber: string } } }> } };

export type DashboardAvailabilityChangedSubscriptionVariables = Exact<{
  key: string;
}>;


export type DashboardAvailabilityChangedSubscription = { availabilityChanged: { counsellorId: string, reason: AvailabilityChangeReason } };

export type DashboardHomeQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type DashboardHomeQuery = { calendar: { appointments: Array<{ id: string, kind: AppointmentKind, status: AppointmentStatus, start: string, end: string, title: string | null, channel: AppointmentChannel | null, participantCount: number, client: { id: string, pseudonym: string } | null, service: { id: string, internalName: string } | null }> }, mine: { totalCount: number, edges: Array<{ node: { id: string, subject: string, status: MailRequestStatus, dueAt: string | null, overdue: boolean, waitingSince: string | null, client: { id: string, pseudonym: string, clientNumber: string } } }> }, pool: { totalCount: number }, chatStreams: { edges: Array<{ node: { id: string, title: string, kind: ChatStreamKind, unreadCount: number, lastActivityAt: string } }> } };

export type DashboardSetMailAvailabilityMutationVariables = Exact<{
  input: SetMailAvailabilityInput;
}>;


export type DashboardSetMailAvailabilityMutation = { setMailAvailability: { id: string, mailAvailability: MailAvailability, mailCapacity: number | null } };

export type DashboardRequestPasswordResetMutationVariables = Exact<{
  input: RequestPasswordResetInput;
}>;


export type DashboardRequestPasswordResetMutation = { requestPasswordReset: boolean };

export type DashboardMailRequestsQueryVariables = Exact<{
  filter?: MailRequestFilter | null | undefined;
  page?: PageInput | null | undefined;
}>;


export type DashboardMailRequestsQuery = { mailRequests: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, edges: Array<{ node: { id: string, subject: string, status: MailRequestStatus, createdAt: string, lastMessageAt: string, dueAt: string | null, overdue: boolean, client: { id: string, pseudonym: string, clientNumber: string }, counsellor: { id: string, displayName: string } | null, topic: { id: string, name: string } | null } }> } };

export type DashboardActiveCounsellorsQueryVariables = Exact<{ [key: string]: never; }>;


export type DashboardActiveCounsellorsQuery = { counsellors: { edges: Array<{ node: { id: string, displayName: string, firstName: string, lastName: string } }> } };

export type DashboardMailRequestQueryVariables = Exact<{
  id: string | number;
}>;


export type DashboardMailRequestQuery = { mailRequest: { id: string, subject: string, status: MailRequestStatus, createdAt: string, dueAt: string | null, overdue: boolean, waitingSince: string | null, canTakeOver: boolean, closedAt: string | null, client: { id: string, pseudonym: string, clientNumber: string }, counsellor: { id: string, displayName: string } | null, releasedBy: { id: string, displayName: string } | null, topic: { id: string, name: string } | null, requestData: Array<{ key: string, value: string }>, draft: { id: string, body: string, savedAt: string, author: { id: string, displayName: string } } | null, messages: Array<{ id: string, seq: number, authorKind: MailAuthorKind, body: string, createdAt: string, counsellor: { id: string, displayName: string } | null }>, previousRequests: Array<{ id: string, subject: string, status: MailRequestStatus, createdAt: string }> } };

export type DashboardSaveMailDraftMutationVariables = Exact<{
  input: SaveMailDraftInput;
}>;


export type DashboardSaveMailDraftMutation = { saveMailDraft: { id: string, savedAt: string } };

export type DashboardAnswerMailRequestMutationVariables = Exact<{
  input: AnswerMailRequestInput;
}>;


export type DashboardAnswerMailRequestMutation = { answerMailRequest: { id: string, status: MailRequestStatus } };

export type DashboardReleaseMailRequestMutationVariables = Exact<{
  input: ReleaseMailRequestInput;
}>;


export type DashboardReleaseMailRequestMutation = { releaseMailRequest: { id: string, status: MailRequestStatus } };

export type DashboardTakeOverMailRequestMutationVariables = Exact<{
  input: TakeOverMailRequestInput;
}>;


export type DashboardTakeOverMailRequestMutation = { takeOverMailRequest: { id: string, status: MailRequestStatus } };

export type DashboardCloseMailRequestMutationVariables = Exact<{
  input: CloseMailRequestInput;
}>;


export type DashboardCloseMailRequestMutation = { closeMailRequest: { id: string, status: MailRequestStatus } };

export type DashboardAssignMailRequestMutationVariables = Exact<{
  input: AssignMailRequestInput;
}>;


export type DashboardAssignMailRequestMutation = { assignMailRequest: { id: string, status: MailRequestStatus } };

export type DashboardCopyRequestDataMutationVariables = Exact<{
  input: CopyRequestDataToClientInput;
}>;


export type DashboardCopyRequestDataMutation = { copyRequestDataToClient: { client: { id: string } } };

export type DashboardCounsellorNameQueryVariables = Exact<{
  id: string | number;
}>;


export type DashboardCounsellorNameQuery = { counsellor: { id: string, displayName: string } };

export type DashboardAssignableCounsellorsQueryVariables = Exact<{ [key: string]: never; }>;


export type DashboardAssignableCounsellorsQuery = { counsellors: { edges: Array<{ node: { id: string, displayName: string, firstName: string, lastName: string } }> } };

export type DashboardMeQueryVariables = Exact<{ [key: string]: never; }>;


export type DashboardMeQuery = { me: { id: string, counsellor: { id: string, displayName: string, firstName: string, lastName: string, loginName: string, role: StaffRole, presenceStatus: PresenceStatus, mailAvailability: MailAvailability, mailCapacity: number | null, organisation: { id: string, name: string, timezone: string, opennessLevel: OpennessLevel, masterDataFields: Array<{ key: string, label: string }> } } | null } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const DashboardInboxUpdatedDocument = new TypedDocumentString(`
    subscription DashboardInboxUpdated {
  chatInboxUpdated {
    streamId
  }
}
    `) as unknown as TypedDocumentString<DashboardInboxUpdatedSubscription, DashboardInboxUpdatedSubscriptionVariables>;
export const DashboardMailRequestChangedDocument = new TypedDocumentString(`
    subscription DashboardMailRequestChanged {
  mailRequestChanged {
    requestId
    kind
    status
    counsellorId
    actorId
  }
}
    `) as unknown as TypedDocumentString<DashboardMailRequestChangedSubscription, DashboardMailRequestChangedSubscriptionVariables>;
export const DashboardSetPresenceDocument = new TypedDocumentString(`
    mutation DashboardSetPresence($input: SetPresenceStatusInput!) {
  setPresenceStatus(input: $input) {
    counsellorId
    state
  }
}
    `) as unknown as TypedDocumentString<DashboardSetPresenceMutation, DashboardSetPresenceMutationVariables>;
export const DashboardAvailabilityDocument = new TypedDocumentString(`
    query DashboardAvailability($counsellorId: ID!, $from: DateTimeISO!, $to: DateTimeISO!) {
  bookingTimes(counsellorId: $counsellorId) {
    counsellorId
    horizonWeeks
    windows {
      id
      weekday
      from
      to
      service {
        id
      }
    }
  }
  counsellorChannels(counsellorId: $counsellorId) {
    id
    channel
    externalUrl
    address {
      name
      street
      postcode
      city
      country
    }
  }
  appointmentServices {
    id
    internalName
    durationMinutes
    followUpMinutes
    channel
  }
  counsellor(id: $counsellorId) {
    id
    displayName
    onlyRegularClients
  }
  calendar(
    scope: COUNSELLOR
    counsellorId: $counsellorId
    from: $from
    to: $to
    includeFreeSlots: true
  ) {
    freeSlots {
      serviceId
      starts
    }
  }
}
    `) as unknown as TypedDocumentString<DashboardAvailabilityQuery, DashboardAvailabilityQueryVariables>;
export const DashboardAvailabilityCounsellorsDocument = new TypedDocumentString(`
    query DashboardAvailabilityCounsellors {
  counsellors(filter: {active: true}, page: {first: 100}) {
    edges {
      node {
        id
        displayName
        firstName
        lastName
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DashboardAvailabilityCounsellorsQuery, DashboardAvailabilityCounsellorsQueryVariables>;
export const DashboardSetBookingTimesDocument = new TypedDocumentString(`
    mutation DashboardSetBookingTimes($input: SetBookingTimesInput!) {
  setBookingTimes(input: $input) {
    counsellorId
    horizonWeeks
  }
}
    `) as unknown as TypedDocumentString<DashboardSetBookingTimesMutation, DashboardSetBookingTimesMutationVariables>;
export const DashboardSetCounsellorChannelsDocument = new TypedDocumentString(`
    mutation DashboardSetCounsellorChannels($input: SetCounsellorChannelsInput!) {
  setCounsellorChannels(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<DashboardSetCounsellorChannelsMutation, DashboardSetCounsellorChannelsMutationVariables>;
export const DashboardSetOnlyRegularClientsDocument = new TypedDocumentString(`
    mutation DashboardSetOnlyRegularClients($input: SetOnlyRegularClientsInput!) {
  setOnlyRegularClients(input: $input) {
    id
    onlyRegularClients
  }
}
    `) as unknown as TypedDocumentString<DashboardSetOnlyRegularClientsMutation, DashboardSetOnlyRegularClientsMutationVariables>;
export const DashboardAbsencesDocument = new TypedDocumentString(`
    query DashboardAbsences($counsellorId: ID!, $from: DateTimeISO!, $to: DateTimeISO!) {
  absences(counsellorId: $counsellorId, from: $from, to: $to) {
    id
    start
    end
    note
  }
}
    `) as unknown as TypedDocumentString<DashboardAbsencesQuery, DashboardAbsencesQueryVariables>;
export const DashboardCreateAbsenceDocument = new TypedDocumentString(`
    mutation DashboardCreateAbsence($input: CreateAbsenceInput!) {
  createAbsence(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<DashboardCreateAbsenceMutation, DashboardCreateAbsenceMutationVariables>;
export const DashboardDeleteAbsenceDocument = new TypedDocumentString(`
    mutation DashboardDeleteAbsence($input: IdInput!) {
  deleteAbsence(input: $input)
}
    `) as unknown as TypedDocumentString<DashboardDeleteAbsenceMutation, DashboardDeleteAbsenceMutationVariables>;
export const DashboardCreateAppointmentDocument = new TypedDocumentString(`
    mutation DashboardCreateAppointment($input: CreateAppointmentInput!) {
  createAppointment(input: $input) {
    __typename
    ... on Appointment {
      id
    }
    ... on SlotTaken {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<DashboardCreateAppointmentMutation, DashboardCreateAppointmentMutationVariables>;
export const DashboardCreateBlockerDocument = new TypedDocumentString(`
    mutation DashboardCreateBlocker($input: CreateBlockerInput!) {
  createBlocker(input: $input) {
    __typename
    ... on Appointment {
      id
    }
    ... on SlotTaken {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<DashboardCreateBlockerMutation, DashboardCreateBlockerMutationVariables>;
export const DashboardCreateGroupAppointmentDocument = new TypedDocumentString(`
    mutation DashboardCreateGroupAppointment($input: CreateGroupAppointmentInput!) {
  createGroupAppointment(input: $input) {
    __typename
    ... on Appointment {
      id
    }
    ... on SlotTaken {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<DashboardCreateGroupAppointmentMutation, DashboardCreateGroupAppointmentMutationVariables>;
export const DashboardAddGroupParticipantsDocument = new TypedDocumentString(`
    mutation DashboardAddGroupParticipants($input: GroupParticipantsInput!) {
  addGroupParticipants(input: $input) {
    __typename
    ... on Appointment {
      id
      participantCount
    }
    ... on GroupFull {
      capacity
    }
  }
}
    `) as unknown as TypedDocumentString<DashboardAddGroupParticipantsMutation, DashboardAddGroupParticipantsMutationVariables>;
export const DashboardCancelAppointmentDocument = new TypedDocumentString(`
    mutation DashboardCancelAppointment($input: IdInput!) {
  cancelAppointment(input: $input) {
    appointmentId
    status
  }
}
    `) as unknown as TypedDocumentString<DashboardCancelAppointmentMutation, DashboardCancelAppointmentMutationVariables>;
export const DashboardStartVideoDocument = new TypedDocumentString(`
    mutation DashboardStartVideo($input: AppointmentIdInput!) {
  startVideo(input: $input) {
    moderatorUrl
    guestUrl
    seminarUrl
    external
    expiresAt
  }
}
    `) as unknown as TypedDocumentString<DashboardStartVideoMutation, DashboardStartVideoMutationVariables>;
export const DashboardRemoveGroupParticipantDocument = new TypedDocumentString(`
    mutation DashboardRemoveGroupParticipant($input: RemoveGroupParticipantInput!) {
  removeGroupParticipant(input: $input) {
    id
    participantCount
    participants {
      id
      pseudonym
      clientNumber
    }
  }
}
    `) as unknown as TypedDocumentString<DashboardRemoveGroupParticipantMutation, DashboardRemoveGroupParticipantMutationVariables>;
export const DashboardCalendarAppointmentDocument = new TypedDocumentString(`
    query DashboardCalendarAppointment($id: ID!) {
  appointment(id: $id) {
    id
    participantCount
    participants {
      id
      pseudonym
      clientNumber
    }
  }
}
    `) as unknown as TypedDocumentString<DashboardCalendarAppointmentQuery, DashboardCalendarAppointmentQueryVariables>;
export const DashboardUpdateGroupAppointmentDocument = new TypedDocumentString(`
    mutation DashboardUpdateGroupAppointment($input: UpdateGroupAppointmentInput!) {
  updateGroupAppointment(input: $input) {
    __typename
    ... on Appointment {
      id
      title
      maxParticipants
      bookableByClients
    }
    ... on GroupFull {
      capacity
    }
    ... on SlotTaken {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<DashboardUpdateGroupAppointmentMutation, DashboardUpdateGroupAppointmentMutationVariables>;
export const DashboardCalendarDocument = new TypedDocumentString(`
    query DashboardCalendar($scope: CalendarScope!, $counsellorId: ID, $from: DateTimeISO!, $to: DateTimeISO!, $free: Boolean!, $absencesOf: ID!, $withAbsences: Boolean!) {
  calendar(
    scope: $scope
    counsellorId: $counsellorId
    from: $from
    to: $to
    includeFreeSlots: $free
  ) {
    appointments {
      id
      kind
      status
      start
      end
      title
      remarks
      channel
      followUpMinutes
      maxParticipants
      participantCount
      bookableByClients
      counsellor {
        id
        displayName
      }
      client {
        id
        pseudonym
        clientNumber
      }
      participants {
        id
        pseudonym
        clientNumber
      }
      service {
        id
        internalName
      }
    }
    freeSlots {
      counsellorId
      serviceId
      durationMinutes
      starts
    }
  }
  absences(counsellorId: $absencesOf, from: $from, to: $to) @include(if: $withAbsences) {
    id
    start
    end
    note
  }
}
    `) as unknown as TypedDocumentString<DashboardCalendarQuery, DashboardCalendarQueryVariables>;
export const DashboardCalendarSetupDocument = new TypedDocumentString(`
    query DashboardCalendarSetup {
  organisation {
    id
    publicKey
  }
  counsellors(filter: {active: true}, page: {first: 100}) {
    edges {
      node {
        id
        displayName
        firstName
        lastName
      }
    }
  }
  appointmentServices {
    id
    internalName
    durationMinutes
    followUpMinutes
    channel
  }
  mailRequests(page: {first: 100}) {
    edges {
      node {
        id
        client {
          id
          pseudonym
          clientNumber
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DashboardCalendarSetupQuery, DashboardCalendarSetupQueryVariables>;
export const DashboardAvailabilityChangedDocument = new TypedDocumentString(`
    subscription DashboardAvailabilityChanged($key: String!) {
  availabilityChanged(organisationKey: $key) {
    counsellorId
    reason
  }
}
    `) as unknown as TypedDocumentString<DashboardAvailabilityChangedSubscription, DashboardAvailabilityChangedSubscriptionVariables>;
export const DashboardHomeDocument = new TypedDocumentString(`
    query DashboardHome($from: DateTimeISO!, $to: DateTimeISO!) {
  calendar(scope: OWN, from: $from, to: $to) {
    appointments {
      id
      kind
      status
      start
      end
      title
      channel
      participantCount
      client {
        id
        pseudonym
      }
      service {
        id
        internalName
      }
    }
  }
  mine: mailRequests(
    filter: {assignedToMe: true, status: [NEW, ASSIGNED, OPEN]}
    page: {first: 100}
  ) {
    totalCount
    edges {
      node {
        id
        subject
        status
        dueAt
        overdue
        waitingSince
        client {
          id
          pseudonym
          clientNumber
        }
      }
    }
  }
  pool: mailRequests(filter: {status: [NEW, OPEN]}, page: {first: 1}) {
    totalCount
  }
  chatStreams(page: {first: 50}) {
    edges {
      node {
        id
        title
        kind
        unreadCount
        lastActivityAt
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DashboardHomeQuery, DashboardHomeQueryVariables>;
export const DashboardSetMailAvailabilityDocument = new TypedDocumentString(`
    mutation DashboardSetMailAvailability($input: SetMailAvailabilityInput!) {
  setMailAvailability(input: $input) {
    id
    mailAvailability
    mailCapacity
  }
}
    `) as unknown as TypedDocumentString<DashboardSetMailAvailabilityMutation, DashboardSetMailAvailabilityMutationVariables>;
export const DashboardRequestPasswordResetDocument = new TypedDocumentString(`
    mutation DashboardRequestPasswordReset($input: RequestPasswordResetInput!) {
  requestPasswordReset(input: $input)
}
    `) as unknown as TypedDocumentString<DashboardRequestPasswordResetMutation, DashboardRequestPasswordResetMutationVariables>;
export const DashboardMailRequestsDocument = new TypedDocumentString(`
    query DashboardMailRequests($filter: MailRequestFilter, $page: PageInput) {
  mailRequests(filter: $filter, page: $page) {
    totalCount
    pageInfo {
      endCursor
      hasNextPage
    }
    edges {
      node {
        id
        subject
        status
        createdAt
        lastMessageAt
        dueAt
        overdue
        client {
          id
          pseudonym
          clientNumber
        }
        counsellor {
          id
          displayName
        }
        topic {
          id
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DashboardMailRequestsQuery, DashboardMailRequestsQueryVariables>;
export const DashboardActiveCounsellorsDocument = new TypedDocumentString(`
    query DashboardActiveCounsellors {
  counsellors(filter: {active: true}, page: {first: 100}) {
    edges {
      node {
        id
        displayName
        firstName
        lastName
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DashboardActiveCounsellorsQuery, DashboardActiveCounsellorsQueryVariables>;
export const DashboardMailRequestDocument = new TypedDocumentString(`
    query DashboardMailRequest($id: ID!) {
  mailRequest(id: $id) {
    id
    subject
    status
    createdAt
    dueAt
    overdue
    waitingSince
    canTakeOver
    closedAt
    client {
      id
      pseudonym
      clientNumber
    }
    counsellor {
      id
      displayName
    }
    releasedBy {
      id
      displayName
    }
    topic {
      id
      name
    }
    requestData {
      key
      value
    }
    draft {
      id
      body
      savedAt
      author {
        id
        displayName
      }
    }
    messages {
      id
      seq
      authorKind
      body
      createdAt
      counsellor {
        id
        displayName
      }
    }
    previousRequests {
      id
      subject
      status
      createdAt
    }
  }
}
    `) as unknown as TypedDocumentString<DashboardMailRequestQuery, DashboardMailRequestQueryVariables>;
export const DashboardSaveMailDraftDocument = new TypedDocumentString(`
    mutation DashboardSaveMailDraft($input: SaveMailDraftInput!) {
  saveMailDraft(input: $input) {
    id
    savedAt
  }
}
    `) as unknown as TypedDocumentString<DashboardSaveMailDraftMutation, DashboardSaveMailDraftMutationVariables>;
export const DashboardAnswerMailRequestDocument = new TypedDocumentString(`
    mutation DashboardAnswerMailRequest($input: AnswerMailRequestInput!) {
  answerMailRequest(input: $input) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<DashboardAnswerMailRequestMutation, DashboardAnswerMailRequestMutationVariables>;
export const DashboardReleaseMailRequestDocument = new TypedDocumentString(`
    mutation DashboardReleaseMailRequest($input: ReleaseMailRequestInput!) {
  releaseMailRequest(input: $input) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<DashboardReleaseMailRequestMutation, DashboardReleaseMailRequestMutationVariables>;
export const DashboardTakeOverMailRequestDocument = new TypedDocumentString(`
    mutation DashboardTakeOverMailRequest($input: TakeOverMailRequestInput!) {
  takeOverMailRequest(input: $input) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<DashboardTakeOverMailRequestMutation, DashboardTakeOverMailRequestMutationVariables>;
export const DashboardCloseMailRequestDocument = new TypedDocumentString(`
    mutation DashboardCloseMailRequest($input: CloseMailRequestInput!) {
  closeMailRequest(input: $input) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<DashboardCloseMailRequestMutation, DashboardCloseMailRequestMutationVariables>;
export const DashboardAssignMailRequestDocument = new TypedDocumentString(`
    mutation DashboardAssignMailRequest($input: AssignMailRequestInput!) {
  assignMailRequest(input: $input) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<DashboardAssignMailRequestMutation, DashboardAssignMailRequestMutationVariables>;
export const DashboardCopyRequestDataDocument = new TypedDocumentString(`
    mutation DashboardCopyRequestData($input: CopyRequestDataToClientInput!) {
  copyRequestDataToClient(input: $input) {
    client {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<DashboardCopyRequestDataMutation, DashboardCopyRequestDataMutationVariables>;
export const DashboardCounsellorNameDocument = new TypedDocumentString(`
    query DashboardCounsellorName($id: ID!) {
  counsellor(id: $id) {
    id
    displayName
  }
}
    `) as unknown as TypedDocumentString<DashboardCounsellorNameQuery, DashboardCounsellorNameQueryVariables>;
export const DashboardAssignableCounsellorsDocument = new TypedDocumentString(`
    query DashboardAssignableCounsellors {
  counsellors(filter: {active: true}, page: {first: 100}) {
    edges {
      node {
        id
        displayName
        firstName
        lastName
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DashboardAssignableCounsellorsQuery, DashboardAssignableCounsellorsQueryVariables>;
export const DashboardMeDocument = new TypedDocumentString(`
    query DashboardMe {
  me {
    id
    counsellor {
      id
      displayName
      firstName
      lastName
      loginName
      role
      presenceStatus
      mailAvailability
      mailCapacity
      organisation {
        id
        name
        timezone
        opennessLevel
        masterDataFields {
          key
          label
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DashboardMeQuery, DashboardMeQueryVariables>;