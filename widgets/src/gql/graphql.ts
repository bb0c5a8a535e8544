/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
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

export type AppointmentLinkInput = {
  /** The secret of the link in the confirmation mail (the cancel token). */
  token: string;
};

export type AppointmentStatus =
  | 'BOOKED'
  | 'CANCELLED'
  | 'EXPIRED'
  | 'HELD';

export type AvailabilityChangeReason =
  | 'APPOINTMENT_CHANGED'
  | 'BOOKED'
  | 'CANCELLED'
  | 'EXPIRED'
  | 'RELEASED'
  | 'RESERVED'
  | 'SCHEDULE_CHANGED'
  | 'SEATS_CHANGED';

export type BookGroupSeatInput = {
  appointmentId: string | number;
  consent: boolean;
  email?: string | null | undefined;
  /** The visitor’s language (e.g. "en"), as for bookableServices: the confirmation and later mails (texts, dates, the service’s or group’s name) and "my appointments" use it where the organisation has texts in it, else its default language. */
  lang?: string | null | undefined;
  organisationKey: string;
  /** Required unless logged in as a client. */
  pseudonym?: string | null | undefined;
  /** The booking widget’s page: when its origin is one the organisation allows, the confirmation mail links back to it (`#lotse-appointment=<token>`) to see, join or cancel the appointment. */
  returnUrl?: string | null | undefined;
};

export type CancelBookingInput = {
  /** The secret from the cancel link. */
  token: string;
};

export type ChangePasswordInput = {
  currentPassword: string;
  /** Must meet the password policy. */
  newPassword: string;
};

export type ChatMessageKind =
  | 'DOCUMENT'
  | 'TEXT'
  | 'VIDEO';

export type ChatParticipantKind =
  | 'CLIENT'
  | 'STAFF';

export type ChatStreamKind =
  | 'CLIENT'
  | 'COLLEAGUE'
  | 'GROUP';

/** A request’s status as its client sees it (internal hand-overs are not shown). */
export type ClientMailRequestStatus =
  | 'ANSWERED'
  | 'CLOSED'
  | 'WAITING';

/** Names one note, document or message by id. */
export type ClientRecordIdInput = {
  id: string | number;
};

export type ConfirmBookingInput = {
  /** Consent to the processing of the given data; must be true. */
  consent: boolean;
  /** Optional: where the confirmation and cancel link are sent. */
  email?: string | null | undefined;
  holdToken: string;
  /** The visitor’s language (e.g. "en"), as for bookableServices: the confirmation and later mails (texts, dates, the service’s or group’s name) and "my appointments" use it where the organisation has texts in it, else its default language. */
  lang?: string | null | undefined;
  /** Required unless logged in as a client: the name the booking is made under (becomes a client account). */
  pseudonym?: string | null | undefined;
  reservationId: string | number;
  /** The booking widget’s page: when its origin is one the organisation allows, the confirmation mail links back to it (`#lotse-appointment=<token>`) to see, join or cancel the appointment. */
  returnUrl?: string | null | undefined;
};

export type ConfirmNotificationEmailInput = {
  /** The token from the link in the confirmation mail. */
  token: string;
};

export type LoginInput = {
  /** Login name or email address. */
  login: string;
  /** Organisation public key (widgets): the login names a client of this organisation, by pseudonym or email. Without it, a staff member. */
  organisationKey?: string | null | undefined;
  password: string;
};

export type MarkChatReadInput = {
  /** The newest sequence the viewer has seen. */
  seq: number;
  streamId: string | number;
};

export type MasterDataFieldType =
  | 'NUMBER'
  | 'SELECT'
  | 'TEXT';

export type OpenChatStreamInput = {
  /** Staff: open the stream with this client. */
  clientId?: string | number | null | undefined;
  /** A colleague (staff) or a counsellor (clients). */
  counsellorId?: string | number | null | undefined;
};

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

export type RefreshSessionInput = {
  /** Organisation public key (widgets): only a session of an account of this organisation is renewed. */
  organisationKey?: string | null | undefined;
  refreshToken: string;
};

export type ReleaseReservationInput = {
  holdToken: string;
  reservationId: string | number;
};

export type ReplyToMailRequestInput = {
  message: string;
  requestId: string | number;
};

export type RequestDataValueInput = {
  /** Key of one of the organisation’s master-data fields. */
  key: string;
  /** For SELECT fields one of the options; empty = not given. */
  value: string;
};

/** Both must belong to the same account for a mail to be sent. */
export type RequestPasswordResetInput = {
  email: string;
  /** Login name; for clients their pseudonym. */
  loginName: string;
  /** Organisation public key (widgets): the login name names a client of this organisation. Without it, a staff member. */
  organisationKey?: string | null | undefined;
  /** The page of a widget that asks (http or https, at most 2000 characters): for a client whose organisation allows that page’s origin, the mail links there, with the token in the fragment (`#lotse-set-password=…`, plus `&widget=lotse-chat` when the URL’s fragment named the widget, `#lotse-chat`), and the widget shows its set-password view. Otherwise, or when left out, the mail links to the API’s /set-password page. */
  returnUrl?: string | null | undefined;
};

export type ReserveSlotInput = {
  counsellorId: string | number;
  /** Public key of the organisation (widget attribute `org`). */
  organisationKey: string;
  serviceId: string | number;
  /** Start of a free slot, exactly as listed by `freeSlots`. */
  start: string;
};

export type SendChatMessageInput = {
  /** 1–4000 characters. */
  body: string;
  /** Your own id for this message (≤ 64 of A–Z a–z 0–9 _ -): resending it returns the first message. */
  clientMessageId?: string | null | undefined;
  streamId: string | number;
};

/** A new client registers and sends their first mail request in one call. */
export type SendMailRequestAsNewClientInput = {
  /** A counsellor the client chooses. Honoured when they take this client and have room; otherwise routing goes on as if none was chosen (the answer shows who got the request). */
  counsellorId?: string | number | null | undefined;
  /** Optional; only for notifications (and password reset). */
  email?: string | null | undefined;
  /** At most 20,000 characters. */
  message: string;
  /** Public key of the organisation (from the widget tag). */
  organisationKey: string;
  /** Must meet the password policy. */
  password: string;
  /** Must be true: the client accepted the privacy notice. */
  privacyNoticeAccepted: boolean;
  /** Becomes the login name: 3–64 letters, digits, dot, underscore or hyphen; unique on the platform. */
  pseudonym: string;
  /** Values of the organisation’s master-data fields. */
  requestData?: Array<RequestDataValueInput> | null | undefined;
  /** One line, at most 200 characters; can never be changed afterwards. */
  subject: string;
  topicId?: string | number | null | undefined;
};

