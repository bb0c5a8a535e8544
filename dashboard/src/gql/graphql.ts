/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type AddGroupChatMembersInput = {
  accountIds: Array<string | number>;
  streamId: string | number;
};

export type AnswerMailRequestInput = {
  message: string;
  requestId: string | number;
};

export type AppointmentChannel =
  | 'CHAT'
  | 'ON_SITE'
  | 'PHONE'
  | 'VIDEO';

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

export type ChatMessageKind =
  | 'DOCUMENT'
  | 'TEXT'
  | 'VIDEO';

export type ChatParticipantKind =
  | 'CLIENT'
  | 'STAFF';

export type ChatStreamFilter = {
  kind?: ChatStreamKind | null | undefined;
  /** Group name or another member’s name or client number. */
  search?: string | null | undefined;
};

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

export type CreateGroupChatInput = {
  /** Staff only. */
  description?: string | null | undefined;
  /** Clients and counsellors (≤ 200); the creator joins anyway. */
  memberIds: Array<string | number>;
  /** Visible to clients. */
  name: string;
};

export type DeleteChatDocumentInput = {
  documentId: string | number;
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

export type OpenChatStreamInput = {
  /** Staff: open the stream with this client. */
  clientId?: string | number | null | undefined;
  /** A colleague (staff) or a counsellor (clients). */
  counsellorId?: string | number | null | undefined;
};

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

export type RemoveGroupChatMemberInput = {
  /** Your own id to leave the group. */
  accountId: string | number;
  streamId: string | number;
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

export type SetMailAvailabilityInput = {
  availability: MailAvailability;
  /** Required for CAPACITY: 1–1000 open requests. */
  capacity?: number | null | undefined;
  /** Default: yourself. Admins may set colleagues’. */
  counsellorId?: string | number | null | undefined;
};

export type SetPresenceStatusInput = {
  status: PresenceStatus;
};

export type StaffRole =
  | 'ADMIN'
  | 'COUNSELLOR';

export type StartVideoChatInput = {
  streamId: string | number;
};

export type TakeOverMailRequestInput = {
  requestId: string | number;
};

export type UpdateGroupChatInput = {
  /** Empty text clears it. */
  description?: string | null | undefined;
  name?: string | null | undefined;
  streamId: string | number;
};

export type DashboardPaletteRequestsQueryVariables = Exact<{
  search: string;
}>;


export type DashboardPaletteRequestsQuery = { mailRequests: { edges: Array<{ node: { id: string, subject: string, status: MailRequestStatus, client: { id: string, pseudonym: string } } }> } };

export type DashboardInboxUpdatedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type DashboardInboxUpdatedSubscription = { chatInboxUpdated: { streamId: string, unreadCount: number, lastMessage: { id: string, sender: { id: string, displayName: string } | null } | null } };

export type DashboardMailRequestChangedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type DashboardMailRequestChangedSubscription = { mailRequestChanged: { requestId: string, kind: MailRequestChangeKind, status: MailRequestStatus, counsellorId: string | null, previousCounsellorId: string | null, actorId: string | null } };

export type DashboardSetPresenceMutationVariables = Exact<{
  input: SetPresenceStatusInput;
}>;


export type DashboardSetPresenceMutation = { setPresenceStatus: { counsellorId: string, state: PresenceState } };

export type DashboardNotificationSubjectQueryVariables = Exact<{
  id: string | number;
}>;


export type DashboardNotificationSubjectQuery = { mailRequest: { id: string, subject: string } };

export type DashboardMyBookingsSubscriptionVariables = Exact<{
  organisationKey: string;
  counsellorId: string | number;
}>;


export type DashboardMyBookingsSubscription = { availabilityChanged: { counsellorId: string, reason: AvailabilityChangeReason, at: string } };

export type DashboardChatDocumentsQueryVariables = Exact<{
  streamId: string | number;
  page?: PageInput | null | undefined;
}>;


export type DashboardChatDocumentsQuery = { chatDocuments: { totalCount: number, edges: Array<{ node: { id: string, filename: string, contentType: string, size: number, createdAt: string, uploadedBy: { id: string, displayName: string } | null } }> } };

export type DashboardChatDocumentLinkQueryVariables = Exact<{
  documentId: string | number;
}>;


export type DashboardChatDocumentLinkQuery = { chatDocumentLink: { url: string } };

export type DashboardDeleteChatDocumentMutationVariables = Exact<{
  input: DeleteChatDocumentInput;
}>;


export type DashboardDeleteChatDocumentMutation = { deleteChatDocument: boolean };

export type DashboardChatMembersQueryVariables = Exact<{
  streamId: string | number;
}>;


export type DashboardChatMembersQuery = { chatStreamMembers: { totalCount: number, edges: Array<{ node: { isCreator: boolean, participant: { id: string, kind: ChatParticipantKind, displayName: string } } }> } };

export type DashboardUpdateGroupChatMutationVariables = Exact<{
  input: UpdateGroupChatInput;
}>;


export type DashboardUpdateGroupChatMutation = { updateGroupChat: { id: string, name: string | null, description: string | null } };

export type DashboardAddGroupChatMembersMutationVariables = Exact<{
  input: AddGroupChatMembersInput;
}>;


export type DashboardAddGroupChatMembersMutation = { addGroupChatMembers: { id: string, memberCount: number } };

export type DashboardRemoveGroupChatMemberMutationVariables = Exact<{
  input: RemoveGroupChatMemberInput;
}>;


export type DashboardRemoveGroupChatMemberMutation = { removeGroupChatMember: boolean };

export type DashboardOpenChatStreamMutationVariables = Exact<{
  input: OpenChatStreamInput;
}>;


export type DashboardOpenChatStreamMutation = { openChatStream: { id: string } };

export type DashboardCreateGroupChatMutationVariables = Exact<{
  input: CreateGroupChatInput;
}>;


export type DashboardCreateGroupChatMutation = { createGroupChat: { id: string } };

export type DashboardChatPeopleQueryVariables = Exact<{ [key: string]: never; }>;


export type DashboardChatPeopleQuery = { counsellors: { edges: Array<{ node: { id: string, displayName: string, firstName: string, lastName: string } }> }, mailRequests: { edges: Array<{ node: { id: string, client: { id: string, pseudonym: string, clientNumber: string } } }> } };

export type DashboardChatUnreadQueryVariables = Exact<{ [key: string]: never; }>;


export type DashboardChatUnreadQuery = { chatStreams: { edges: Array<{ node: { id: string, unreadCount: number } }> } };

export type DashboardChatStreamFragment = { id: string, kind: ChatStreamKind, title: string, name: string | null, description: string | null, isMember: boolean, memberCount: number, lastSeq: number, lastReadSeq: number, unreadCount: number, lastActivityAt: string, counterpart: { id: string, kind: ChatParticipantKind, displayName: string } | null, createdBy: { id: string } | null, lastMessage: { id: string, kind: ChatMessageKind, body: string, createdAt: string, sender: { id: string, displayName: string } | null } | null };

export type DashboardChatStreamsQueryVariables = Exact<{
  filter?: ChatStreamFilter | null | undefined;
  page?: PageInput | null | undefined;
}>;


export type DashboardChatStreamsQuery = { chatStreams: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, edges: Array<{ node: { id: string, kind: ChatStreamKind, title: string, name: string | null, description: string | null, isMember: boolean, memberCount: number, lastSeq: number, lastReadSeq: number, unreadCount: number, lastActivityAt: string, counterpart: { id: string, kind: ChatParticipantKind, displayName: string } | null, createdBy: { id: string } | null, lastMessage: { id: string, kind: ChatMessageKind, body: string, createdAt: string, sender: { id: string, displayName: string } | null } | null } }> } };

export type DashboardChatStreamQueryVariables = Exact<{
  id: string | number;
}>;


export type DashboardChatStreamQuery = { chatStream: { id: string, kind: ChatStreamKind, title: string, name: string | null, description: string | null, isMember: boolean, memberCount: number, lastSeq: number, lastReadSeq: number, unreadCount: number, lastActivityAt: string, counterpart: { id: string, kind: ChatParticipantKind, displayName: string } | null, createdBy: { id: string } | null, lastMessage: { id: string, kind: ChatMessageKind, body: string, createdAt: string, sender: { id: string, displayName: string } | null } | null } };

export type DashboardChatVideoAllowedQueryVariables = Exact<{
  id: string | number;
}>;


export type DashboardChatVideoAllowedQuery = { counsellor: { id: string, allowVideoInChat: boolean, organisation: { id: string, video: { allowVideoInChat: boolean } } } };

export type DashboardStartVideoChatMutationVariables = Exact<{
  input: StartVideoChatInput;
}>;


export type DashboardStartVideoChatMutation = { startVideoChat: { ownUrl: string | null, message: { id: string, seq: number } } };

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


export type DashboardMeQuery = { me: { id: string, counsellor: { id: string, displayName: string, firstName: string, lastName: string, loginName: string, role: StaffRole, presenceStatus: PresenceStatus, mailAvailability: MailAvailability, mailCapacity: number | null, organisation: { id: string, name: string, publicKey: string, timezone: string, opennessLevel: OpennessLevel, masterDataFields: Array<{ key: string, label: string }> } } | null } };

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
export const DashboardChatStreamFragmentDoc = new TypedDocumentString(`
    fragment DashboardChatStream on ChatStream {
  id
  kind
  title
  name
  description
  isMember
  memberCount
  lastSeq
  lastReadSeq
  unreadCount
  lastActivityAt
  counterpart {
    id
    kind
    displayName
  }
  createdBy {
    id
  }
  lastMessage {
    id
    kind
    body
    createdAt
    sender {
      id
      displayName
    }
  }
}
    `, {"fragmentName":"DashboardChatStream"}) as unknown as TypedDocumentString<DashboardChatStreamFragment, unknown>;
export const DashboardPaletteRequestsDocument = new TypedDocumentString(`
    query DashboardPaletteRequests($search: String!) {
  mailRequests(filter: {search: $search}, page: {first: 5}) {
    edges {
      node {
        id
        subject
        status
        client {
          id
          pseudonym
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DashboardPaletteRequestsQuery, DashboardPaletteRequestsQueryVariables>;
export const DashboardInboxUpdatedDocument = new TypedDocumentString(`
    subscription DashboardInboxUpdated {
  chatInboxUpdated {
    streamId
    unreadCount
    lastMessage {
      id
      sender {
        id
        displayName
      }
    }
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
    previousCounsellorId
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
export const DashboardNotificationSubjectDocument = new TypedDocumentString(`
    query DashboardNotificationSubject($id: ID!) {
  mailRequest(id: $id) {
    id
    subject
  }
}
    `) as unknown as TypedDocumentString<DashboardNotificationSubjectQuery, DashboardNotificationSubjectQueryVariables>;
export const DashboardMyBookingsDocument = new TypedDocumentString(`
    subscription DashboardMyBookings($organisationKey: String!, $counsellorId: ID!) {
  availabilityChanged(
    organisationKey: $organisationKey
    counsellorId: $counsellorId
  ) {
    counsellorId
    reason
    at
  }
}
    `) as unknown as TypedDocumentString<DashboardMyBookingsSubscription, DashboardMyBookingsSubscriptionVariables>;
export const DashboardChatDocumentsDocument = new TypedDocumentString(`
    query DashboardChatDocuments($streamId: ID!, $page: PageInput) {
  chatDocuments(streamId: $streamId, page: $page) {
    totalCount
    edges {
      node {
        id
        filename
        contentType
        size
        createdAt
        uploadedBy {
          id
          displayName
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DashboardChatDocumentsQuery, DashboardChatDocumentsQueryVariables>;
export const DashboardChatDocumentLinkDocument = new TypedDocumentString(`
    query DashboardChatDocumentLink($documentId: ID!) {
  chatDocumentLink(documentId: $documentId) {
    url
  }
}
    `) as unknown as TypedDocumentString<DashboardChatDocumentLinkQuery, DashboardChatDocumentLinkQueryVariables>;
export const DashboardDeleteChatDocumentDocument = new TypedDocumentString(`
    mutation DashboardDeleteChatDocument($input: DeleteChatDocumentInput!) {
  deleteChatDocument(input: $input)
}
    `) as unknown as TypedDocumentString<DashboardDeleteChatDocumentMutation, DashboardDeleteChatDocumentMutationVariables>;
export const DashboardChatMembersDocument = new TypedDocumentString(`
    query DashboardChatMembers($streamId: ID!) {
  chatStreamMembers(streamId: $streamId, page: {first: 100}) {
    totalCount
    edges {
      node {
        isCreator
        participant {
          id
          kind
          displayName
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DashboardChatMembersQuery, DashboardChatMembersQueryVariables>;
export const DashboardUpdateGroupChatDocument = new TypedDocumentString(`
    mutation DashboardUpdateGroupChat($input: UpdateGroupChatInput!) {
  updateGroupChat(input: $input) {
    id
    name
    description
  }
}
    `) as unknown as TypedDocumentString<DashboardUpdateGroupChatMutation, DashboardUpdateGroupChatMutationVariables>;
export const DashboardAddGroupChatMembersDocument = new TypedDocumentString(`
    mutation DashboardAddGroupChatMembers($input: AddGroupChatMembersInput!) {
  addGroupChatMembers(input: $input) {
    id
    memberCount
  }
}
    `) as unknown as TypedDocumentString<DashboardAddGroupChatMembersMutation, DashboardAddGroupChatMembersMutationVariables>;
export const DashboardRemoveGroupChatMemberDocument = new TypedDocumentString(`
    mutation DashboardRemoveGroupChatMember($input: RemoveGroupChatMemberInput!) {
  removeGroupChatMember(input: $input)
}
    `) as unknown as TypedDocumentString<DashboardRemoveGroupChatMemberMutation, DashboardRemoveGroupChatMemberMutationVariables>;
export const DashboardOpenChatStreamDocument = new TypedDocumentString(`
    mutation DashboardOpenChatStream($input: OpenChatStreamInput!) {
  openChatStream(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<DashboardOpenChatStreamMutation, DashboardOpenChatStreamMutationVariables>;
export const DashboardCreateGroupChatDocument = new TypedDocumentString(`
    mutation DashboardCreateGroupChat($input: CreateGroupChatInput!) {
  createGroupChat(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<DashboardCreateGroupChatMutation, DashboardCreateGroupChatMutationVariables>;
export const DashboardChatPeopleDocument = new TypedDocumentString(`
    query DashboardChatPeople {
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
    `) as unknown as TypedDocumentString<DashboardChatPeopleQuery, DashboardChatPeopleQueryVariables>;
export const DashboardChatUnreadDocument = new TypedDocumentString(`
    query DashboardChatUnread {
  chatStreams(page: {first: 100}) {
    edges {
      node {
        id
        unreadCount
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DashboardChatUnreadQuery, DashboardChatUnreadQueryVariables>;
export const DashboardChatStreamsDocument = new TypedDocumentString(`
    query DashboardChatStreams($filter: ChatStreamFilter, $page: PageInput) {
  chatStreams(filter: $filter, page: $page) {
    totalCount
    pageInfo {
      endCursor
      hasNextPage
    }
    edges {
      node {
        ...DashboardChatStream
      }
    }
  }
}
    fragment DashboardChatStream on ChatStream {
  id
  kind
  title
  name
  description
  isMember
  memberCount
  lastSeq
  lastReadSeq
  unreadCount
  lastActivityAt
  counterpart {
    id
    kind
    displayName
  }
  createdBy {
    id
  }
  lastMessage {
    id
    kind
    body
    createdAt
    sender {
      id
      displayName
    }
  }
}`) as unknown as TypedDocumentString<DashboardChatStreamsQuery, DashboardChatStreamsQueryVariables>;
export const DashboardChatStreamDocument = new TypedDocumentString(`
    query DashboardChatStream($id: ID!) {
  chatStream(id: $id) {
    ...DashboardChatStream
  }
}
    fragment DashboardChatStream on ChatStream {
  id
  kind
  title
  name
  description
  isMember
  memberCount
  lastSeq
  lastReadSeq
  unreadCount
  lastActivityAt
  counterpart {
    id
    kind
    displayName
  }
  createdBy {
    id
  }
  lastMessage {
    id
    kind
    body
    createdAt
    sender {
      id
      displayName
    }
  }
}`) as unknown as TypedDocumentString<DashboardChatStreamQuery, DashboardChatStreamQueryVariables>;
export const DashboardChatVideoAllowedDocument = new TypedDocumentString(`
    query DashboardChatVideoAllowed($id: ID!) {
  counsellor(id: $id) {
    id
    allowVideoInChat
    organisation {
      id
      video {
        allowVideoInChat
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DashboardChatVideoAllowedQuery, DashboardChatVideoAllowedQueryVariables>;
export const DashboardStartVideoChatDocument = new TypedDocumentString(`
    mutation DashboardStartVideoChat($input: StartVideoChatInput!) {
  startVideoChat(input: $input) {
    ownUrl
    message {
      id
      seq
    }
  }
}
    `) as unknown as TypedDocumentString<DashboardStartVideoChatMutation, DashboardStartVideoChatMutationVariables>;
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
        publicKey
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