/** A new mail request by a logged-in client. */
export type SendMailRequestInput = {
  /** A counsellor the client chooses. Honoured when they take this client and have room; otherwise routing goes on as if none was chosen (the answer shows who got the request). */
  counsellorId?: string | number | null | undefined;
  /** At most 20,000 characters. */
  message: string;
  /** Values of the organisation’s master-data fields. */
  requestData?: Array<RequestDataValueInput> | null | undefined;
  /** One line, at most 200 characters; can never be changed afterwards. */
  subject: string;
  topicId?: string | number | null | undefined;
};

export type SetChatTypingInput = {
  streamId: string | number;
  typing: boolean;
};

export type SetPasswordWithTokenInput = {
  /** Must meet the password policy. */
  password: string;
  /** The `token` parameter of the link in the mail. */
  token: string;
};

export type StartChatInput = {
  /** A chosen counsellor; else the least busy one online. */
  counsellorId?: string | number | null | undefined;
  /** The organisation’s public widget key. */
  organisationKey: string;
  /** Becomes the login name: unique on the platform, never changes. */
  pseudonym: string;
};

export type UpdateMyNotificationEmailInput = {
  /** Required when the account has a password: BAD_USER_INPUT on `currentPassword` when missing or wrong. */
  currentPassword?: string | null | undefined;
  /** The new address; null or empty removes the address in use (at once, without a mail). */
  email?: string | null | undefined;
  /** The page of the widget that asks (http or https): when the organisation allows its origin, the link in the mail opens it with `#lotse-confirm-email=…` (plus `&widget=<tag>` when the URL’s fragment named the widget); otherwise it opens the API’s /mail page. */
  returnUrl?: string | null | undefined;
};

export type ViewerKind =
  | 'CLIENT'
  | 'STAFF';

export type WidgetNotificationEmailQueryVariables = Exact<{ [key: string]: never; }>;


export type WidgetNotificationEmailQuery = { myNotificationEmail: { email: string | null, pendingEmail: string | null } };

export type WidgetUpdateNotificationEmailMutationVariables = Exact<{
  input: UpdateMyNotificationEmailInput;
}>;


export type WidgetUpdateNotificationEmailMutation = { updateMyNotificationEmail: { email: string | null, pendingEmail: string | null } };

export type WidgetDataExportLinkQueryVariables = Exact<{
  language?: string | null | undefined;
}>;


export type WidgetDataExportLinkQuery = { myDataExportLink: { url: string } };

export type WidgetConfirmNotificationEmailMutationVariables = Exact<{
  input: ConfirmNotificationEmailInput;
}>;


export type WidgetConfirmNotificationEmailMutation = { confirmNotificationEmail: boolean };

export type WidgetInboxQueryVariables = Exact<{
  page?: PageInput | null | undefined;
}>;


export type WidgetInboxQuery = { myInbox: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, from: string, subject: string, body: string, createdAt: string, readAt: string | null } }> } };

export type WidgetMarkInboxMessageReadMutationVariables = Exact<{
  input: ClientRecordIdInput;
}>;


export type WidgetMarkInboxMessageReadMutation = { markInboxMessageRead: { id: string, readAt: string | null } };

export type WidgetRequestPasswordResetMutationVariables = Exact<{
  input: RequestPasswordResetInput;
}>;


export type WidgetRequestPasswordResetMutation = { requestPasswordReset: boolean };

export type WidgetSetPasswordWithTokenMutationVariables = Exact<{
  input: SetPasswordWithTokenInput;
}>;


export type WidgetSetPasswordWithTokenMutation = { setPasswordWithToken: { accessToken: string, accessTokenExpiresAt: string, refreshToken: string } };

export type WidgetChangePasswordMutationVariables = Exact<{
  input: ChangePasswordInput;
}>;


export type WidgetChangePasswordMutation = { changePassword: { accessToken: string, accessTokenExpiresAt: string, refreshToken: string } };

export type BookingGroupOffersQueryVariables = Exact<{
  key: string;
  lang?: string | null | undefined;
  from: string;
  to: string;
}>;


export type BookingGroupOffersQuery = { groupOffers: Array<{ id: string, title: string, remarks: string | null, start: string, end: string, channel: AppointmentChannel | null, seatsLeft: number, counsellor: { id: string, displayName: string } }> };

export type BookingGroupSeatMutationVariables = Exact<{
  input: BookGroupSeatInput;
}>;


export type BookingGroupSeatMutation = { bookGroupSeat:
    | { __typename: 'Booking', id: string, start: string, end: string, channel: AppointmentChannel | null, title: string | null, pseudonym: string, cancelToken: string | null, cancelUrl: string | null, calendarFile: string, service: { id: string, name: string } | null, counsellor: { id: string, displayName: string }, address: { name: string | null, street: string | null, postcode: string | null, city: string | null } | null }
    | { __typename: 'GroupFull', message: string, capacity: number }
   };

export type BookingCatalogQueryVariables = Exact<{
  key: string;
  lang?: string | null | undefined;
  from: string;
  to: string;
}>;


export type BookingCatalogQuery = { bookableServices: Array<{ id: string, name: string, description: string | null, durationMinutes: number, channel: AppointmentChannel, topic: string | null }>, bookableCounsellors: Array<{ id: string, displayName: string, avatarUrl: string | null, languages: Array<string>, onlyRegularClients: boolean, serviceIds: Array<string>, channels: Array<AppointmentChannel>, descriptions: Array<{ lang: string, text: string }> }>, groupOffers: Array<{ id: string }> };

export type BookingFreeSlotsQueryVariables = Exact<{
  key: string;
  from: string;
  to: string;
  serviceId?: string | number | null | undefined;
  counsellorId?: string | number | null | undefined;
}>;


export type BookingFreeSlotsQuery = { freeSlots: Array<{ counsellorId: string, serviceId: string, starts: Array<string> }> };

export type BookingReserveSlotMutationVariables = Exact<{
  input: ReserveSlotInput;
}>;


export type BookingReserveSlotMutation = { reserveSlot:
    | { __typename: 'Reservation', id: string, holdToken: string, expiresAt: string, start: string, end: string, counsellorId: string, serviceId: string }
    | { __typename: 'SlotTaken', message: string }
   };

export type BookingReleaseReservationMutationVariables = Exact<{
  input: ReleaseReservationInput;
}>;


export type BookingReleaseReservationMutation = { releaseReservation: boolean };

export type BookingConfirmMutationVariables = Exact<{
  input: ConfirmBookingInput;
}>;


export type BookingConfirmMutation = { confirmBooking:
    | { __typename: 'Booking', id: string, start: string, end: string, channel: AppointmentChannel | null, title: string | null, pseudonym: string, cancelToken: string | null, cancelUrl: string | null, calendarFile: string, service: { id: string, name: string } | null, counsellor: { id: string, displayName: string }, address: { name: string | null, street: string | null, postcode: string | null, city: string | null } | null }
    | { __typename: 'SlotTaken', message: string }
   };

export type BookingCancelMutationVariables = Exact<{
  input: CancelBookingInput;
}>;


export type BookingCancelMutation = { cancelBooking: { appointmentId: string, status: AppointmentStatus } };

export type BookingInLangQueryVariables = Exact<{
  token: string;
  lang?: string | null | undefined;
}>;


export type BookingInLangQuery = { appointmentByLink: { title: string | null, service: { id: string, name: string } | null } };

export type BookingViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type BookingViewerQuery = { me: { kind: ViewerKind, client: { pseudonym: string } | null } };

export type BookingAvailabilityChangedSubscriptionVariables = Exact<{
  key: string;
  counsellorId?: string | number | null | undefined;
}>;


export type BookingAvailabilityChangedSubscription = { availabilityChanged: { counsellorId: string, reason: AvailabilityChangeReason } };

export type MyAppointmentsQueryVariables = Exact<{
  from: string;
  to: string;
  lang?: string | null | undefined;
}>;


export type MyAppointmentsQuery = { myInboxUnread: number, myAppointments: Array<{ id: string, kind: AppointmentKind, status: AppointmentStatus, start: string, end: string, channel: AppointmentChannel | null, title: string | null, remarks: string | null, videoOpensAt: string | null, videoClosesAt: string | null, calendarFile: string, service: { name: string } | null, counsellor: { displayName: string } }>, myInbox: { totalCount: number } };

export type MyAppointmentByLinkQueryVariables = Exact<{
  token: string;
  lang?: string | null | undefined;
}>;


export type MyAppointmentByLinkQuery = { appointmentByLink: { id: string, kind: AppointmentKind, status: AppointmentStatus, start: string, end: string, channel: AppointmentChannel | null, title: string | null, remarks: string | null, videoOpensAt: string | null, videoClosesAt: string | null, calendarFile: string, service: { name: string } | null, counsellor: { displayName: string } } };

export type MyAppointmentFragment = { id: string, kind: AppointmentKind, status: AppointmentStatus, start: string, end: string, channel: AppointmentChannel | null, title: string | null, remarks: string | null, videoOpensAt: string | null, videoClosesAt: string | null, calendarFile: string, service: { name: string } | null, counsellor: { displayName: string } };

export type MyAppointmentJoinVideoMutationVariables = Exact<{
  input: AppointmentIdInput;
}>;


export type MyAppointmentJoinVideoMutation = { joinVideo: string };

export type MyAppointmentJoinVideoByLinkMutationVariables = Exact<{
  input: AppointmentLinkInput;
}>;


export type MyAppointmentJoinVideoByLinkMutation = { joinVideoByLink: string };

export type MyAppointmentCancelMutationVariables = Exact<{
  input: AppointmentIdInput;
}>;


export type MyAppointmentCancelMutation = { cancelMyAppointment: { appointmentId: string, status: AppointmentStatus } };

export type MyAppointmentCancelByLinkMutationVariables = Exact<{
  input: CancelBookingInput;
}>;


export type MyAppointmentCancelByLinkMutation = { cancelBooking: { appointmentId: string, status: AppointmentStatus } };

export type ChatWidgetDocumentLinkQueryVariables = Exact<{
  documentId: string | number;
}>;


export type ChatWidgetDocumentLinkQuery = { chatDocumentLink: { url: string, expiresAt: string } };

export type ChatWidgetMessageFragment = { id: string, streamId: string, seq: number, kind: ChatMessageKind, body: string, createdAt: string, link: string | null, clientMessageId: string | null, sender: { id: string, kind: ChatParticipantKind, displayName: string } | null, document: { id: string, filename: string, contentType: string, size: number } | null };

export type ChatWidgetStreamFragment = { id: string, kind: ChatStreamKind, title: string, lastSeq: number, lastReadSeq: number, unreadCount: number, counterpart: { id: string, kind: ChatParticipantKind, displayName: string } | null };

export type ChatWidgetPresenceFragment = { counsellorId: string, displayName: string, state: PresenceState };

export type ChatWidgetAvailabilityQueryVariables = Exact<{
  key: string;
}>;


export type ChatWidgetAvailabilityQuery = { chatAvailability: { anyoneOnline: boolean, counsellors: Array<{ counsellorId: string, displayName: string, state: PresenceState }> } };

export type ChatWidgetPresenceChangedSubscriptionVariables = Exact<{
  key: string;
}>;


export type ChatWidgetPresenceChangedSubscription = { counsellorPresenceChanged: { counsellorId: string, displayName: string, state: PresenceState } };

export type ChatWidgetViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ChatWidgetViewerQuery = { me: { id: string, kind: ViewerKind, client: { pseudonym: string } | null } };

export type ChatWidgetMyStreamQueryVariables = Exact<{ [key: string]: never; }>;


export type ChatWidgetMyStreamQuery = { chatStreams: { edges: Array<{ node: { id: string, kind: ChatStreamKind, title: string, lastSeq: number, lastReadSeq: number, unreadCount: number, counterpart: { id: string, kind: ChatParticipantKind, displayName: string } | null } }> } };

export type ChatWidgetStartChatMutationVariables = Exact<{
  input: StartChatInput;
}>;


export type ChatWidgetStartChatMutation = { startChat: { session: { accessToken: string, accessTokenExpiresAt: string, refreshToken: string, me: { id: string, kind: ViewerKind, client: { pseudonym: string } | null } }, stream: { id: string, kind: ChatStreamKind, title: string, lastSeq: number, lastReadSeq: number, unreadCount: number, counterpart: { id: string, kind: ChatParticipantKind, displayName: string } | null } } };

export type ChatWidgetOpenStreamMutationVariables = Exact<{
  input: OpenChatStreamInput;
}>;


export type ChatWidgetOpenStreamMutation = { openChatStream: { id: string, kind: ChatStreamKind, title: string, lastSeq: number, lastReadSeq: number, unreadCount: number, counterpart: { id: string, kind: ChatParticipantKind, displayName: string } | null } };

export type ChatWidgetHistoryQueryVariables = Exact<{
  streamId: string | number;
  beforeSeq?: number | null | undefined;
  last?: number | null | undefined;
}>;


export type ChatWidgetHistoryQuery = { chatHistory: { hasOlder: boolean, messages: Array<{ id: string, streamId: string, seq: number, kind: ChatMessageKind, body: string, createdAt: string, link: string | null, clientMessageId: string | null, sender: { id: string, kind: ChatParticipantKind, displayName: string } | null, document: { id: string, filename: string, contentType: string, size: number } | null }> } };

export type ChatWidgetMessageAddedSubscriptionVariables = Exact<{
  streamId: string | number;
  afterSeq?: number | null | undefined;
}>;


export type ChatWidgetMessageAddedSubscription = { chatMessageAdded: { id: string, streamId: string, seq: number, kind: ChatMessageKind, body: string, createdAt: string, link: string | null, clientMessageId: string | null, sender: { id: string, kind: ChatParticipantKind, displayName: string } | null, document: { id: string, filename: string, contentType: string, size: number } | null } };

export type ChatWidgetTypingChangedSubscriptionVariables = Exact<{
  streamId: string | number;
}>;


export type ChatWidgetTypingChangedSubscription = { chatTypingChanged: { typing: boolean, participant: { id: string, displayName: string } } };

export type ChatWidgetReadMarkerMovedSubscriptionVariables = Exact<{
  streamId: string | number;
}>;


export type ChatWidgetReadMarkerMovedSubscription = { chatReadMarkerMoved: { seq: number, participant: { id: string } } };

export type ChatWidgetSendMessageMutationVariables = Exact<{
  input: SendChatMessageInput;
}>;


export type ChatWidgetSendMessageMutation = { sendChatMessage: { id: string, streamId: string, seq: number, kind: ChatMessageKind, body: string, createdAt: string, link: string | null, clientMessageId: string | null, sender: { id: string, kind: ChatParticipantKind, displayName: string } | null, document: { id: string, filename: string, contentType: string, size: number } | null } };

export type ChatWidgetMarkReadMutationVariables = Exact<{
  input: MarkChatReadInput;
}>;


export type ChatWidgetMarkReadMutation = { markChatRead: { id: string, lastReadSeq: number } };

export type ChatWidgetSetTypingMutationVariables = Exact<{
  input: SetChatTypingInput;
}>;


export type ChatWidgetSetTypingMutation = { setChatTyping: boolean };

export type ChatWidgetLastMessageFragment = { kind: ChatMessageKind, body: string, createdAt: string, sender: { id: string, displayName: string } | null };

export type ChatWidgetMyChatsQueryVariables = Exact<{ [key: string]: never; }>;


export type ChatWidgetMyChatsQuery = { myInboxUnread: number, chatStreams: { edges: Array<{ node: { memberCount: number, id: string, kind: ChatStreamKind, title: string, lastSeq: number, lastReadSeq: number, unreadCount: number, lastMessage: { kind: ChatMessageKind, body: string, createdAt: string, sender: { id: string, displayName: string } | null } | null, counterpart: { id: string, kind: ChatParticipantKind, displayName: string } | null } }> }, myInbox: { totalCount: number } };

export type ChatWidgetInboxUpdatedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type ChatWidgetInboxUpdatedSubscription = { chatInboxUpdated: { streamId: string, lastSeq: number, unreadCount: number, removed: boolean, lastMessage: { kind: ChatMessageKind, body: string, createdAt: string, sender: { id: string, displayName: string } | null } | null } };

export type MailFormOrganisationQueryVariables = Exact<{
  key: string;
  lang?: string | null | undefined;
}>;


export type MailFormOrganisationQuery = { publicOrganisation: { name: string, topics: Array<{ id: string, name: string }>, mailFormFields: Array<{ key: string, label: string, type: MasterDataFieldType, options: Array<string>, optionLabels: Array<string> }> }, mailFormCounsellors: Array<{ id: string, displayName: string, avatarUrl: string | null, languages: Array<string>, descriptions: Array<{ lang: string, text: string }> }> };

export type MailFormViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type MailFormViewerQuery = { me: { id: string, kind: ViewerKind, client: { pseudonym: string } | null } };

export type MailFormSendAsNewClientMutationVariables = Exact<{
  input: SendMailRequestAsNewClientInput;
}>;


export type MailFormSendAsNewClientMutation = { sendMailRequestAsNewClient: { request: { id: string, subject: string, status: ClientMailRequestStatus, counsellorName: string | null }, session: { accessToken: string, accessTokenExpiresAt: string, refreshToken: string, me: { id: string, client: { pseudonym: string } | null } } } };

export type MailFormSendMutationVariables = Exact<{
  input: SendMailRequestInput;
}>;


export type MailFormSendMutation = { sendMailRequest: { id: string, subject: string, status: ClientMailRequestStatus, counsellorName: string | null } };

export type MailFormRequestsQueryVariables = Exact<{
  page?: PageInput | null | undefined;
}>;


export type MailFormRequestsQuery = { myInboxUnread: number, myInbox: { totalCount: number }, myMailRequests: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, subject: string, status: ClientMailRequestStatus, createdAt: string, lastMessageAt: string, counsellorName: string | null } }> } };

export type MailFormThreadQueryVariables = Exact<{
  id: string | number;
}>;


export type MailFormThreadQuery = { myMailRequest: { id: string, subject: string, status: ClientMailRequestStatus, createdAt: string, lastMessageAt: string, counsellorName: string | null, messages: Array<{ id: string, seq: number, fromClient: boolean, counsellorName: string | null, body: string, createdAt: string }> } };

export type MailFormReplyMutationVariables = Exact<{
  input: ReplyToMailRequestInput;
}>;


export type MailFormReplyMutation = { replyToMailRequest: { id: string, subject: string, status: ClientMailRequestStatus, createdAt: string, lastMessageAt: string, counsellorName: string | null, messages: Array<{ id: string, seq: number, fromClient: boolean, counsellorName: string | null, body: string, createdAt: string }> } };

export type WidgetRefreshSessionMutationVariables = Exact<{
  input: RefreshSessionInput;
}>;


export type WidgetRefreshSessionMutation = { refreshSession: { accessToken: string, accessTokenExpiresAt: string, refreshToken: string } };

export type WidgetLoginMutationVariables = Exact<{
  input: LoginInput;
}>;


export type WidgetLoginMutation = { login: { accessToken: string | null, accessTokenExpiresAt: string | null, refreshToken: string | null, me: { id: string, kind: ViewerKind } | null } };

export type WidgetLogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type WidgetLogoutMutation = { logout: boolean };

export type WidgetQuickExitQueryVariables = Exact<{
  key: string;
}>;


export type WidgetQuickExitQuery = { publicOrganisation: { quickExit: { enabled: boolean, url: string | null } } };

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
export const MyAppointmentFragmentDoc = new TypedDocumentString(`
    fragment MyAppointment on ClientAppointment {
  id
  kind
  status
  start
  end
  channel
  title
  remarks
  service {
    name
  }
  counsellor {
    displayName
  }
  videoOpensAt
  videoClosesAt
  calendarFile
}
    `, {"fragmentName":"MyAppointment"}) as unknown as TypedDocumentString<MyAppointmentFragment, unknown>;
export const ChatWidgetMessageFragmentDoc = new TypedDocumentString(`
    fragment ChatWidgetMessage on ChatMessage {
  id
  streamId
  seq
  kind
  body
  createdAt
  link
  clientMessageId
  sender {
    id
    kind
    displayName
  }
  document {
    id
    filename
    contentType
    size
  }
}
    `, {"fragmentName":"ChatWidgetMessage"}) as unknown as TypedDocumentString<ChatWidgetMessageFragment, unknown>;
export const ChatWidgetStreamFragmentDoc = new TypedDocumentString(`
    fragment ChatWidgetStream on ChatStream {
  id
  kind
  title
  lastSeq
  lastReadSeq
  unreadCount
  counterpart {
    id
    kind
    displayName
  }
}
    `, {"fragmentName":"ChatWidgetStream"}) as unknown as TypedDocumentString<ChatWidgetStreamFragment, unknown>;
export const ChatWidgetPresenceFragmentDoc = new TypedDocumentString(`
    fragment ChatWidgetPresence on CounsellorPresence {
  counsellorId
  displayName
  state
}
    `, {"fragmentName":"ChatWidgetPresence"}) as unknown as TypedDocumentString<ChatWidgetPresenceFragment, unknown>;
export const ChatWidgetLastMessageFragmentDoc = new TypedDocumentString(`
    fragment ChatWidgetLastMessage on ChatMessage {
  kind
  body
  createdAt
  sender {
    id
    displayName
  }
}
    `, {"fragmentName":"ChatWidgetLastMessage"}) as unknown as TypedDocumentString<ChatWidgetLastMessageFragment, unknown>;
export const WidgetNotificationEmailDocument = new TypedDocumentString(`
    query WidgetNotificationEmail {
  myNotificationEmail {
    email
    pendingEmail
  }
}
    `) as unknown as TypedDocumentString<WidgetNotificationEmailQuery, WidgetNotificationEmailQueryVariables>;
export const WidgetUpdateNotificationEmailDocument = new TypedDocumentString(`
    mutation WidgetUpdateNotificationEmail($input: UpdateMyNotificationEmailInput!) {
  updateMyNotificationEmail(input: $input) {
    email
    pendingEmail
  }
}
    `) as unknown as TypedDocumentString<WidgetUpdateNotificationEmailMutation, WidgetUpdateNotificationEmailMutationVariables>;
export const WidgetDataExportLinkDocument = new TypedDocumentString(`
    query WidgetDataExportLink($language: String) {
  myDataExportLink(language: $language) {
    url
  }
}
    `) as unknown as TypedDocumentString<WidgetDataExportLinkQuery, WidgetDataExportLinkQueryVariables>;
export const WidgetConfirmNotificationEmailDocument = new TypedDocumentString(`
    mutation WidgetConfirmNotificationEmail($input: ConfirmNotificationEmailInput!) {
  confirmNotificationEmail(input: $input)
}
    `) as unknown as TypedDocumentString<WidgetConfirmNotificationEmailMutation, WidgetConfirmNotificationEmailMutationVariables>;
export const WidgetInboxDocument = new TypedDocumentString(`
    query WidgetInbox($page: PageInput) {
  myInbox(page: $page) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        from
        subject
        body
        createdAt
        readAt
      }
    }
  }
}
    `) as unknown as TypedDocumentString<WidgetInboxQuery, WidgetInboxQueryVariables>;
export const WidgetMarkInboxMessageReadDocument = new TypedDocumentString(`
    mutation WidgetMarkInboxMessageRead($input: ClientRecordIdInput!) {
  markInboxMessageRead(input: $input) {
    id
    readAt
  }
}
    `) as unknown as TypedDocumentString<WidgetMarkInboxMessageReadMutation, WidgetMarkInboxMessageReadMutationVariables>;
export const WidgetRequestPasswordResetDocument = new TypedDocumentString(`
    mutation WidgetRequestPasswordReset($input: RequestPasswordResetInput!) {
  requestPasswordReset(input: $input)
}
    `) as unknown as TypedDocumentString<WidgetRequestPasswordResetMutation, WidgetRequestPasswordResetMutationVariables>;
export const WidgetSetPasswordWithTokenDocument = new TypedDocumentString(`
    mutation WidgetSetPasswordWithToken($input: SetPasswordWithTokenInput!) {
  setPasswordWithToken(input: $input) {
    accessToken
    accessTokenExpiresAt
    refreshToken
  }
}
    `) as unknown as TypedDocumentString<WidgetSetPasswordWithTokenMutation, WidgetSetPasswordWithTokenMutationVariables>;
export const WidgetChangePasswordDocument = new TypedDocumentString(`
    mutation WidgetChangePassword($input: ChangePasswordInput!) {
  changePassword(input: $input) {
    accessToken
    accessTokenExpiresAt
    refreshToken
  }
}
    `) as unknown as TypedDocumentString<WidgetChangePasswordMutation, WidgetChangePasswordMutationVariables>;
export const BookingGroupOffersDocument = new TypedDocumentString(`
    query BookingGroupOffers($key: String!, $lang: String, $from: DateTimeISO!, $to: DateTimeISO!) {
  groupOffers(organisationKey: $key, lang: $lang, from: $from, to: $to) {
    id
    title
    remarks
    start
    end
    channel
    seatsLeft
    counsellor {
      id
      displayName
    }
  }
}
    `) as unknown as TypedDocumentString<BookingGroupOffersQuery, BookingGroupOffersQueryVariables>;
export const BookingGroupSeatDocument = new TypedDocumentString(`
    mutation BookingGroupSeat($input: BookGroupSeatInput!) {
  bookGroupSeat(input: $input) {
    __typename
    ... on Booking {
      id
      start
      end
      channel
      title
      pseudonym
      cancelToken
      cancelUrl
      calendarFile
      service {
        id
        name
      }
      counsellor {
        id
        displayName
      }
      address {
        name
        street
        postcode
        city
      }
    }
    ... on GroupFull {
      message
      capacity
    }
  }
}
    `) as unknown as TypedDocumentString<BookingGroupSeatMutation, BookingGroupSeatMutationVariables>;
export const BookingCatalogDocument = new TypedDocumentString(`
    query BookingCatalog($key: String!, $lang: String, $from: DateTimeISO!, $to: DateTimeISO!) {
  bookableServices(organisationKey: $key, lang: $lang) {
    id
    name
    description
    durationMinutes
    channel
    topic
  }
  bookableCounsellors(organisationKey: $key) {
    id
    displayName
    avatarUrl
    languages
    descriptions {
      lang
      text
    }
    onlyRegularClients
    serviceIds
    channels
  }
  groupOffers(organisationKey: $key, from: $from, to: $to) {
    id
  }
}
    `) as unknown as TypedDocumentString<BookingCatalogQuery, BookingCatalogQueryVariables>;
export const BookingFreeSlotsDocument = new TypedDocumentString(`
    query BookingFreeSlots($key: String!, $from: DateTimeISO!, $to: DateTimeISO!, $serviceId: ID, $counsellorId: ID) {
  freeSlots(
    organisationKey: $key
    from: $from
    to: $to
    serviceId: $serviceId
    counsellorId: $counsellorId
  ) {
    counsellorId
    serviceId
    starts
  }
}
    `) as unknown as TypedDocumentString<BookingFreeSlotsQuery, BookingFreeSlotsQueryVariables>;
export const BookingReserveSlotDocument = new TypedDocumentString(`
    mutation BookingReserveSlot($input: ReserveSlotInput!) {
  reserveSlot(input: $input) {
    __typename
    ... on Reservation {
      id
      holdToken
      expiresAt
      start
      end
      counsellorId
      serviceId
    }
    ... on SlotTaken {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<BookingReserveSlotMutation, BookingReserveSlotMutationVariables>;
export const BookingReleaseReservationDocument = new TypedDocumentString(`
    mutation BookingReleaseReservation($input: ReleaseReservationInput!) {
  releaseReservation(input: $input)
}
    `) as unknown as TypedDocumentString<BookingReleaseReservationMutation, BookingReleaseReservationMutationVariables>;
export const BookingConfirmDocument = new TypedDocumentString(`
    mutation BookingConfirm($input: ConfirmBookingInput!) {
  confirmBooking(input: $input) {
    __typename
    ... on Booking {
      id
      start
      end
      channel
      title
      pseudonym
      cancelToken
      cancelUrl
      calendarFile
      service {
        id
        name
      }
      counsellor {
        id
        displayName
      }
      address {
        name
        street
        postcode
        city
      }
    }
    ... on SlotTaken {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<BookingConfirmMutation, BookingConfirmMutationVariables>;
export const BookingCancelDocument = new TypedDocumentString(`
    mutation BookingCancel($input: CancelBookingInput!) {
  cancelBooking(input: $input) {
    appointmentId
    status
  }
}
    `) as unknown as TypedDocumentString<BookingCancelMutation, BookingCancelMutationVariables>;
export const BookingInLangDocument = new TypedDocumentString(`
    query BookingInLang($token: String!, $lang: String) {
  appointmentByLink(token: $token, lang: $lang) {
    title
    service {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<BookingInLangQuery, BookingInLangQueryVariables>;
export const BookingViewerDocument = new TypedDocumentString(`
    query BookingViewer {
  me {
    kind
    client {
      pseudonym
    }
  }
}
    `) as unknown as TypedDocumentString<BookingViewerQuery, BookingViewerQueryVariables>;
export const BookingAvailabilityChangedDocument = new TypedDocumentString(`
    subscription BookingAvailabilityChanged($key: String!, $counsellorId: ID) {
  availabilityChanged(organisationKey: $key, counsellorId: $counsellorId) {
    counsellorId
    reason
  }
}
    `) as unknown as TypedDocumentString<BookingAvailabilityChangedSubscription, BookingAvailabilityChangedSubscriptionVariables>;
export const MyAppointmentsDocument = new TypedDocumentString(`
    query MyAppointments($from: DateTimeISO!, $to: DateTimeISO!, $lang: String) {
  myAppointments(from: $from, to: $to, lang: $lang) {
    ...MyAppointment
  }
  myInbox(page: {first: 1}) {
    totalCount
  }
  myInboxUnread
}
    fragment MyAppointment on ClientAppointment {
  id
  kind
  status
  start
  end
  channel
  title
  remarks
  service {
    name
  }
  counsellor {
    displayName
  }
  videoOpensAt
  videoClosesAt
  calendarFile
}`) as unknown as TypedDocumentString<MyAppointmentsQuery, MyAppointmentsQueryVariables>;
export const MyAppointmentByLinkDocument = new TypedDocumentString(`
    query MyAppointmentByLink($token: String!, $lang: String) {
  appointmentByLink(token: $token, lang: $lang) {
    ...MyAppointment
  }
}
    fragment MyAppointment on ClientAppointment {
  id
  kind
  status
  start
  end
  channel
  title
  remarks
  service {
    name
  }
  counsellor {
    displayName
  }
  videoOpensAt
  videoClosesAt
  calendarFile
}`) as unknown as TypedDocumentString<MyAppointmentByLinkQuery, MyAppointmentByLinkQueryVariables>;
export const MyAppointmentJoinVideoDocument = new TypedDocumentString(`
    mutation MyAppointmentJoinVideo($input: AppointmentIdInput!) {
  joinVideo(input: $input)
}
    `) as unknown as TypedDocumentString<MyAppointmentJoinVideoMutation, MyAppointmentJoinVideoMutationVariables>;
export const MyAppointmentJoinVideoByLinkDocument = new TypedDocumentString(`
    mutation MyAppointmentJoinVideoByLink($input: AppointmentLinkInput!) {
  joinVideoByLink(input: $input)
}
    `) as unknown as TypedDocumentString<MyAppointmentJoinVideoByLinkMutation, MyAppointmentJoinVideoByLinkMutationVariables>;
export const MyAppointmentCancelDocument = new TypedDocumentString(`
    mutation MyAppointmentCancel($input: AppointmentIdInput!) {
  cancelMyAppointment(input: $input) {
    appointmentId
    status
  }
}
    `) as unknown as TypedDocumentString<MyAppointmentCancelMutation, MyAppointmentCancelMutationVariables>;
export const MyAppointmentCancelByLinkDocument = new TypedDocumentString(`
    mutation MyAppointmentCancelByLink($input: CancelBookingInput!) {
  cancelBooking(input: $input) {
    appointmentId
    status
  }
}
    `) as unknown as TypedDocumentString<MyAppointmentCancelByLinkMutation, MyAppointmentCancelByLinkMutationVariables>;
export const ChatWidgetDocumentLinkDocument = new TypedDocumentString(`
    query ChatWidgetDocumentLink($documentId: ID!) {
  chatDocumentLink(documentId: $documentId) {
    url
    expiresAt
  }
}
    `) as unknown as TypedDocumentString<ChatWidgetDocumentLinkQuery, ChatWidgetDocumentLinkQueryVariables>;
export const ChatWidgetAvailabilityDocument = new TypedDocumentString(`
    query ChatWidgetAvailability($key: String!) {
  chatAvailability(organisationKey: $key) {
    anyoneOnline
    counsellors {
      ...ChatWidgetPresence
    }
  }
}
    fragment ChatWidgetPresence on CounsellorPresence {
  counsellorId
  displayName
  state
}`) as unknown as TypedDocumentString<ChatWidgetAvailabilityQuery, ChatWidgetAvailabilityQueryVariables>;
export const ChatWidgetPresenceChangedDocument = new TypedDocumentString(`
    subscription ChatWidgetPresenceChanged($key: String!) {
  counsellorPresenceChanged(organisationKey: $key) {
    ...ChatWidgetPresence
  }
}
    fragment ChatWidgetPresence on CounsellorPresence {
  counsellorId
  displayName
  state
}`) as unknown as TypedDocumentString<ChatWidgetPresenceChangedSubscription, ChatWidgetPresenceChangedSubscriptionVariables>;
export const ChatWidgetViewerDocument = new TypedDocumentString(`
    query ChatWidgetViewer {
  me {
    id
    kind
    client {
      pseudonym
    }
  }
}
    `) as unknown as TypedDocumentString<ChatWidgetViewerQuery, ChatWidgetViewerQueryVariables>;
export const ChatWidgetMyStreamDocument = new TypedDocumentString(`
    query ChatWidgetMyStream {
  chatStreams(page: {first: 20}) {
    edges {
      node {
        ...ChatWidgetStream
      }
    }
  }
}
    fragment ChatWidgetStream on ChatStream {
  id
  kind
  title
  lastSeq
  lastReadSeq
  unreadCount
  counterpart {
    id
    kind
    displayName
  }
}`) as unknown as TypedDocumentString<ChatWidgetMyStreamQuery, ChatWidgetMyStreamQueryVariables>;
export const ChatWidgetStartChatDocument = new TypedDocumentString(`
    mutation ChatWidgetStartChat($input: StartChatInput!) {
  startChat(input: $input) {
    session {
      accessToken
      accessTokenExpiresAt
      refreshToken
      me {
        id
        kind
        client {
          pseudonym
        }
      }
    }
    stream {
      ...ChatWidgetStream
    }
  }
}
    fragment ChatWidgetStream on ChatStream {
  id
  kind
  title
  lastSeq
  lastReadSeq
  unreadCount
  counterpart {
    id
    kind
    displayName
  }
}`) as unknown as TypedDocumentString<ChatWidgetStartChatMutation, ChatWidgetStartChatMutationVariables>;
export const ChatWidgetOpenStreamDocument = new TypedDocumentString(`
    mutation ChatWidgetOpenStream($input: OpenChatStreamInput!) {
  openChatStream(input: $input) {
    ...ChatWidgetStream
  }
}
    fragment ChatWidgetStream on ChatStream {
  id
  kind
  title
  lastSeq
  lastReadSeq
  unreadCount
  counterpart {
    id
    kind
    displayName
  }
}`) as unknown as TypedDocumentString<ChatWidgetOpenStreamMutation, ChatWidgetOpenStreamMutationVariables>;
export const ChatWidgetHistoryDocument = new TypedDocumentString(`
    query ChatWidgetHistory($streamId: ID!, $beforeSeq: Int, $last: Int) {
  chatHistory(streamId: $streamId, beforeSeq: $beforeSeq, last: $last) {
    hasOlder
    messages {
      ...ChatWidgetMessage
    }
  }
}
    fragment ChatWidgetMessage on ChatMessage {
  id
  streamId
  seq
  kind
  body
  createdAt
  link
  clientMessageId
  sender {
    id
    kind
    displayName
  }
  document {
    id
    filename
    contentType
    size
  }
}`) as unknown as TypedDocumentString<ChatWidgetHistoryQuery, ChatWidgetHistoryQueryVariables>;
export const ChatWidgetMessageAddedDocument = new TypedDocumentString(`
    subscription ChatWidgetMessageAdded($streamId: ID!, $afterSeq: Int) {
  chatMessageAdded(streamId: $streamId, afterSeq: $afterSeq) {
    ...ChatWidgetMessage
  }
}
    fragment ChatWidgetMessage on ChatMessage {
  id
  streamId
  seq
  kind
  body
  createdAt
  link
  clientMessageId
  sender {
    id
    kind
    displayName
  }
  document {
    id
    filename
    contentType
    size
  }
}`) as unknown as TypedDocumentString<ChatWidgetMessageAddedSubscription, ChatWidgetMessageAddedSubscriptionVariables>;
export const ChatWidgetTypingChangedDocument = new TypedDocumentString(`
    subscription ChatWidgetTypingChanged($streamId: ID!) {
  chatTypingChanged(streamId: $streamId) {
    typing
    participant {
      id
      displayName
    }
  }
}
    `) as unknown as TypedDocumentString<ChatWidgetTypingChangedSubscription, ChatWidgetTypingChangedSubscriptionVariables>;
export const ChatWidgetReadMarkerMovedDocument = new TypedDocumentString(`
    subscription ChatWidgetReadMarkerMoved($streamId: ID!) {
  chatReadMarkerMoved(streamId: $streamId) {
    seq
    participant {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<ChatWidgetReadMarkerMovedSubscription, ChatWidgetReadMarkerMovedSubscriptionVariables>;
export const ChatWidgetSendMessageDocument = new TypedDocumentString(`
    mutation ChatWidgetSendMessage($input: SendChatMessageInput!) {
  sendChatMessage(input: $input) {
    ...ChatWidgetMessage
  }
}
    fragment ChatWidgetMessage on ChatMessage {
  id
  streamId
  seq
  kind
  body
  createdAt
  link
  clientMessageId
  sender {
    id
    kind
    displayName
  }
  document {
    id
    filename
    contentType
    size
  }
}`) as unknown as TypedDocumentString<ChatWidgetSendMessageMutation, ChatWidgetSendMessageMutationVariables>;
export const ChatWidgetMarkReadDocument = new TypedDocumentString(`
    mutation ChatWidgetMarkRead($input: MarkChatReadInput!) {
  markChatRead(input: $input) {
    id
    lastReadSeq
  }
}
    `) as unknown as TypedDocumentString<ChatWidgetMarkReadMutation, ChatWidgetMarkReadMutationVariables>;
export const ChatWidgetSetTypingDocument = new TypedDocumentString(`
    mutation ChatWidgetSetTyping($input: SetChatTypingInput!) {
  setChatTyping(input: $input)
}
    `) as unknown as TypedDocumentString<ChatWidgetSetTypingMutation, ChatWidgetSetTypingMutationVariables>;
export const ChatWidgetMyChatsDocument = new TypedDocumentString(`
    query ChatWidgetMyChats {
  chatStreams(page: {first: 50}) {
    edges {
      node {
        ...ChatWidgetStream
        memberCount
        lastMessage {
          ...ChatWidgetLastMessage
        }
      }
    }
  }
  myInbox(page: {first: 1}) {
    totalCount
  }
  myInboxUnread
}
    fragment ChatWidgetStream on ChatStream {
  id
  kind
  title
  lastSeq
  lastReadSeq
  unreadCount
  counterpart {
    id
    kind
    displayName
  }
}
fragment ChatWidgetLastMessage on ChatMessage {
  kind
  body
  createdAt
  sender {
    id
    displayName
  }
}`) as unknown as TypedDocumentString<ChatWidgetMyChatsQuery, ChatWidgetMyChatsQueryVariables>;
export const ChatWidgetInboxUpdatedDocument = new TypedDocumentString(`
    subscription ChatWidgetInboxUpdated {
  chatInboxUpdated {
    streamId
    lastSeq
    unreadCount
    removed
    lastMessage {
      ...ChatWidgetLastMessage
    }
  }
}
    fragment ChatWidgetLastMessage on ChatMessage {
  kind
  body
  createdAt
  sender {
    id
    displayName
  }
}`) as unknown as TypedDocumentString<ChatWidgetInboxUpdatedSubscription, ChatWidgetInboxUpdatedSubscriptionVariables>;
export const MailFormOrganisationDocument = new TypedDocumentString(`
    query MailFormOrganisation($key: String!, $lang: String) {
  publicOrganisation(key: $key, lang: $lang) {
    name
    topics {
      id
      name
    }
    mailFormFields {
      key
      label
      type
      options
      optionLabels
    }
  }
  mailFormCounsellors(organisationKey: $key) {
    id
    displayName
    avatarUrl
    languages
    descriptions {
      lang
      text
    }
  }
}
    `) as unknown as TypedDocumentString<MailFormOrganisationQuery, MailFormOrganisationQueryVariables>;
export const MailFormViewerDocument = new TypedDocumentString(`
    query MailFormViewer {
  me {
    id
    kind
    client {
      pseudonym
    }
  }
}
    `) as unknown as TypedDocumentString<MailFormViewerQuery, MailFormViewerQueryVariables>;
export const MailFormSendAsNewClientDocument = new TypedDocumentString(`
    mutation MailFormSendAsNewClient($input: SendMailRequestAsNewClientInput!) {
  sendMailRequestAsNewClient(input: $input) {
    request {
      id
      subject
      status
      counsellorName
    }
    session {
      accessToken
      accessTokenExpiresAt
      refreshToken
      me {
        id
        client {
          pseudonym
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MailFormSendAsNewClientMutation, MailFormSendAsNewClientMutationVariables>;
export const MailFormSendDocument = new TypedDocumentString(`
    mutation MailFormSend($input: SendMailRequestInput!) {
  sendMailRequest(input: $input) {
    id
    subject
    status
    counsellorName
  }
}
    `) as unknown as TypedDocumentString<MailFormSendMutation, MailFormSendMutationVariables>;
export const MailFormRequestsDocument = new TypedDocumentString(`
    query MailFormRequests($page: PageInput) {
  myInbox(page: {first: 1}) {
    totalCount
  }
  myInboxUnread
  myMailRequests(page: $page) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        subject
        status
        createdAt
        lastMessageAt
        counsellorName
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MailFormRequestsQuery, MailFormRequestsQueryVariables>;
export const MailFormThreadDocument = new TypedDocumentString(`
    query MailFormThread($id: ID!) {
  myMailRequest(id: $id) {
    id
    subject
    status
    createdAt
    lastMessageAt
    counsellorName
    messages {
      id
      seq
      fromClient
      counsellorName
      body
      createdAt
    }
  }
}
    `) as unknown as TypedDocumentString<MailFormThreadQuery, MailFormThreadQueryVariables>;
export const MailFormReplyDocument = new TypedDocumentString(`
    mutation MailFormReply($input: ReplyToMailRequestInput!) {
  replyToMailRequest(input: $input) {
    id
    subject
    status
    createdAt
    lastMessageAt
    counsellorName
    messages {
      id
      seq
      fromClient
      counsellorName
      body
      createdAt
    }
  }
}
    `) as unknown as TypedDocumentString<MailFormReplyMutation, MailFormReplyMutationVariables>;
export const WidgetRefreshSessionDocument = new TypedDocumentString(`
    mutation WidgetRefreshSession($input: RefreshSessionInput!) {
  refreshSession(input: $input) {
    accessToken
    accessTokenExpiresAt
    refreshToken
  }
}
    `) as unknown as TypedDocumentString<WidgetRefreshSessionMutation, WidgetRefreshSessionMutationVariables>;
export const WidgetLoginDocument = new TypedDocumentString(`
    mutation WidgetLogin($input: LoginInput!) {
  login(input: $input) {
    accessToken
    accessTokenExpiresAt
    refreshToken
    me {
      id
      kind
    }
  }
}
    `) as unknown as TypedDocumentString<WidgetLoginMutation, WidgetLoginMutationVariables>;
export const WidgetLogoutDocument = new TypedDocumentString(`
    mutation WidgetLogout {
  logout
}
    `) as unknown as TypedDocumentString<WidgetLogoutMutation, WidgetLogoutMutationVariables>;
export const WidgetQuickExitDocument = new TypedDocumentString(`
    query WidgetQuickExit($key: String!) {
  publicOrganisation(key: $key) {
    quickExit {
      enabled
      url
    }
  }
}
    `) as unknown as TypedDocumentString<WidgetQuickExitQuery, WidgetQuickExitQueryVariables>;