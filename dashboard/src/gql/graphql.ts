/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type AccessAction =
  | 'CREATE'
  | 'DELETE'
  | 'DOWNLOAD'
  | 'EXPORT'
  | 'READ'
  | 'UPDATE';

/** Narrows the access log; the fields combine. Days are the organisation’s calendar days. */
export type AccessLogFilter = {
  action?: AccessAction | null | undefined;
  clientId?: string | number | null | undefined;
  /** First day (YYYY-MM-DD), inclusive. */
  from?: string | null | undefined;
  recordKind?: AccessRecordKind | null | undefined;
  /** The staff member who acted. */
  staffId?: string | number | null | undefined;
  /** Last day (YYYY-MM-DD), inclusive. */
  to?: string | null | undefined;
};

export type AccessRecordKind =
  | 'CHAT_STREAM'
  | 'DATA_EXPORT'
  | 'DOCUMENTS'
  | 'MAIL_THREAD'
  | 'MESSAGES'
  | 'MONITORINGS'
  | 'NOTES'
  | 'PROFILE';

export type AccountStatus =
  | 'ACTIVE'
  | 'BLOCKED'
  | 'DELETION_PENDING';

export type AddClientNoteInput = {
  body: string;
  clientId: string | number;
};

export type AddGroupChatMembersInput = {
  /** May be empty when `clientGroupIds` names a group. */
  accountIds: Array<string | number>;
  /** Client groups whose active members join now (a snapshot: later joiners of a group are not added). */
  clientGroupIds?: Array<string | number> | null | undefined;
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

export type AssignPrimaryCounsellorInput = {
  clientId: string | number;
  /** Null removes the primary counsellor. */
  counsellorId?: string | number | null | undefined;
};

export type AvailabilityChangeReason =
  | 'APPOINTMENT_CHANGED'
  | 'BOOKED'
  | 'CANCELLED'
  | 'EXPIRED'
  | 'RELEASED'
  | 'RESERVED'
  | 'SCHEDULE_CHANGED'
  | 'SEATS_CHANGED';

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

export type ChangeAppointmentClientInput = {
  appointmentId: string | number;
  /** An active client of the organisation, not the current one. */
  clientId: string | number;
  /** The new client’s language (e.g. "en") for the confirmation and later mails. Left out: the language of their latest booking, else the organisation’s default. */
  lang?: string | null | undefined;
};

export type ChangeCounsellorRoleInput = {
  id: string | number;
  role: StaffRole;
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

export type ChatStreamFilter = {
  kind?: ChatStreamKind | null | undefined;
  /** Group name or another member’s name or client number. */
  search?: string | null | undefined;
};

export type ChatStreamKind =
  | 'CLIENT'
  | 'COLLEAGUE'
  | 'GROUP';

export type ClientFilter = {
  /** @default ALL */
  scope?: ClientScope | null | undefined;
  /** Part of the pseudonym or client number; case and accents are ignored ("muller" finds "Müller"). */
  search?: string | null | undefined;
  /** Default: every status. */
  status?: AccountStatus | null | undefined;
  /** Only clients with this topic. */
  topicId?: string | number | null | undefined;
};

export type ClientGroupFilter = {
  /** Part of the name (case and accents ignored). */
  search?: string | null | undefined;
};

export type ClientGroupIdInput = {
  id: string | number;
};

export type ClientGroupMembersInput = {
  /** Clients of the organisation (≤ 100). */
  clientIds: Array<string | number>;
  groupId: string | number;
};

/** Names one client of the organisation. */
export type ClientIdInput = {
  clientId: string | number;
};

/** Names one note, document or message by id. */
export type ClientRecordIdInput = {
  id: string | number;
};

export type ClientScope =
  | 'ALL'
  | 'MINE'
  | 'UNASSIGNED'
  | 'WATCHLIST';

export type CloseMailRequestInput = {
  requestId: string | number;
};

export type ClosingDayInput = {
  /** YYYY-MM-DD in the organisation timezone. */
  date: string;
  note?: string | null | undefined;
};

/** Give either `code` (from the app) or `recoveryCode` (each works once). */
export type CompleteTwoFactorLoginInput = {
  /** From `login { secondFactor { challenge } }`. */
  challenge: string;
  code?: string | null | undefined;
  recoveryCode?: string | null | undefined;
};

export type ConfirmTwoFactorSetupInput = {
  /** The 6-digit code the app shows now. */
  code: string;
};

export type ContactDataInput = {
  address?: PostalAddressInput | null | undefined;
  contactPerson?: string | null | undefined;
  email?: string | null | undefined;
  phone?: string | null | undefined;
  /** http(s) address of the organisation’s website. */
  website?: string | null | undefined;
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
  /** The client’s language (e.g. "en"): the confirmation and later mails and "my appointments" use it where the organisation has texts in it. Left out: the language of the client’s latest booking, else the organisation’s default. */
  lang?: string | null | undefined;
  remarks?: string | null | undefined;
  /** Takes duration, follow-up and channel from the service. */
  serviceId?: string | number | null | undefined;
  start: string;
  title?: string | null | undefined;
};

export type CreateAppointmentServiceInput = {
  channel: AppointmentChannel;
  /** 5–480 minutes. */
  durationMinutes: number;
  /** 0–240 minutes. @default 0 */
  followUpMinutes?: number | null | undefined;
  /** Staff only. */
  internalName: string;
  minimumNoticeMinutes?: number | null | undefined;
  publicDescription?: string | null | undefined;
  /** In the organisation’s content languages (replaces the stored ones); `publicDescription` sets the default language’s. A language that is not one of them: BAD_USER_INPUT. */
  publicDescriptions?: Array<LocalizedTextInput> | null | undefined;
  publicName: string;
  /** In the organisation’s content languages (replaces the stored ones); `publicName` sets the default language’s. A language that is not one of them: BAD_USER_INPUT. */
  publicNames?: Array<LocalizedTextInput> | null | undefined;
  topicId?: string | number | null | undefined;
};

export type CreateBlockerInput = {
  counsellorId: string | number;
  end: string;
  start: string;
  title?: string | null | undefined;
};

export type CreateClientGroupInput = {
  /** First members (≤ 100). */
  clientIds?: Array<string | number> | null | undefined;
  /** Visible to the members. */
  description?: string | null | undefined;
  /** Unique in the organisation ignoring case; visible to the members. */
  name: string;
};

/** A client created by staff. They log in after an invitation or once a password is set. */
export type CreateClientInput = {
  /** Unique among the organisation’s clients. */
  email?: string | null | undefined;
  /** Values of the master-data fields. */
  masterData?: Array<RequestDataValueInput> | null | undefined;
  phone?: string | null | undefined;
  primaryCounsellorId?: string | number | null | undefined;
  /** Name shown to staff, also the login name: 3–64 letters, digits, dot, underscore or hyphen; unique on the platform (case-insensitive). */
  pseudonym: string;
  topicIds?: Array<string | number> | null | undefined;
};

export type CreateCounsellorInput = {
  /** Active counsellors count against the licence volume. @default true */
  active?: boolean | null | undefined;
  /** @default "<firstName> <lastName>" */
  displayName?: string | null | undefined;
  /** Unique among staff on the platform; invitations go here. */
  email: string;
  firstName: string;
  lastName: string;
  /** Unique on the platform (case-insensitive) and immutable. */
  loginName: string;
  /** @default false */
  newsletter?: boolean | null | undefined;
  /** @default COUNSELLOR */
  role?: StaffRole | null | undefined;
  /** @default NEUTRAL */
  salutation?: Salutation | null | undefined;
};

export type CreateGroupAppointmentInput = {
  bookableByClients: boolean;
  channel: AppointmentChannel;
  /** Client groups whose active members become participants now (a snapshot: later joiners are not added). GroupFull when they do not fit; nothing changes then. */
  clientGroupIds?: Array<string | number> | null | undefined;
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
  /** In the organisation’s content languages (replaces the stored ones); `title` sets the default language’s. A language that is not one of them: BAD_USER_INPUT. */
  titles?: Array<LocalizedTextInput> | null | undefined;
  /** HH:MM local. */
  to: string;
};

export type CreateGroupChatInput = {
  /** Client groups whose active members join now (a snapshot: later joiners of a group are not added). */
  clientGroupIds?: Array<string | number> | null | undefined;
  /** Staff only. */
  description?: string | null | undefined;
  /** Clients and counsellors (≤ 200); the creator joins anyway. */
  memberIds: Array<string | number>;
  /** Visible to clients. */
  name: string;
};

/** A monitoring made from its source in one step. Prefilled: appointment → date, channel, duration, topic, subject; mail request → channel MAIL, topic, request data, subject; chat stream → date of the first message, channel CHAT, duration from the first to the last message. Given fields override the prefill (a mail request has no duration: give it). */
export type CreateMonitoringFromSourceInput = {
  channel?: MonitoringChannel | null | undefined;
  date?: string | null | undefined;
  durationMinutes?: number | null | undefined;
  notes?: string | null | undefined;
  source: MonitoringSourceInput;
  subject?: string | null | undefined;
  topicIds?: Array<string | number> | null | undefined;
};

export type CreateMonitoringInput = {
  channel?: MonitoringChannel | null | undefined;
  clientId: string | number;
  /** Admins may document for a colleague. @default yourself */
  counsellorId?: string | number | null | undefined;
  /** YYYY-MM-DD. @default today in the organisation timezone */
  date?: string | null | undefined;
  /** Minutes of work, 1–1440. */
  durationMinutes: number;
  notes?: string | null | undefined;
  /** At most 200 characters. */
  subject: string;
  /** Topics of the organisation, at most 20. */
  topicIds?: Array<string | number> | null | undefined;
};

export type CreateTextTemplateInput = {
  /** The text inserted (≤ 4000 characters). The dashboard fills in {{pseudonym}} and {{counsellor}}. */
  body: string;
  /** ORGANISATION: admins only (FORBIDDEN for counsellors). PERSONAL: the viewer’s own. */
  scope: TextTemplateScope;
  /** Shown in the lists (1–100 characters). */
  title: string;
};

export type CreateTopicInput = {
  /** Optional grouping, e.g. "site" or "subject". */
  category?: string | null | undefined;
  /** Unique in the organisation (ignoring case); at most 100 characters. */
  name: string;
  /** The name in the organisation’s content languages (replaces the stored ones); `name` sets the default language’s. Unknown languages: BAD_USER_INPUT. */
  names?: Array<LocalizedTextInput> | null | undefined;
};

export type CreateWebhookEndpointInput = {
  /** Default true. */
  active?: boolean | null | undefined;
  /** What receives the events (for the admins). */
  description?: string | null | undefined;
  events: Array<WebhookEventType>;
  /** https URL with a public address (http://localhost only where the server allows local receivers). */
  url: string;
};

export type DeleteChatDocumentInput = {
  documentId: string | number;
};

export type DeleteCounsellorInput = {
  id: string | number;
};

export type DeleteMonitoringInput = {
  id: string | number;
};

export type DeleteTopicInput = {
  id: string | number;
};

/** How a direct message reaches the client: by mail when they have an email address, else in-app. */
export type DirectMessageDelivery =
  | 'INBOX'
  | 'MAIL';

/** Give either `code` (from the app) or `recoveryCode`. */
export type DisableTwoFactorInput = {
  code?: string | null | undefined;
  password: string;
  recoveryCode?: string | null | undefined;
};

export type GroupParticipantsInput = {
  appointmentId: string | number;
  clientIds: Array<string | number>;
};

export type IdInput = {
  id: string | number;
};

/** Whether an invitation (a link to set a password) can be mailed to a client now, or why not. */
export type InvitationAvailability =
  | 'AVAILABLE'
  | 'CANNOT_LOG_IN'
  | 'NO_EMAIL';

export type LocalizedTextInput = {
  /** Language code, e.g. "de" or "en". */
  lang: string;
  text: string;
};

export type LocalizedTextListInput = {
  /** Language code, e.g. "de" or "en". */
  lang: string;
  texts: Array<string>;
};

export type LoginInput = {
  /** Login name or email address. */
  login: string;
  /** Organisation public key (widgets): the login names a client of this organisation, by pseudonym or email. Without it, a staff member. */
  organisationKey?: string | null | undefined;
  password: string;
};

/** What changed who is responsible for a mail request. */
export type MailAssignmentKind =
  /** An admin made a counsellor responsible. */
  | 'ASSIGNED'
  /** The counsellor or an admin released the request to the pool. */
  | 'RELEASED'
  /** Routing gave the new request to a counsellor. */
  | 'ROUTED'
  /** A staff member took the request over from the pool. */
  | 'TAKEN_OVER';

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
  /** Requests about one topic of the organisation. */
  topicId?: string | number | null | undefined;
};

/** Order of the staff inbox; every order pages with its own cursors. */
export type MailRequestSort =
  /** The reply due soonest first (the most overdue at the top); requests nobody waits on last. */
  | 'DUE_SOONEST'
  /** Newest request first. */
  | 'NEWEST'
  /** Oldest request first. */
  | 'OLDEST';

export type MailRequestStatus =
  | 'ANSWERED'
  | 'ASSIGNED'
  | 'CLOSED'
  | 'NEW'
  | 'OPEN';

export type MailStatus =
  | 'FAILED'
  | 'QUEUED'
  | 'SENDING'
  | 'SENT';

export type MasterDataFieldInput = {
  /** Ask in the mail form widget. @default false */
  askInMailForm?: boolean | null | undefined;
  /** Letters, digits and underscore, starting with a letter; at most 40. */
  key: string;
  label: string;
  /** The label in the organisation’s content languages; `label` sets the default language’s. Unknown languages: BAD_USER_INPUT. */
  labels?: Array<LocalizedTextInput> | null | undefined;
  /** The options’ texts per content language, each list as long as `options` (empty texts fall back to the option). */
  optionLabels?: Array<LocalizedTextListInput> | null | undefined;
  /** Choices; required (at least one) for SELECT only. */
  options?: Array<string> | null | undefined;
  type: MasterDataFieldType;
};

export type MasterDataFieldType =
  | 'NUMBER'
  | 'SELECT'
  | 'TEXT';

export type MonitoringChannel =
  | 'CHAT'
  | 'MAIL'
  | 'ON_SITE'
  | 'PHONE'
  | 'VIDEO';

export type MonitoringFilter = {
  channel?: MonitoringChannel | null | undefined;
  clientId?: string | number | null | undefined;
  /** Admins: one counsellor’s. Counsellors see only their own. */
  counsellorId?: string | number | null | undefined;
  /** From this day (YYYY-MM-DD), inclusive. */
  from?: string | null | undefined;
  /** Up to this day (YYYY-MM-DD), inclusive. */
  to?: string | null | undefined;
  topicId?: string | number | null | undefined;
};

/** What is documented: an appointment, a mail request or a chat stream. */
export type MonitoringSourceInput = {
  id: string | number;
  kind: MonitoringSourceKind;
};

export type MonitoringSourceKind =
  | 'APPOINTMENT'
  | 'CHAT_STREAM'
  | 'MAIL_REQUEST';

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

export type QuickExitInput = {
  enabled: boolean;
  /** The neutral page, an http(s) address; required when enabled (empty clears it). */
  url?: string | null | undefined;
};

export type RegenerateRecoveryCodesInput = {
  /** The 6-digit code the app shows now. */
  code: string;
};

export type ReleaseMailRequestInput = {
  requestId: string | number;
};

export type RemoveClientGroupMemberInput = {
  clientId: string | number;
  groupId: string | number;
};

export type RemoveGroupChatMemberInput = {
  /** Your own id to leave the group. */
  accountId: string | number;
  streamId: string | number;
};

export type RemoveGroupParticipantInput = {
  appointmentId: string | number;
  clientId: string | number;
};

export type RequestDataValueInput = {
  /** Key of one of the organisation’s master-data fields. */
  key: string;
  /** For SELECT fields one of the options; empty = not given. */
  value: string;
};

export type RequestLicenceIncreaseInput = {
  contactPerson: string;
  /** Where the confirmation goes. */
  email: string;
  remark?: string | null | undefined;
  /** Requested total number of active counsellors. */
  requestedVolume: number;
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

export type ResetTwoFactorInput = {
  counsellorId: string | number;
};

export type Salutation =
  | 'MR'
  | 'MS'
  | 'NEUTRAL';

export type SaveMailDraftInput = {
  body: string;
  requestId: string | number;
};

export type SendDirectMessageInput = {
  body: string;
  clientId: string | number;
  subject: string;
};

export type SendInvitationInput = {
  /** A staff member (admins only) or a client of the organisation. */
  accountId: string | number;
};

export type SetBookingTimesInput = {
  counsellorId: string | number;
  /** 1, 2, 4 or 8. */
  horizonWeeks: number;
  /** Replaces every window of the counsellor. */
  windows: Array<BookingWindowInput>;
};

export type SetClientPasswordInput = {
  clientId: string | number;
  /** Must meet the password policy. */
  password: string;
};

export type SetCounsellorActiveInput = {
  active: boolean;
  id: string | number;
};

export type SetCounsellorChannelsInput = {
  /** Replaces the counsellor’s channels. */
  channels: Array<CounsellorChannelInput>;
  counsellorId: string | number;
};

export type SetCounsellorDataProtectionInput = {
  dataProtection: boolean;
  id: string | number;
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

export type StartTwoFactorSetupInput = {
  /** The current password. */
  password: string;
};

export type StartVideoChatInput = {
  streamId: string | number;
};

export type StatisticsFigureKey =
  | 'APPOINTMENTS_BOOKED'
  | 'APPOINTMENTS_CANCELLED'
  | 'CHATS'
  | 'MAIL_REQUESTS_ANSWERED'
  | 'MAIL_REQUESTS_OVERDUE'
  | 'MAIL_REQUESTS_RECEIVED'
  | 'MEDIAN_FIRST_RESPONSE_MINUTES'
  | 'MINUTES'
  | 'MONITORINGS'
  | 'NEW_CLIENTS';

export type StatisticsGrouping =
  | 'CHANNEL'
  | 'COUNSELLOR'
  | 'MONTH'
  | 'TOPIC';

/** Days in the organisation timezone, both included. */
export type StatisticsPeriodInput = {
  /** YYYY-MM-DD. @default 1 January of this year */
  from?: string | null | undefined;
  /** YYYY-MM-DD. @default the last day of this month */
  to?: string | null | undefined;
};

export type StatisticsUnit =
  | 'COUNT'
  | 'MINUTES';

export type TakeOverMailRequestInput = {
  requestId: string | number;
};

export type TextTemplateIdInput = {
  id: string | number;
};

/** Whose a text template is: the organisation’s (all staff use it) or the viewer’s own. */
export type TextTemplateScope =
  | 'ORGANISATION'
  | 'PERSONAL';

export type UpdateAppointmentServiceInput = {
  /** false archives the service (no more slots). */
  active?: boolean | null | undefined;
  channel?: AppointmentChannel | null | undefined;
  durationMinutes?: number | null | undefined;
  followUpMinutes?: number | null | undefined;
  id: string | number;
  internalName?: string | null | undefined;
  minimumNoticeMinutes?: number | null | undefined;
  publicDescription?: string | null | undefined;
  /** In the organisation’s content languages (replaces the stored ones); `publicDescription` sets the default language’s. A language that is not one of them: BAD_USER_INPUT. */
  publicDescriptions?: Array<LocalizedTextInput> | null | undefined;
  publicName?: string | null | undefined;
  /** In the organisation’s content languages (replaces the stored ones); `publicName` sets the default language’s. A language that is not one of them: BAD_USER_INPUT. */
  publicNames?: Array<LocalizedTextInput> | null | undefined;
  topicId?: string | number | null | undefined;
};

export type UpdateAppointmentSettingsInput = {
  /** 1–60 minutes. */
  holdMinutes?: number | null | undefined;
  /** 0–43200 minutes (30 days). */
  minimumNoticeMinutes?: number | null | undefined;
};

export type UpdateChatSettingsInput = {
  /** Allow "start video chat" in my streams. */
  allowVideoInChat: boolean;
};

export type UpdateClientGroupInput = {
  /** Empty text clears it. */
  description?: string | null | undefined;
  id: string | number;
  name?: string | null | undefined;
};

/** Changes a client’s profile; absent fields stay unchanged. The pseudonym is the login name and stays. Email and phone: admins only. */
export type UpdateClientInput = {
  /** Admins only; empty or null removes it. */
  email?: string | null | undefined;
  id: string | number;
  /** Replaces all master data. */
  masterData?: Array<RequestDataValueInput> | null | undefined;
  /** Admins only; empty or null removes it. */
  phone?: string | null | undefined;
  /** Replaces all topics. */
  topicIds?: Array<string | number> | null | undefined;
};

export type UpdateClientNoteInput = {
  body: string;
  id: string | number;
};

export type UpdateGroupAppointmentInput = {
  bookableByClients?: boolean | null | undefined;
  channel?: AppointmentChannel | null | undefined;
  /** Client groups whose active members become participants now (a snapshot: later joiners are not added). GroupFull when they do not fit; nothing changes then. */
  clientGroupIds?: Array<string | number> | null | undefined;
  date?: string | null | undefined;
  followUpMinutes?: number | null | undefined;
  from?: string | null | undefined;
  id: string | number;
  maxParticipants?: number | null | undefined;
  remarks?: string | null | undefined;
  title?: string | null | undefined;
  /** In the organisation’s content languages (replaces the stored ones); `title` sets the default language’s. A language that is not one of them: BAD_USER_INPUT. */
  titles?: Array<LocalizedTextInput> | null | undefined;
  to?: string | null | undefined;
};

export type UpdateGroupChatInput = {
  /** Empty text clears it. */
  description?: string | null | undefined;
  name?: string | null | undefined;
  streamId: string | number;
};

/** Changes to a monitoring: omitted fields stay; null clears channel and notes. */
export type UpdateMonitoringInput = {
  channel?: MonitoringChannel | null | undefined;
  clientId?: string | number | null | undefined;
  date?: string | null | undefined;
  durationMinutes?: number | null | undefined;
  id: string | number;
  notes?: string | null | undefined;
  subject?: string | null | undefined;
  /** Replaces the topics. */
  topicIds?: Array<string | number> | null | undefined;
};

/** Every field is optional: absent fields stay unchanged. */
export type UpdateMyProfileInput = {
  /** Public description, at most one per language and 2000 characters each; replaces all. */
  descriptions?: Array<LocalizedTextInput> | null | undefined;
  /** Public name shown to clients. */
  displayName?: string | null | undefined;
  email?: string | null | undefined;
  firstName?: string | null | undefined;
  /** Language codes such as "de", "en", "tr". */
  languages?: Array<string> | null | undefined;
  lastName?: string | null | undefined;
  newsletter?: boolean | null | undefined;
  /** Null or empty clears it. */
  phone?: string | null | undefined;
  /** Null or empty clears it. */
  postcode?: string | null | undefined;
  salutation?: Salutation | null | undefined;
};

/** Organisation settings to change. Every field is optional: what is left out stays as it is; lists and nested objects given replace the stored ones. */
export type UpdateOrganisationInput = {
  /** Days the access audit log keeps its entries: 180–3650. */
  accessLogRetentionDays?: number | null | undefined;
  /** Replaces the list; each `scheme://host[:port]`, http(s) only; at most 50. */
  allowedOrigins?: Array<string> | null | undefined;
  autoPrimaryCounsellor?: boolean | null | undefined;
  billingAddress?: PostalAddressInput | null | undefined;
  /** Replaces all closing days; at most 366. */
  closingDays?: Array<ClosingDayInput> | null | undefined;
  contact?: ContactDataInput | null | undefined;
  /** Languages clients’ texts are entered in (codes such as "de", "en", "tr"); the default language (`locale`) is always one of them, first. At most 20. */
  contentLanguages?: Array<string> | null | undefined;
  /** An active staff member of the organisation; null clears it. */
  fallbackCounsellorId?: string | number | null | undefined;
  /** COUNTRY or COUNTRY-STATE, e.g. DE-BE. */
  holidayRegion?: string | null | undefined;
  /** "de" or "en". */
  locale?: string | null | undefined;
  /** 1–720 hours. */
  mailOverdueHours?: number | null | undefined;
  /** Replaces all fields; at most 30. */
  masterDataFields?: Array<MasterDataFieldInput> | null | undefined;
  name?: string | null | undefined;
  opennessLevel?: OpennessLevel | null | undefined;
  quickExit?: QuickExitInput | null | undefined;
  /** Require two-factor login of every staff member (who then must set it up before anything else). */
  requireTwoFactor?: boolean | null | undefined;
  /** 1–3650 days. */
  retentionDays?: number | null | undefined;
  /** IANA timezone, e.g. Europe/Berlin. */
  timezone?: string | null | undefined;
  video?: VideoSettingsInput | null | undefined;
};

export type UpdateTextTemplateInput = {
  body?: string | null | undefined;
  id: string | number;
  title?: string | null | undefined;
};

export type UpdateTopicInput = {
  /** Empty string or null clears it; left out keeps it. */
  category?: string | null | undefined;
  id: string | number;
  name?: string | null | undefined;
  /** The name in the organisation’s content languages (replaces the stored ones); `name` sets the default language’s. Unknown languages: BAD_USER_INPUT. */
  names?: Array<LocalizedTextInput> | null | undefined;
};

export type UpdateWebhookEndpointInput = {
  /** False: no events are sent (pending retries are skipped). */
  active?: boolean | null | undefined;
  /** Empty text clears it. */
  description?: string | null | undefined;
  events?: Array<WebhookEventType> | null | undefined;
  id: string | number;
  url?: string | null | undefined;
};

export type VideoProvider =
  | 'EXTERNAL'
  | 'PLATFORM';

export type VideoSettingsInput = {
  allowVideoInChat: boolean;
  provider: VideoProvider;
};

export type ViewerKind =
  | 'CLIENT'
  | 'STAFF';

export type WebhookDeliveryStatus =
  | 'DELIVERED'
  | 'FAILED'
  | 'PENDING'
  | 'SKIPPED';

export type WebhookEndpointIdInput = {
  id: string | number;
};

export type WebhookEventType =
  /** `booking.cancelled`: a booked appointment was cancelled, or a group seat given up or taken away. */
  | 'BOOKING_CANCELLED'
  /** `booking.created`: an appointment was booked, or a seat in a group appointment taken (by a client or by staff). */
  | 'BOOKING_CREATED'
  /** `chat.started`: a client started a chat from the widget. */
  | 'CHAT_STARTED'
  /** `client.deleted`: the deletion routine removed a client’s data. */
  | 'CLIENT_DELETED'
  /** `mail_request.answered`: a counsellor answered a mail request. */
  | 'MAIL_REQUEST_ANSWERED'
  /** `mail_request.received`: a client sent a new mail request. */
  | 'MAIL_REQUEST_RECEIVED';

export type DashboardAccessLogQueryVariables = Exact<{
  filter?: AccessLogFilter | null | undefined;
  page?: PageInput | null | undefined;
}>;


export type DashboardAccessLogQuery = { accessLog: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, at: string, action: AccessAction, recordKind: AccessRecordKind, recordId: string | null, clientId: string, clientNumber: string | null, clientPseudonym: string | null, staffId: string, staffName: string | null } }> } };

export type DashboardAccessLogClientsQueryVariables = Exact<{
  search?: string | null | undefined;
}>;


export type DashboardAccessLogClientsQuery = { clients: { edges: Array<{ node: { id: string, pseudonym: string, clientNumber: string } }> } };

export type DashboardAccessLogStaffQueryVariables = Exact<{ [key: string]: never; }>;


export type DashboardAccessLogStaffQuery = { counsellors: { edges: Array<{ node: { id: string, firstName: string, lastName: string, displayName: string } }> } };

export type DashboardPaletteRequestsQueryVariables = Exact<{
  search: string;
}>;


export type DashboardPaletteRequestsQuery = { mailRequests: { edges: Array<{ node: { id: string, subject: string, status: MailRequestStatus, client: { id: string, pseudonym: string } } }> } };

export type DashboardInboxUpdatedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type DashboardInboxUpdatedSubscription = { chatInboxUpdated: { streamId: string, unreadCount: number, lastMessage: { id: string, sender: { id: string, displayName: string } | null } | null } };

export type DashboardMailRequestChangedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type DashboardMailRequestChangedSubscription = { mailRequestChanged: { requestId: string, kind: MailRequestChangeKind, status: MailRequestStatus, counsellorId: string | null, previousCounsellorId: string | null, actorId: string | null, at: string } };

export type DashboardSetPresenceMutationVariables = Exact<{
  input: SetPresenceStatusInput;
}>;


export type DashboardSetPresenceMutation = { setPresenceStatus: { counsellorId: string, state: PresenceState } };

export type DashboardNotificationsMissedQueryVariables = Exact<{ [key: string]: never; }>;


export type DashboardNotificationsMissedQuery = { newest: { edges: Array<{ node: { id: string, subject: string, createdAt: string, counsellor: { id: string } | null } }> }, waiting: { edges: Array<{ node: { id: string, subject: string, createdAt: string, lastMessageAt: string, waitingSince: string | null } }> }, chatStreams: { edges: Array<{ node: { id: string, unreadCount: number, lastActivityAt: string, lastMessage: { id: string, createdAt: string, sender: { id: string, displayName: string } | null } | null } }> } };

export type DashboardNotificationBookingsQueryVariables = Exact<{
  from: string;
  to: string;
  since: string;
}>;


export type DashboardNotificationBookingsQuery = { calendar: { appointments: Array<{ id: string, kind: AppointmentKind, bookedAt: string | null }> } };

export type DashboardNotificationAssignmentsQueryVariables = Exact<{
  since: string;
}>;


export type DashboardNotificationAssignmentsQuery = { mailAssignments: { edges: Array<{ node: { id: string, kind: MailAssignmentKind, requestId: string, counsellorId: string | null, previousCounsellorId: string | null, actorId: string | null, createdAt: string, request: { id: string, subject: string } | null } }> } };

export type DashboardNotificationSubjectQueryVariables = Exact<{
  id: string | number;
}>;


export type DashboardNotificationSubjectQuery = { mailRequest: { id: string, subject: string, lastMessageAt: string } };

export type DashboardMyBookingsSubscriptionVariables = Exact<{
  organisationKey: string;
  counsellorId: string | number;
}>;


export type DashboardMyBookingsSubscription = { availabilityChanged: { counsellorId: string, reason: AvailabilityChangeReason, at: string } };

export type DashboardAvailabilityQueryVariables = Exact<{
  counsellorId: string | number;
  from: string;
  to: string;
}>;


export type DashboardAvailabilityQuery = { bookingTimes: { counsellorId: string, horizonWeeks: number, windows: Array<{ id: string, weekday: number, from: string, to: string, service: { id: string } }> }, counsellorChannels: Array<{ id: string, channel: AppointmentChannel, externalUrl: string | null, address: { name: string | null, street: string | null, postcode: string | null, city: string | null, country: string | null } | null }>, appointmentServices: Array<{ id: string, internalName: string, durationMinutes: number, followUpMinutes: number, channel: AppointmentChannel }>, counsellor: { id: string, displayName: string, onlyRegularClients: boolean }, calendar: { freeSlots: Array<{ serviceId: string, starts: Array<string> }> } };

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
    | { __typename: 'GroupFull', capacity: number, seatsLeft: number, seatsRequested: number }
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

export type DashboardChangeAppointmentClientMutationVariables = Exact<{
  input: ChangeAppointmentClientInput;
}>;


export type DashboardChangeAppointmentClientMutation = { changeAppointmentClient: { id: string, status: AppointmentStatus, client: { id: string, pseudonym: string, clientNumber: string } | null } };

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
    | { __typename: 'Appointment', id: string, title: string | null, maxParticipants: number | null, bookableByClients: boolean, titles: Array<{ lang: string, text: string }> }
    | { __typename: 'GroupFull', capacity: number }
    | { __typename: 'SlotTaken', message: string }
   };

export type DashboardAddClientGroupsToAppointmentMutationVariables = Exact<{
  input: UpdateGroupAppointmentInput;
}>;


export type DashboardAddClientGroupsToAppointmentMutation = { updateGroupAppointment:
    | { __typename: 'Appointment', id: string, participantCount: number, participants: Array<{ id: string, pseudonym: string, clientNumber: string }> }
    | { __typename: 'GroupFull', capacity: number, seatsLeft: number, seatsRequested: number }
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


export type DashboardCalendarQuery = { calendar: { appointments: Array<{ id: string, kind: AppointmentKind, status: AppointmentStatus, start: string, end: string, title: string | null, remarks: string | null, channel: AppointmentChannel | null, followUpMinutes: number, maxParticipants: number | null, participantCount: number, bookableByClients: boolean, titles: Array<{ lang: string, text: string }>, counsellor: { id: string, displayName: string }, client: { id: string, pseudonym: string, clientNumber: string } | null, participants: Array<{ id: string, pseudonym: string, clientNumber: string }>, service: { id: string, internalName: string } | null }>, freeSlots: Array<{ counsellorId: string, serviceId: string, durationMinutes: number, starts: Array<string> }> }, absences?: Array<{ id: string, start: string, end: string, note: string | null }> };

export type DashboardCalendarSetupQueryVariables = Exact<{ [key: string]: never; }>;


export type DashboardCalendarSetupQuery = { organisation: { id: string, publicKey: string }, counsellors: { edges: Array<{ node: { id: string, displayName: string, firstName: string, lastName: string } }> }, appointmentServices: Array<{ id: string, internalName: string, durationMinutes: number, followUpMinutes: number, channel: AppointmentChannel }> };

export type DashboardAvailabilityChangedSubscriptionVariables = Exact<{
  key: string;
}>;


export type DashboardAvailabilityChangedSubscription = { availabilityChanged: { counsellorId: string, reason: AvailabilityChangeReason } };

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

export type DashboardChatStreamFragment = { id: string, kind: ChatStreamKind, title: string, name: string | null, description: string | null, isMember: boolean, memberCount: number, lastSeq: number, lastReadSeq: number, othersReadSeq: number, unreadCount: number, lastActivityAt: string, counterpart: { id: string, kind: ChatParticipantKind, displayName: string } | null, createdBy: { id: string } | null, lastMessage: { id: string, kind: ChatMessageKind, body: string, createdAt: string, sender: { id: string, displayName: string } | null } | null };

export type DashboardChatStreamsQueryVariables = Exact<{
  filter?: ChatStreamFilter | null | undefined;
  page?: PageInput | null | undefined;
}>;


export type DashboardChatStreamsQuery = { chatStreams: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, edges: Array<{ node: { id: string, kind: ChatStreamKind, title: string, name: string | null, description: string | null, isMember: boolean, memberCount: number, lastSeq: number, lastReadSeq: number, othersReadSeq: number, unreadCount: number, lastActivityAt: string, counterpart: { id: string, kind: ChatParticipantKind, displayName: string } | null, createdBy: { id: string } | null, lastMessage: { id: string, kind: ChatMessageKind, body: string, createdAt: string, sender: { id: string, displayName: string } | null } | null } }> } };

export type DashboardChatStreamQueryVariables = Exact<{
  id: string | number;
}>;


export type DashboardChatStreamQuery = { chatStream: { id: string, kind: ChatStreamKind, title: string, name: string | null, description: string | null, isMember: boolean, memberCount: number, lastSeq: number, lastReadSeq: number, othersReadSeq: number, unreadCount: number, lastActivityAt: string, counterpart: { id: string, kind: ChatParticipantKind, displayName: string } | null, createdBy: { id: string } | null, lastMessage: { id: string, kind: ChatMessageKind, body: string, createdAt: string, sender: { id: string, displayName: string } | null } | null } };

export type DashboardChatReadMarkerMovedSubscriptionVariables = Exact<{
  streamId: string | number;
}>;


export type DashboardChatReadMarkerMovedSubscription = { chatReadMarkerMoved: { seq: number, participant: { id: string } } };

export type DashboardChatVideoAllowedQueryVariables = Exact<{
  id: string | number;
}>;


export type DashboardChatVideoAllowedQuery = { counsellor: { id: string, allowVideoInChat: boolean, organisation: { id: string, video: { allowVideoInChat: boolean } } } };

export type DashboardStartVideoChatMutationVariables = Exact<{
  input: StartVideoChatInput;
}>;


export type DashboardStartVideoChatMutation = { startVideoChat: { ownUrl: string | null, message: { id: string, seq: number } } };

export type DashboardClientGroupPickerQueryVariables = Exact<{
  filter?: ClientGroupFilter | null | undefined;
  page?: PageInput | null | undefined;
}>;


export type DashboardClientGroupPickerQuery = { clientGroups: { totalCount: number, pageInfo: { hasNextPage: boolean }, edges: Array<{ node: { id: string, name: string, memberCount: number } }> } };

export type DashboardClientGroupsQueryVariables = Exact<{
  filter?: ClientGroupFilter | null | undefined;
  page?: PageInput | null | undefined;
}>;


export type DashboardClientGroupsQuery = { clientGroups: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, edges: Array<{ node: { id: string, name: string, description: string | null, memberCount: number } }> } };

export type DashboardClientGroupQueryVariables = Exact<{
  id: string | number;
  page?: PageInput | null | undefined;
}>;


export type DashboardClientGroupQuery = { clientGroup: { id: string, name: string, description: string | null, memberCount: number, mayDelete: boolean, createdBy: { id: string, firstName: string, lastName: string, displayName: string } | null, members: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, edges: Array<{ node: { id: string, pseudonym: string, clientNumber: string } }> } } };

export type DashboardClientGroupFindClientsQueryVariables = Exact<{
  filter?: ClientFilter | null | undefined;
  page?: PageInput | null | undefined;
}>;


export type DashboardClientGroupFindClientsQuery = { clients: { edges: Array<{ node: { id: string, pseudonym: string, clientNumber: string } }> } };

export type DashboardCreateClientGroupMutationVariables = Exact<{
  input: CreateClientGroupInput;
}>;


export type DashboardCreateClientGroupMutation = { createClientGroup: { id: string, name: string } };

export type DashboardUpdateClientGroupMutationVariables = Exact<{
  input: UpdateClientGroupInput;
}>;


export type DashboardUpdateClientGroupMutation = { updateClientGroup: { id: string, name: string, description: string | null } };

export type DashboardAddClientGroupMembersMutationVariables = Exact<{
  input: ClientGroupMembersInput;
}>;


export type DashboardAddClientGroupMembersMutation = { addClientGroupMembers: { id: string, memberCount: number } };

export type DashboardRemoveClientGroupMemberMutationVariables = Exact<{
  input: RemoveClientGroupMemberInput;
}>;


export type DashboardRemoveClientGroupMemberMutation = { removeClientGroupMember: { id: string, memberCount: number } };

export type DashboardDeleteClientGroupMutationVariables = Exact<{
  input: ClientGroupIdInput;
}>;


export type DashboardDeleteClientGroupMutation = { deleteClientGroup: boolean };

export type DashboardSetClientPasswordMutationVariables = Exact<{
  input: SetClientPasswordInput;
}>;


export type DashboardSetClientPasswordMutation = { setClientPassword: boolean };

export type DashboardInviteClientMutationVariables = Exact<{
  input: SendInvitationInput;
}>;


export type DashboardInviteClientMutation = { sendInvitation: { expiresAt: string } };

export type DashboardClientPickerQueryVariables = Exact<{
  filter?: ClientFilter | null | undefined;
  page?: PageInput | null | undefined;
}>;


export type DashboardClientPickerQuery = { clients: { totalCount: number, pageInfo: { hasNextPage: boolean }, edges: Array<{ node: { id: string, pseudonym: string, clientNumber: string, status: AccountStatus } }> } };

export type DashboardClientPickerOneQueryVariables = Exact<{
  id: string | number;
}>;


export type DashboardClientPickerOneQuery = { client: { id: string, pseudonym: string, clientNumber: string, status: AccountStatus } };

export type DashboardClientPurgesQueryVariables = Exact<{
  page?: PageInput | null | undefined;
}>;


export type DashboardClientPurgesQuery = { clientPurges: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, clientNumber: string, deletionRequestedAt: string, purgedAt: string, removed: Array<{ kind: string, count: number }> } }> } };

export type DashboardClientsQueryVariables = Exact<{
  filter?: ClientFilter | null | undefined;
  page?: PageInput | null | undefined;
}>;


export type DashboardClientsQuery = { clients: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, edges: Array<{ node: { id: string, pseudonym: string, clientNumber: string, status: AccountStatus, watched: boolean, primaryCounsellor: { id: string, firstName: string, lastName: string, displayName: string } | null, topics: Array<{ id: string, name: string }> } }> } };

export type DashboardCreateClientMutationVariables = Exact<{
  input: CreateClientInput;
}>;


export type DashboardCreateClientMutation = { createClient: { id: string, pseudonym: string } };

export type DashboardWatchClientMutationVariables = Exact<{
  input: ClientIdInput;
}>;


export type DashboardWatchClientMutation = { watchClient: { id: string, watched: boolean } };

export type DashboardUnwatchClientMutationVariables = Exact<{
  input: ClientIdInput;
}>;


export type DashboardUnwatchClientMutation = { unwatchClient: { id: string, watched: boolean } };

export type DashboardClientQueryVariables = Exact<{
  id: string | number;
}>;


export type DashboardClientQuery = { client: { id: string, pseudonym: string, clientNumber: string, status: AccountStatus, createdAt: string, watched: boolean, email: string | null, phone: string | null, contactHidden: boolean, invitationAvailability: InvitationAvailability | null, deletionRequestedAt: string | null, purgeDueAt: string | null, primaryCounsellor: { id: string } | null, topics: Array<{ id: string }>, groups: Array<{ id: string, name: string }>, masterData: Array<{ key: string, value: string }> }, organisation: { id: string, masterDataFields: Array<{ key: string, label: string, type: MasterDataFieldType, options: Array<string> }> } };

export type DashboardUpdateClientMutationVariables = Exact<{
  input: UpdateClientInput;
}>;


export type DashboardUpdateClientMutation = { updateClient: { id: string } };

export type DashboardAssignPrimaryCounsellorMutationVariables = Exact<{
  input: AssignPrimaryCounsellorInput;
}>;


export type DashboardAssignPrimaryCounsellorMutation = { assignPrimaryCounsellor: { id: string } };

export type DashboardBlockClientMutationVariables = Exact<{
  input: ClientIdInput;
}>;


export type DashboardBlockClientMutation = { blockClient: { id: string } };

export type DashboardUnblockClientMutationVariables = Exact<{
  input: ClientIdInput;
}>;


export type DashboardUnblockClientMutation = { unblockClient: { id: string } };

export type DashboardDeleteClientMutationVariables = Exact<{
  input: ClientIdInput;
}>;


export type DashboardDeleteClientMutation = { deleteClient: { id: string } };

export type DashboardRestoreClientMutationVariables = Exact<{
  input: ClientIdInput;
}>;


export type DashboardRestoreClientMutation = { restoreClient: { id: string } };

export type DashboardClientNotesQueryVariables = Exact<{
  clientId: string | number;
  page?: PageInput | null | undefined;
}>;


export type DashboardClientNotesQuery = { clientNotes: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, edges: Array<{ node: { id: string, body: string, createdAt: string, editedAt: string | null, mayEdit: boolean, mayDelete: boolean, author: { id: string, displayName: string } | null } }> } };

export type DashboardAddClientNoteMutationVariables = Exact<{
  input: AddClientNoteInput;
}>;


export type DashboardAddClientNoteMutation = { addClientNote: { id: string } };

export type DashboardUpdateClientNoteMutationVariables = Exact<{
  input: UpdateClientNoteInput;
}>;


export type DashboardUpdateClientNoteMutation = { updateClientNote: { id: string } };

export type DashboardDeleteClientNoteMutationVariables = Exact<{
  input: ClientRecordIdInput;
}>;


export type DashboardDeleteClientNoteMutation = { deleteClientNote: boolean };

export type DashboardClientDocumentsQueryVariables = Exact<{
  clientId: string | number;
  page?: PageInput | null | undefined;
}>;


export type DashboardClientDocumentsQuery = { clientDocuments: { totalCount: number, edges: Array<{ node: { id: string, filename: string, contentType: string, size: number, createdAt: string, mayDelete: boolean, uploadedBy: { id: string, displayName: string } | null } }> } };

export type DashboardClientDocumentLinkQueryVariables = Exact<{
  documentId: string | number;
}>;


export type DashboardClientDocumentLinkQuery = { clientDocumentLink: { url: string } };

export type DashboardClientDataExportLinkQueryVariables = Exact<{
  clientId: string | number;
  includeStaffRecords?: boolean | null | undefined;
}>;


export type DashboardClientDataExportLinkQuery = { clientDataExportLink: { url: string } };

export type DashboardDeleteClientDocumentMutationVariables = Exact<{
  input: ClientRecordIdInput;
}>;


export type DashboardDeleteClientDocumentMutation = { deleteClientDocument: boolean };

export type DashboardDirectMessagesQueryVariables = Exact<{
  clientId: string | number;
}>;


export type DashboardDirectMessagesQuery = { directMessageDelivery: DirectMessageDelivery, directMessages: { totalCount: number, edges: Array<{ node: { id: string, subject: string, body: string, delivery: DirectMessageDelivery, createdAt: string, readAt: string | null, mailStatus: MailStatus | null, sender: { id: string, displayName: string } | null } }> } };

export type DashboardSendDirectMessageMutationVariables = Exact<{
  input: SendDirectMessageInput;
}>;


export type DashboardSendDirectMessageMutation = { sendDirectMessage: { id: string, delivery: DirectMessageDelivery } };

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
  sort?: MailRequestSort | null | undefined;
}>;


export type DashboardMailRequestsQuery = { mailRequests: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, edges: Array<{ node: { id: string, subject: string, status: MailRequestStatus, createdAt: string, lastMessageAt: string, dueAt: string | null, overdue: boolean, client: { id: string, pseudonym: string, clientNumber: string }, counsellor: { id: string, displayName: string } | null, topic: { id: string, name: string } | null } }> } };

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

export type DashboardMonitoringFragment = { id: string, date: string, durationMinutes: number, subject: string, channel: MonitoringChannel | null, notes: string | null, createdAt: string, counsellor: { id: string, displayName: string }, client: { id: string, pseudonym: string } | null, topics: Array<{ id: string, name: string }>, source: { kind: MonitoringSourceKind, id: string } | null, requestData: Array<{ key: string, value: string }> };

export type DashboardMonitoringsQueryVariables = Exact<{
  filter?: MonitoringFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type DashboardMonitoringsQuery = { monitorings: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, edges: Array<{ node: { id: string, date: string, durationMinutes: number, subject: string, channel: MonitoringChannel | null, notes: string | null, createdAt: string, counsellor: { id: string, displayName: string }, client: { id: string, pseudonym: string } | null, topics: Array<{ id: string, name: string }>, source: { kind: MonitoringSourceKind, id: string } | null, requestData: Array<{ key: string, value: string }> } }> } };

export type DashboardMonitoringPrefillQueryVariables = Exact<{
  source: MonitoringSourceInput;
}>;


export type DashboardMonitoringPrefillQuery = { monitoringPrefill: { date: string, durationMinutes: number | null, subject: string, channel: MonitoringChannel | null, source: { kind: MonitoringSourceKind, id: string }, client: { id: string, pseudonym: string }, topics: Array<{ id: string, name: string }>, requestData: Array<{ key: string, value: string }> } };

export type DashboardCreateMonitoringMutationVariables = Exact<{
  input: CreateMonitoringInput;
}>;


export type DashboardCreateMonitoringMutation = { createMonitoring: { id: string, date: string, durationMinutes: number, subject: string, channel: MonitoringChannel | null, notes: string | null, createdAt: string, counsellor: { id: string, displayName: string }, client: { id: string, pseudonym: string } | null, topics: Array<{ id: string, name: string }>, source: { kind: MonitoringSourceKind, id: string } | null, requestData: Array<{ key: string, value: string }> } };

export type DashboardCreateMonitoringFromSourceMutationVariables = Exact<{
  input: CreateMonitoringFromSourceInput;
}>;


export type DashboardCreateMonitoringFromSourceMutation = { createMonitoringFromSource: { id: string, date: string, durationMinutes: number, subject: string, channel: MonitoringChannel | null, notes: string | null, createdAt: string, counsellor: { id: string, displayName: string }, client: { id: string, pseudonym: string } | null, topics: Array<{ id: string, name: string }>, source: { kind: MonitoringSourceKind, id: string } | null, requestData: Array<{ key: string, value: string }> } };

export type DashboardUpdateMonitoringMutationVariables = Exact<{
  input: UpdateMonitoringInput;
}>;


export type DashboardUpdateMonitoringMutation = { updateMonitoring: { id: string, date: string, durationMinutes: number, subject: string, channel: MonitoringChannel | null, notes: string | null, createdAt: string, counsellor: { id: string, displayName: string }, client: { id: string, pseudonym: string } | null, topics: Array<{ id: string, name: string }>, source: { kind: MonitoringSourceKind, id: string } | null, requestData: Array<{ key: string, value: string }> } };

export type DashboardDeleteMonitoringMutationVariables = Exact<{
  input: DeleteMonitoringInput;
}>;


export type DashboardDeleteMonitoringMutation = { deleteMonitoring: string };

export type DashboardOrganisationSettingsFragment = { id: string, name: string, publicKey: string, licenceVolume: number, timezone: string, locale: string, contentLanguages: Array<string>, holidayRegion: string, mailOverdueHours: number, opennessLevel: OpennessLevel, autoPrimaryCounsellor: boolean, retentionDays: number, accessLogRetentionDays: number, requireTwoFactor: boolean, allowedOrigins: Array<string>, contact: { contactPerson: string | null, email: string | null, phone: string | null, website: string | null, address: { name: string | null, street: string | null, postcode: string | null, city: string | null, country: string | null } | null }, billingAddress: { name: string | null, street: string | null, postcode: string | null, city: string | null, country: string | null }, closingDays: Array<{ date: string, note: string | null }>, fallbackCounsellor: { id: string } | null, quickExit: { enabled: boolean, url: string | null }, topics: Array<{ id: string, name: string, category: string | null, names: Array<{ lang: string, text: string }> }>, masterDataFields: Array<{ key: string, label: string, type: MasterDataFieldType, options: Array<string>, askInMailForm: boolean, labels: Array<{ lang: string, text: string }>, optionLabels: Array<{ lang: string, texts: Array<string> }> }>, video: { provider: VideoProvider, allowVideoInChat: boolean } };

export type DashboardOrganisationQueryVariables = Exact<{ [key: string]: never; }>;


export type DashboardOrganisationQuery = { organisation: { id: string, name: string, publicKey: string, licenceVolume: number, timezone: string, locale: string, contentLanguages: Array<string>, holidayRegion: string, mailOverdueHours: number, opennessLevel: OpennessLevel, autoPrimaryCounsellor: boolean, retentionDays: number, accessLogRetentionDays: number, requireTwoFactor: boolean, allowedOrigins: Array<string>, contact: { contactPerson: string | null, email: string | null, phone: string | null, website: string | null, address: { name: string | null, street: string | null, postcode: string | null, city: string | null, country: string | null } | null }, billingAddress: { name: string | null, street: string | null, postcode: string | null, city: string | null, country: string | null }, closingDays: Array<{ date: string, note: string | null }>, fallbackCounsellor: { id: string } | null, quickExit: { enabled: boolean, url: string | null }, topics: Array<{ id: string, name: string, category: string | null, names: Array<{ lang: string, text: string }> }>, masterDataFields: Array<{ key: string, label: string, type: MasterDataFieldType, options: Array<string>, askInMailForm: boolean, labels: Array<{ lang: string, text: string }>, optionLabels: Array<{ lang: string, texts: Array<string> }> }>, video: { provider: VideoProvider, allowVideoInChat: boolean } }, counsellors: { edges: Array<{ node: { id: string, firstName: string, lastName: string } }> } };

export type DashboardUpdateOrganisationMutationVariables = Exact<{
  input: UpdateOrganisationInput;
}>;


export type DashboardUpdateOrganisationMutation = { updateOrganisation: { id: string, name: string, publicKey: string, licenceVolume: number, timezone: string, locale: string, contentLanguages: Array<string>, holidayRegion: string, mailOverdueHours: number, opennessLevel: OpennessLevel, autoPrimaryCounsellor: boolean, retentionDays: number, accessLogRetentionDays: number, requireTwoFactor: boolean, allowedOrigins: Array<string>, contact: { contactPerson: string | null, email: string | null, phone: string | null, website: string | null, address: { name: string | null, street: string | null, postcode: string | null, city: string | null, country: string | null } | null }, billingAddress: { name: string | null, street: string | null, postcode: string | null, city: string | null, country: string | null }, closingDays: Array<{ date: string, note: string | null }>, fallbackCounsellor: { id: string } | null, quickExit: { enabled: boolean, url: string | null }, topics: Array<{ id: string, name: string, category: string | null, names: Array<{ lang: string, text: string }> }>, masterDataFields: Array<{ key: string, label: string, type: MasterDataFieldType, options: Array<string>, askInMailForm: boolean, labels: Array<{ lang: string, text: string }>, optionLabels: Array<{ lang: string, texts: Array<string> }> }>, video: { provider: VideoProvider, allowVideoInChat: boolean } } };

export type DashboardCreateTopicMutationVariables = Exact<{
  input: CreateTopicInput;
}>;


export type DashboardCreateTopicMutation = { createTopic: { id: string } };

export type DashboardUpdateTopicMutationVariables = Exact<{
  input: UpdateTopicInput;
}>;


export type DashboardUpdateTopicMutation = { updateTopic: { id: string } };

export type DashboardDeleteTopicMutationVariables = Exact<{
  input: DeleteTopicInput;
}>;


export type DashboardDeleteTopicMutation = { deleteTopic: boolean };

export type DashboardAppointmentServiceFragment = { id: string, active: boolean, internalName: string, publicName: string, publicDescription: string | null, durationMinutes: number, followUpMinutes: number, minimumNoticeMinutes: number | null, channel: AppointmentChannel, publicNames: Array<{ lang: string, text: string }>, publicDescriptions: Array<{ lang: string, text: string }>, topic: { id: string, name: string } | null };

export type DashboardAppointmentSettingsFragment = { id: string, holdMinutes: number, minimumNoticeMinutes: number };

export type DashboardAppointmentServicesQueryVariables = Exact<{ [key: string]: never; }>;


export type DashboardAppointmentServicesQuery = { appointmentServices: Array<{ id: string, active: boolean, internalName: string, publicName: string, publicDescription: string | null, durationMinutes: number, followUpMinutes: number, minimumNoticeMinutes: number | null, channel: AppointmentChannel, publicNames: Array<{ lang: string, text: string }>, publicDescriptions: Array<{ lang: string, text: string }>, topic: { id: string, name: string } | null }>, appointmentSettings: { id: string, holdMinutes: number, minimumNoticeMinutes: number } };

export type DashboardCreateAppointmentServiceMutationVariables = Exact<{
  input: CreateAppointmentServiceInput;
}>;


export type DashboardCreateAppointmentServiceMutation = { createAppointmentService: { id: string, active: boolean, internalName: string, publicName: string, publicDescription: string | null, durationMinutes: number, followUpMinutes: number, minimumNoticeMinutes: number | null, channel: AppointmentChannel, publicNames: Array<{ lang: string, text: string }>, publicDescriptions: Array<{ lang: string, text: string }>, topic: { id: string, name: string } | null } };

export type DashboardUpdateAppointmentServiceMutationVariables = Exact<{
  input: UpdateAppointmentServiceInput;
}>;


export type DashboardUpdateAppointmentServiceMutation = { updateAppointmentService: { id: string, active: boolean, internalName: string, publicName: string, publicDescription: string | null, durationMinutes: number, followUpMinutes: number, minimumNoticeMinutes: number | null, channel: AppointmentChannel, publicNames: Array<{ lang: string, text: string }>, publicDescriptions: Array<{ lang: string, text: string }>, topic: { id: string, name: string } | null } };

export type DashboardUpdateAppointmentSettingsMutationVariables = Exact<{
  input: UpdateAppointmentSettingsInput;
}>;


export type DashboardUpdateAppointmentSettingsMutation = { updateAppointmentSettings: { id: string, holdMinutes: number, minimumNoticeMinutes: number } };

export type DashboardWebhookEndpointFragment = { id: string, url: string, description: string | null, events: Array<WebhookEventType>, active: boolean, createdAt: string };

export type DashboardWebhookEndpointsQueryVariables = Exact<{ [key: string]: never; }>;


export type DashboardWebhookEndpointsQuery = { webhookEndpoints: Array<{ id: string, url: string, description: string | null, events: Array<WebhookEventType>, active: boolean, createdAt: string }> };

export type DashboardWebhookAttemptsQueryVariables = Exact<{
  endpointId: string | number;
  page?: PageInput | null | undefined;
}>;


export type DashboardWebhookAttemptsQuery = { webhookAttempts: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, eventId: string, eventType: string, attempt: number, createdAt: string, statusCode: number | null, durationMs: number, error: string | null, responseSnippet: string | null, nextRetryAt: string | null, deliveryStatus: WebhookDeliveryStatus } }> } };

export type DashboardCreateWebhookEndpointMutationVariables = Exact<{
  input: CreateWebhookEndpointInput;
}>;


export type DashboardCreateWebhookEndpointMutation = { createWebhookEndpoint: { secret: string, endpoint: { id: string, url: string, description: string | null, events: Array<WebhookEventType>, active: boolean, createdAt: string } } };

export type DashboardUpdateWebhookEndpointMutationVariables = Exact<{
  input: UpdateWebhookEndpointInput;
}>;


export type DashboardUpdateWebhookEndpointMutation = { updateWebhookEndpoint: { id: string, url: string, description: string | null, events: Array<WebhookEventType>, active: boolean, createdAt: string } };

export type DashboardRotateWebhookSecretMutationVariables = Exact<{
  input: WebhookEndpointIdInput;
}>;


export type DashboardRotateWebhookSecretMutation = { rotateWebhookSecret: { secret: string, endpoint: { id: string, url: string, description: string | null, events: Array<WebhookEventType>, active: boolean, createdAt: string } } };

export type DashboardDeleteWebhookEndpointMutationVariables = Exact<{
  input: WebhookEndpointIdInput;
}>;


export type DashboardDeleteWebhookEndpointMutation = { deleteWebhookEndpoint: boolean };

export type DashboardSendWebhookTestEventMutationVariables = Exact<{
  input: WebhookEndpointIdInput;
}>;


export type DashboardSendWebhookTestEventMutation = { sendWebhookTestEvent: string };

export type DashboardChangePasswordMutationVariables = Exact<{
  input: ChangePasswordInput;
}>;


export type DashboardChangePasswordMutation = { changePassword: { accessToken: string, accessTokenExpiresAt: string, refreshToken: string } };

export type DashboardTwoFactorStatusQueryVariables = Exact<{ [key: string]: never; }>;


export type DashboardTwoFactorStatusQuery = { me: { id: string, twoFactor: { enabled: boolean, enabledAt: string | null, recoveryCodesLeft: number, required: boolean } | null } };

export type DashboardStartTwoFactorSetupMutationVariables = Exact<{
  input: StartTwoFactorSetupInput;
}>;


export type DashboardStartTwoFactorSetupMutation = { startTwoFactorSetup: { secret: string, qrCodeDataUrl: string } };

export type DashboardConfirmTwoFactorSetupMutationVariables = Exact<{
  input: ConfirmTwoFactorSetupInput;
}>;


export type DashboardConfirmTwoFactorSetupMutation = { confirmTwoFactorSetup: { codes: Array<string> } };

export type DashboardRegenerateRecoveryCodesMutationVariables = Exact<{
  input: RegenerateRecoveryCodesInput;
}>;


export type DashboardRegenerateRecoveryCodesMutation = { regenerateRecoveryCodes: { codes: Array<string> } };

export type DashboardDisableTwoFactorMutationVariables = Exact<{
  input: DisableTwoFactorInput;
}>;


export type DashboardDisableTwoFactorMutation = { disableTwoFactor: boolean };

export type DashboardMyProfileQueryVariables = Exact<{ [key: string]: never; }>;


export type DashboardMyProfileQuery = { me: { id: string, counsellor: { id: string, salutation: Salutation, firstName: string, lastName: string, email: string | null, phone: string | null, postcode: string | null, newsletter: boolean, displayName: string, avatarUrl: string | null, languages: Array<string>, mailAvailability: MailAvailability, mailCapacity: number | null, allowVideoInChat: boolean, descriptions: Array<{ lang: string, text: string }> } | null } };

export type DashboardUpdateMyProfileMutationVariables = Exact<{
  input: UpdateMyProfileInput;
}>;


export type DashboardUpdateMyProfileMutation = { updateMyProfile: { id: string } };

export type DashboardDeleteMyAvatarMutationVariables = Exact<{ [key: string]: never; }>;


export type DashboardDeleteMyAvatarMutation = { deleteMyAvatar: { id: string, avatarUrl: string | null } };

export type DashboardProfileMailAvailabilityMutationVariables = Exact<{
  input: SetMailAvailabilityInput;
}>;


export type DashboardProfileMailAvailabilityMutation = { setMailAvailability: { id: string, mailAvailability: MailAvailability, mailCapacity: number | null } };

export type DashboardUpdateChatSettingsMutationVariables = Exact<{
  input: UpdateChatSettingsInput;
}>;


export type DashboardUpdateChatSettingsMutation = { updateChatSettings: { id: string, allowVideoInChat: boolean } };

export type DashboardActiveCounsellorsQueryVariables = Exact<{ [key: string]: never; }>;


export type DashboardActiveCounsellorsQuery = { counsellors: { edges: Array<{ node: { id: string, displayName: string, firstName: string, lastName: string } }> } };

export type DashboardLoginMutationVariables = Exact<{
  input: LoginInput;
}>;


export type DashboardLoginMutation = { login: { accessToken: string | null, accessTokenExpiresAt: string | null, refreshToken: string | null, me: { kind: ViewerKind } | null, secondFactor: { challenge: string } | null } };

export type DashboardCompleteTwoFactorLoginMutationVariables = Exact<{
  input: CompleteTwoFactorLoginInput;
}>;


export type DashboardCompleteTwoFactorLoginMutation = { completeTwoFactorLogin: { accessToken: string, accessTokenExpiresAt: string, refreshToken: string, me: { kind: ViewerKind } } };

export type DashboardMeQueryVariables = Exact<{ [key: string]: never; }>;


export type DashboardMeQuery = { me: { id: string, twoFactorSetupRequired: boolean, counsellor: { id: string, displayName: string, firstName: string, lastName: string, loginName: string, role: StaffRole, dataProtection: boolean, presenceStatus: PresenceStatus, mailAvailability: MailAvailability, mailCapacity: number | null, organisation: { id: string, name: string, publicKey: string, timezone: string, contentLanguages: Array<string>, opennessLevel: OpennessLevel, masterDataFields: Array<{ key: string, label: string }>, topics: Array<{ id: string, name: string }> } } | null } };

export type DashboardLicenceRequestsQueryVariables = Exact<{ [key: string]: never; }>;


export type DashboardLicenceRequestsQuery = { licenceRequests: { edges: Array<{ node: { id: string, createdAt: string, currentVolume: number, requestedVolume: number, contactPerson: string } }> }, organisation: { id: string, contact: { contactPerson: string | null, email: string | null } } };

export type DashboardRequestLicenceIncreaseMutationVariables = Exact<{
  input: RequestLicenceIncreaseInput;
}>;


export type DashboardRequestLicenceIncreaseMutation = { requestLicenceIncrease: { id: string, requestedVolume: number } };

export type DashboardStaffQueryVariables = Exact<{ [key: string]: never; }>;


export type DashboardStaffQuery = { counsellors: { totalCount: number, edges: Array<{ node: { id: string, firstName: string, lastName: string, displayName: string, loginName: string, email: string | null, role: StaffRole, active: boolean, twoFactorEnabled: boolean, dataProtection: boolean } }> }, activeStaff: { totalCount: number }, organisation: { id: string, licenceVolume: number } };

export type DashboardCreateCounsellorMutationVariables = Exact<{
  input: CreateCounsellorInput;
}>;


export type DashboardCreateCounsellorMutation = { createCounsellor: { id: string, firstName: string, lastName: string, email: string | null } };

export type DashboardSendInvitationMutationVariables = Exact<{
  input: SendInvitationInput;
}>;


export type DashboardSendInvitationMutation = { sendInvitation: { expiresAt: string } };

export type DashboardResetTwoFactorMutationVariables = Exact<{
  input: ResetTwoFactorInput;
}>;


export type DashboardResetTwoFactorMutation = { resetTwoFactor: { id: string, twoFactorEnabled: boolean } };

export type DashboardChangeCounsellorRoleMutationVariables = Exact<{
  input: ChangeCounsellorRoleInput;
}>;


export type DashboardChangeCounsellorRoleMutation = { changeCounsellorRole: { id: string, role: StaffRole } };

export type DashboardSetCounsellorActiveMutationVariables = Exact<{
  input: SetCounsellorActiveInput;
}>;


export type DashboardSetCounsellorActiveMutation = { setCounsellorActive: { id: string, active: boolean } };

export type DashboardSetCounsellorDataProtectionMutationVariables = Exact<{
  input: SetCounsellorDataProtectionInput;
}>;


export type DashboardSetCounsellorDataProtectionMutation = { setCounsellorDataProtection: { id: string, dataProtection: boolean } };

export type DashboardDeleteCounsellorMutationVariables = Exact<{
  input: DeleteCounsellorInput;
}>;


export type DashboardDeleteCounsellorMutation = { deleteCounsellor: string };

export type DashboardStatisticsQueryVariables = Exact<{
  period?: StatisticsPeriodInput | null | undefined;
  counsellorId?: string | number | null | undefined;
  language?: string | null | undefined;
}>;


export type DashboardStatisticsQuery = { monitoringStatistics: { counsellorId: string | null, language: string, period: { from: string, to: string }, figures: Array<{ key: StatisticsFigureKey, label: string, value: number | null, unit: StatisticsUnit, definition: string }>, tables: Array<{ grouping: StatisticsGrouping, title: string, definition: string, rows: Array<{ key: string | null, label: string, count: number, minutes: number }> }> } };

export type DashboardTextTemplatesQueryVariables = Exact<{
  scope?: TextTemplateScope | null | undefined;
}>;


export type DashboardTextTemplatesQuery = { textTemplates: Array<{ id: string, scope: TextTemplateScope, title: string, body: string, mayEdit: boolean }> };

export type DashboardCreateTextTemplateMutationVariables = Exact<{
  input: CreateTextTemplateInput;
}>;


export type DashboardCreateTextTemplateMutation = { createTextTemplate: { id: string } };

export type DashboardUpdateTextTemplateMutationVariables = Exact<{
  input: UpdateTextTemplateInput;
}>;


export type DashboardUpdateTextTemplateMutation = { updateTextTemplate: { id: string } };

export type DashboardDeleteTextTemplateMutationVariables = Exact<{
  input: TextTemplateIdInput;
}>;


export type DashboardDeleteTextTemplateMutation = { deleteTextTemplate: boolean };

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
  othersReadSeq
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
export const DashboardMonitoringFragmentDoc = new TypedDocumentString(`
    fragment DashboardMonitoring on Monitoring {
  id
  date
  durationMinutes
  subject
  channel
  notes
  createdAt
  counsellor {
    id
    displayName
  }
  client {
    id
    pseudonym
  }
  topics {
    id
    name
  }
  source {
    kind
    id
  }
  requestData {
    key
    value
  }
}
    `, {"fragmentName":"DashboardMonitoring"}) as unknown as TypedDocumentString<DashboardMonitoringFragment, unknown>;
export const DashboardOrganisationSettingsFragmentDoc = new TypedDocumentString(`
    fragment DashboardOrganisationSettings on Organisation {
  id
  name
  publicKey
  licenceVolume
  contact {
    contactPerson
    email
    phone
    website
    address {
      name
      street
      postcode
      city
      country
    }
  }
  billingAddress {
    name
    street
    postcode
    city
    country
  }
  timezone
  locale
  contentLanguages
  holidayRegion
  closingDays {
    date
    note
  }
  mailOverdueHours
  opennessLevel
  autoPrimaryCounsellor
  fallbackCounsellor {
    id
  }
  retentionDays
  accessLogRetentionDays
  requireTwoFactor
  quickExit {
    enabled
    url
  }
  topics {
    id
    name
    names {
      lang
      text
    }
    category
  }
  masterDataFields {
    key
    label
    labels {
      lang
      text
    }
    type
    options
    optionLabels {
      lang
      texts
    }
    askInMailForm
  }
  video {
    provider
    allowVideoInChat
  }
  allowedOrigins
}
    `, {"fragmentName":"DashboardOrganisationSettings"}) as unknown as TypedDocumentString<DashboardOrganisationSettingsFragment, unknown>;
export const DashboardAppointmentServiceFragmentDoc = new TypedDocumentString(`
    fragment DashboardAppointmentService on AppointmentService {
  id
  active
  internalName
  publicName
  publicNames {
    lang
    text
  }
  publicDescription
  publicDescriptions {
    lang
    text
  }
  durationMinutes
  followUpMinutes
  minimumNoticeMinutes
  channel
  topic {
    id
    name
  }
}
    `, {"fragmentName":"DashboardAppointmentService"}) as unknown as TypedDocumentString<DashboardAppointmentServiceFragment, unknown>;
export const DashboardAppointmentSettingsFragmentDoc = new TypedDocumentString(`
    fragment DashboardAppointmentSettings on AppointmentSettings {
  id
  holdMinutes
  minimumNoticeMinutes
}
    `, {"fragmentName":"DashboardAppointmentSettings"}) as unknown as TypedDocumentString<DashboardAppointmentSettingsFragment, unknown>;
export const DashboardWebhookEndpointFragmentDoc = new TypedDocumentString(`
    fragment DashboardWebhookEndpoint on WebhookEndpoint {
  id
  url
  description
  events
  active
  createdAt
}
    `, {"fragmentName":"DashboardWebhookEndpoint"}) as unknown as TypedDocumentString<DashboardWebhookEndpointFragment, unknown>;
export const DashboardAccessLogDocument = new TypedDocumentString(`
    query DashboardAccessLog($filter: AccessLogFilter, $page: PageInput) {
  accessLog(filter: $filter, page: $page) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        at
        action
        recordKind
        recordId
        clientId
        clientNumber
        clientPseudonym
        staffId
        staffName
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DashboardAccessLogQuery, DashboardAccessLogQueryVariables>;
export const DashboardAccessLogClientsDocument = new TypedDocumentString(`
    query DashboardAccessLogClients($search: String) {
  clients(filter: {search: $search}, page: {first: 20}) {
    edges {
      node {
        id
        pseudonym
        clientNumber
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DashboardAccessLogClientsQuery, DashboardAccessLogClientsQueryVariables>;
export const DashboardAccessLogStaffDocument = new TypedDocumentString(`
    query DashboardAccessLogStaff {
  counsellors(page: {first: 100}) {
    edges {
      node {
        id
        firstName
        lastName
        displayName
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DashboardAccessLogStaffQuery, DashboardAccessLogStaffQueryVariables>;
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
    at
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
export const DashboardNotificationsMissedDocument = new TypedDocumentString(`
    query DashboardNotificationsMissed {
  newest: mailRequests(
    sort: NEWEST
    filter: {status: [NEW, ASSIGNED]}
    page: {first: 50}
  ) {
    edges {
      node {
        id
        subject
        createdAt
        counsellor {
          id
        }
      }
    }
  }
  waiting: mailRequests(
    sort: NEWEST
    filter: {assignedToMe: true, status: [ASSIGNED]}
    page: {first: 100}
  ) {
    edges {
      node {
        id
        subject
        createdAt
        lastMessageAt
        waitingSince
      }
    }
  }
  chatStreams(page: {first: 50}) {
    edges {
      node {
        id
        unreadCount
        lastActivityAt
        lastMessage {
          id
          createdAt
          sender {
            id
            displayName
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DashboardNotificationsMissedQuery, DashboardNotificationsMissedQueryVariables>;
export const DashboardNotificationBookingsDocument = new TypedDocumentString(`
    query DashboardNotificationBookings($from: DateTimeISO!, $to: DateTimeISO!, $since: DateTimeISO!) {
  calendar(scope: OWN, from: $from, to: $to, bookedSince: $since) {
    appointments {
      id
      kind
      bookedAt
    }
  }
}
    `) as unknown as TypedDocumentString<DashboardNotificationBookingsQuery, DashboardNotificationBookingsQueryVariables>;
export const DashboardNotificationAssignmentsDocument = new TypedDocumentString(`
    query DashboardNotificationAssignments($since: DateTimeISO!) {
  mailAssignments(since: $since, page: {first: 50}) {
    edges {
      node {
        id
        kind
        requestId
        counsellorId
        previousCounsellorId
        actorId
        createdAt
        request {
          id
          subject
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DashboardNotificationAssignmentsQuery, DashboardNotificationAssignmentsQueryVariables>;
export const DashboardNotificationSubjectDocument = new TypedDocumentString(`
    query DashboardNotificationSubject($id: ID!) {
  mailRequest(id: $id) {
    id
    subject
    lastMessageAt
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
    ... on GroupFull {
      capacity
      seatsLeft
      seatsRequested
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
export const DashboardChangeAppointmentClientDocument = new TypedDocumentString(`
    mutation DashboardChangeAppointmentClient($input: ChangeAppointmentClientInput!) {
  changeAppointmentClient(input: $input) {
    id
    status
    client {
      id
      pseudonym
      clientNumber
    }
  }
}
    `) as unknown as TypedDocumentString<DashboardChangeAppointmentClientMutation, DashboardChangeAppointmentClientMutationVariables>;
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
      titles {
        lang
        text
      }
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
export const DashboardAddClientGroupsToAppointmentDocument = new TypedDocumentString(`
    mutation DashboardAddClientGroupsToAppointment($input: UpdateGroupAppointmentInput!) {
  updateGroupAppointment(input: $input) {
    __typename
    ... on Appointment {
      id
      participantCount
      participants {
        id
        pseudonym
        clientNumber
      }
    }
    ... on GroupFull {
      capacity
      seatsLeft
      seatsRequested
    }
    ... on SlotTaken {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<DashboardAddClientGroupsToAppointmentMutation, DashboardAddClientGroupsToAppointmentMutationVariables>;
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
      titles {
        lang
        text
      }
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
  othersReadSeq
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
  othersReadSeq
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
export const DashboardChatReadMarkerMovedDocument = new TypedDocumentString(`
    subscription DashboardChatReadMarkerMoved($streamId: ID!) {
  chatReadMarkerMoved(streamId: $streamId) {
    seq
    participant {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<DashboardChatReadMarkerMovedSubscription, DashboardChatReadMarkerMovedSubscriptionVariables>;
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
export const DashboardClientGroupPickerDocument = new TypedDocumentString(`
    query DashboardClientGroupPicker($filter: ClientGroupFilter, $page: PageInput) {
  clientGroups(filter: $filter, page: $page) {
    totalCount
    pageInfo {
      hasNextPage
    }
    edges {
      node {
        id
        name
        memberCount
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DashboardClientGroupPickerQuery, DashboardClientGroupPickerQueryVariables>;
export const DashboardClientGroupsDocument = new TypedDocumentString(`
    query DashboardClientGroups($filter: ClientGroupFilter, $page: PageInput) {
  clientGroups(filter: $filter, page: $page) {
    totalCount
    pageInfo {
      endCursor
      hasNextPage
    }
    edges {
      node {
        id
        name
        description
        memberCount
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DashboardClientGroupsQuery, DashboardClientGroupsQueryVariables>;
export const DashboardClientGroupDocument = new TypedDocumentString(`
    query DashboardClientGroup($id: ID!, $page: PageInput) {
  clientGroup(id: $id) {
    id
    name
    description
    memberCount
    mayDelete
    createdBy {
      id
      firstName
      lastName
      displayName
    }
    members(page: $page) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      edges {
        node {
          id
          pseudonym
          clientNumber
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DashboardClientGroupQuery, DashboardClientGroupQueryVariables>;
export const DashboardClientGroupFindClientsDocument = new TypedDocumentString(`
    query DashboardClientGroupFindClients($filter: ClientFilter, $page: PageInput) {
  clients(filter: $filter, page: $page) {
    edges {
      node {
        id
        pseudonym
        clientNumber
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DashboardClientGroupFindClientsQuery, DashboardClientGroupFindClientsQueryVariables>;
export const DashboardCreateClientGroupDocument = new TypedDocumentString(`
    mutation DashboardCreateClientGroup($input: CreateClientGroupInput!) {
  createClientGroup(input: $input) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<DashboardCreateClientGroupMutation, DashboardCreateClientGroupMutationVariables>;
export const DashboardUpdateClientGroupDocument = new TypedDocumentString(`
    mutation DashboardUpdateClientGroup($input: UpdateClientGroupInput!) {
  updateClientGroup(input: $input) {
    id
    name
    description
  }
}
    `) as unknown as TypedDocumentString<DashboardUpdateClientGroupMutation, DashboardUpdateClientGroupMutationVariables>;
export const DashboardAddClientGroupMembersDocument = new TypedDocumentString(`
    mutation DashboardAddClientGroupMembers($input: ClientGroupMembersInput!) {
  addClientGroupMembers(input: $input) {
    id
    memberCount
  }
}
    `) as unknown as TypedDocumentString<DashboardAddClientGroupMembersMutation, DashboardAddClientGroupMembersMutationVariables>;
export const DashboardRemoveClientGroupMemberDocument = new TypedDocumentString(`
    mutation DashboardRemoveClientGroupMember($input: RemoveClientGroupMemberInput!) {
  removeClientGroupMember(input: $input) {
    id
    memberCount
  }
}
    `) as unknown as TypedDocumentString<DashboardRemoveClientGroupMemberMutation, DashboardRemoveClientGroupMemberMutationVariables>;
export const DashboardDeleteClientGroupDocument = new TypedDocumentString(`
    mutation DashboardDeleteClientGroup($input: ClientGroupIdInput!) {
  deleteClientGroup(input: $input)
}
    `) as unknown as TypedDocumentString<DashboardDeleteClientGroupMutation, DashboardDeleteClientGroupMutationVariables>;
export const DashboardSetClientPasswordDocument = new TypedDocumentString(`
    mutation DashboardSetClientPassword($input: SetClientPasswordInput!) {
  setClientPassword(input: $input)
}
    `) as unknown as TypedDocumentString<DashboardSetClientPasswordMutation, DashboardSetClientPasswordMutationVariables>;
export const DashboardInviteClientDocument = new TypedDocumentString(`
    mutation DashboardInviteClient($input: SendInvitationInput!) {
  sendInvitation(input: $input) {
    expiresAt
  }
}
    `) as unknown as TypedDocumentString<DashboardInviteClientMutation, DashboardInviteClientMutationVariables>;
export const DashboardClientPickerDocument = new TypedDocumentString(`
    query DashboardClientPicker($filter: ClientFilter, $page: PageInput) {
  clients(filter: $filter, page: $page) {
    totalCount
    pageInfo {
      hasNextPage
    }
    edges {
      node {
        id
        pseudonym
        clientNumber
        status
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DashboardClientPickerQuery, DashboardClientPickerQueryVariables>;
export const DashboardClientPickerOneDocument = new TypedDocumentString(`
    query DashboardClientPickerOne($id: ID!) {
  client(id: $id) {
    id
    pseudonym
    clientNumber
    status
  }
}
    `) as unknown as TypedDocumentString<DashboardClientPickerOneQuery, DashboardClientPickerOneQueryVariables>;
export const DashboardClientPurgesDocument = new TypedDocumentString(`
    query DashboardClientPurges($page: PageInput) {
  clientPurges(page: $page) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        clientNumber
        deletionRequestedAt
        purgedAt
        removed {
          kind
          count
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DashboardClientPurgesQuery, DashboardClientPurgesQueryVariables>;
export const DashboardClientsDocument = new TypedDocumentString(`
    query DashboardClients($filter: ClientFilter, $page: PageInput) {
  clients(filter: $filter, page: $page) {
    totalCount
    pageInfo {
      endCursor
      hasNextPage
    }
    edges {
      node {
        id
        pseudonym
        clientNumber
        status
        watched
        primaryCounsellor {
          id
          firstName
          lastName
          displayName
        }
        topics {
          id
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DashboardClientsQuery, DashboardClientsQueryVariables>;
export const DashboardCreateClientDocument = new TypedDocumentString(`
    mutation DashboardCreateClient($input: CreateClientInput!) {
  createClient(input: $input) {
    id
    pseudonym
  }
}
    `) as unknown as TypedDocumentString<DashboardCreateClientMutation, DashboardCreateClientMutationVariables>;
export const DashboardWatchClientDocument = new TypedDocumentString(`
    mutation DashboardWatchClient($input: ClientIdInput!) {
  watchClient(input: $input) {
    id
    watched
  }
}
    `) as unknown as TypedDocumentString<DashboardWatchClientMutation, DashboardWatchClientMutationVariables>;
export const DashboardUnwatchClientDocument = new TypedDocumentString(`
    mutation DashboardUnwatchClient($input: ClientIdInput!) {
  unwatchClient(input: $input) {
    id
    watched
  }
}
    `) as unknown as TypedDocumentString<DashboardUnwatchClientMutation, DashboardUnwatchClientMutationVariables>;
export const DashboardClientDocument = new TypedDocumentString(`
    query DashboardClient($id: ID!) {
  client(id: $id) {
    id
    pseudonym
    clientNumber
    status
    createdAt
    watched
    email
    phone
    contactHidden
    invitationAvailability
    deletionRequestedAt
    purgeDueAt
    primaryCounsellor {
      id
    }
    topics {
      id
    }
    groups {
      id
      name
    }
    masterData {
      key
      value
    }
  }
  organisation {
    id
    masterDataFields {
      key
      label
      type
      options
    }
  }
}
    `) as unknown as TypedDocumentString<DashboardClientQuery, DashboardClientQueryVariables>;
export const DashboardUpdateClientDocument = new TypedDocumentString(`
    mutation DashboardUpdateClient($input: UpdateClientInput!) {
  updateClient(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<DashboardUpdateClientMutation, DashboardUpdateClientMutationVariables>;
export const DashboardAssignPrimaryCounsellorDocument = new TypedDocumentString(`
    mutation DashboardAssignPrimaryCounsellor($input: AssignPrimaryCounsellorInput!) {
  assignPrimaryCounsellor(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<DashboardAssignPrimaryCounsellorMutation, DashboardAssignPrimaryCounsellorMutationVariables>;
export const DashboardBlockClientDocument = new TypedDocumentString(`
    mutation DashboardBlockClient($input: ClientIdInput!) {
  blockClient(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<DashboardBlockClientMutation, DashboardBlockClientMutationVariables>;
export const DashboardUnblockClientDocument = new TypedDocumentString(`
    mutation DashboardUnblockClient($input: ClientIdInput!) {
  unblockClient(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<DashboardUnblockClientMutation, DashboardUnblockClientMutationVariables>;
export const DashboardDeleteClientDocument = new TypedDocumentString(`
    mutation DashboardDeleteClient($input: ClientIdInput!) {
  deleteClient(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<DashboardDeleteClientMutation, DashboardDeleteClientMutationVariables>;
export const DashboardRestoreClientDocument = new TypedDocumentString(`
    mutation DashboardRestoreClient($input: ClientIdInput!) {
  restoreClient(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<DashboardRestoreClientMutation, DashboardRestoreClientMutationVariables>;
export const DashboardClientNotesDocument = new TypedDocumentString(`
    query DashboardClientNotes($clientId: ID!, $page: PageInput) {
  clientNotes(clientId: $clientId, page: $page) {
    totalCount
    pageInfo {
      endCursor
      hasNextPage
    }
    edges {
      node {
        id
        body
        createdAt
        editedAt
        mayEdit
        mayDelete
        author {
          id
          displayName
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DashboardClientNotesQuery, DashboardClientNotesQueryVariables>;
export const DashboardAddClientNoteDocument = new TypedDocumentString(`
    mutation DashboardAddClientNote($input: AddClientNoteInput!) {
  addClientNote(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<DashboardAddClientNoteMutation, DashboardAddClientNoteMutationVariables>;
export const DashboardUpdateClientNoteDocument = new TypedDocumentString(`
    mutation DashboardUpdateClientNote($input: UpdateClientNoteInput!) {
  updateClientNote(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<DashboardUpdateClientNoteMutation, DashboardUpdateClientNoteMutationVariables>;
export const DashboardDeleteClientNoteDocument = new TypedDocumentString(`
    mutation DashboardDeleteClientNote($input: ClientRecordIdInput!) {
  deleteClientNote(input: $input)
}
    `) as unknown as TypedDocumentString<DashboardDeleteClientNoteMutation, DashboardDeleteClientNoteMutationVariables>;
export const DashboardClientDocumentsDocument = new TypedDocumentString(`
    query DashboardClientDocuments($clientId: ID!, $page: PageInput) {
  clientDocuments(clientId: $clientId, page: $page) {
    totalCount
    edges {
      node {
        id
        filename
        contentType
        size
        createdAt
        mayDelete
        uploadedBy {
          id
          displayName
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DashboardClientDocumentsQuery, DashboardClientDocumentsQueryVariables>;
export const DashboardClientDocumentLinkDocument = new TypedDocumentString(`
    query DashboardClientDocumentLink($documentId: ID!) {
  clientDocumentLink(documentId: $documentId) {
    url
  }
}
    `) as unknown as TypedDocumentString<DashboardClientDocumentLinkQuery, DashboardClientDocumentLinkQueryVariables>;
export const DashboardClientDataExportLinkDocument = new TypedDocumentString(`
    query DashboardClientDataExportLink($clientId: ID!, $includeStaffRecords: Boolean) {
  clientDataExportLink(
    clientId: $clientId
    includeStaffRecords: $includeStaffRecords
  ) {
    url
  }
}
    `) as unknown as TypedDocumentString<DashboardClientDataExportLinkQuery, DashboardClientDataExportLinkQueryVariables>;
export const DashboardDeleteClientDocumentDocument = new TypedDocumentString(`
    mutation DashboardDeleteClientDocument($input: ClientRecordIdInput!) {
  deleteClientDocument(input: $input)
}
    `) as unknown as TypedDocumentString<DashboardDeleteClientDocumentMutation, DashboardDeleteClientDocumentMutationVariables>;
export const DashboardDirectMessagesDocument = new TypedDocumentString(`
    query DashboardDirectMessages($clientId: ID!) {
  directMessageDelivery(clientId: $clientId)
  directMessages(filter: {clientId: $clientId}, page: {first: 50}) {
    totalCount
    edges {
      node {
        id
        subject
        body
        delivery
        createdAt
        readAt
        mailStatus
        sender {
          id
          displayName
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DashboardDirectMessagesQuery, DashboardDirectMessagesQueryVariables>;
export const DashboardSendDirectMessageDocument = new TypedDocumentString(`
    mutation DashboardSendDirectMessage($input: SendDirectMessageInput!) {
  sendDirectMessage(input: $input) {
    id
    delivery
  }
}
    `) as unknown as TypedDocumentString<DashboardSendDirectMessageMutation, DashboardSendDirectMessageMutationVariables>;
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
    query DashboardMailRequests($filter: MailRequestFilter, $page: PageInput, $sort: MailRequestSort) {
  mailRequests(filter: $filter, page: $page, sort: $sort) {
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
export const DashboardMonitoringsDocument = new TypedDocumentString(`
    query DashboardMonitorings($filter: MonitoringFilter, $first: Int, $after: String) {
  monitorings(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo {
      endCursor
      hasNextPage
    }
    edges {
      node {
        ...DashboardMonitoring
      }
    }
  }
}
    fragment DashboardMonitoring on Monitoring {
  id
  date
  durationMinutes
  subject
  channel
  notes
  createdAt
  counsellor {
    id
    displayName
  }
  client {
    id
    pseudonym
  }
  topics {
    id
    name
  }
  source {
    kind
    id
  }
  requestData {
    key
    value
  }
}`) as unknown as TypedDocumentString<DashboardMonitoringsQuery, DashboardMonitoringsQueryVariables>;
export const DashboardMonitoringPrefillDocument = new TypedDocumentString(`
    query DashboardMonitoringPrefill($source: MonitoringSourceInput!) {
  monitoringPrefill(source: $source) {
    source {
      kind
      id
    }
    client {
      id
      pseudonym
    }
    date
    durationMinutes
    subject
    channel
    topics {
      id
      name
    }
    requestData {
      key
      value
    }
  }
}
    `) as unknown as TypedDocumentString<DashboardMonitoringPrefillQuery, DashboardMonitoringPrefillQueryVariables>;
export const DashboardCreateMonitoringDocument = new TypedDocumentString(`
    mutation DashboardCreateMonitoring($input: CreateMonitoringInput!) {
  createMonitoring(input: $input) {
    ...DashboardMonitoring
  }
}
    fragment DashboardMonitoring on Monitoring {
  id
  date
  durationMinutes
  subject
  channel
  notes
  createdAt
  counsellor {
    id
    displayName
  }
  client {
    id
    pseudonym
  }
  topics {
    id
    name
  }
  source {
    kind
    id
  }
  requestData {
    key
    value
  }
}`) as unknown as TypedDocumentString<DashboardCreateMonitoringMutation, DashboardCreateMonitoringMutationVariables>;
export const DashboardCreateMonitoringFromSourceDocument = new TypedDocumentString(`
    mutation DashboardCreateMonitoringFromSource($input: CreateMonitoringFromSourceInput!) {
  createMonitoringFromSource(input: $input) {
    ...DashboardMonitoring
  }
}
    fragment DashboardMonitoring on Monitoring {
  id
  date
  durationMinutes
  subject
  channel
  notes
  createdAt
  counsellor {
    id
    displayName
  }
  client {
    id
    pseudonym
  }
  topics {
    id
    name
  }
  source {
    kind
    id
  }
  requestData {
    key
    value
  }
}`) as unknown as TypedDocumentString<DashboardCreateMonitoringFromSourceMutation, DashboardCreateMonitoringFromSourceMutationVariables>;
export const DashboardUpdateMonitoringDocument = new TypedDocumentString(`
    mutation DashboardUpdateMonitoring($input: UpdateMonitoringInput!) {
  updateMonitoring(input: $input) {
    ...DashboardMonitoring
  }
}
    fragment DashboardMonitoring on Monitoring {
  id
  date
  durationMinutes
  subject
  channel
  notes
  createdAt
  counsellor {
    id
    displayName
  }
  client {
    id
    pseudonym
  }
  topics {
    id
    name
  }
  source {
    kind
    id
  }
  requestData {
    key
    value
  }
}`) as unknown as TypedDocumentString<DashboardUpdateMonitoringMutation, DashboardUpdateMonitoringMutationVariables>;
export const DashboardDeleteMonitoringDocument = new TypedDocumentString(`
    mutation DashboardDeleteMonitoring($input: DeleteMonitoringInput!) {
  deleteMonitoring(input: $input)
}
    `) as unknown as TypedDocumentString<DashboardDeleteMonitoringMutation, DashboardDeleteMonitoringMutationVariables>;
export const DashboardOrganisationDocument = new TypedDocumentString(`
    query DashboardOrganisation {
  organisation {
    ...DashboardOrganisationSettings
  }
  counsellors(filter: {active: true}, page: {first: 100}) {
    edges {
      node {
        id
        firstName
        lastName
      }
    }
  }
}
    fragment DashboardOrganisationSettings on Organisation {
  id
  name
  publicKey
  licenceVolume
  contact {
    contactPerson
    email
    phone
    website
    address {
      name
      street
      postcode
      city
      country
    }
  }
  billingAddress {
    name
    street
    postcode
    city
    country
  }
  timezone
  locale
  contentLanguages
  holidayRegion
  closingDays {
    date
    note
  }
  mailOverdueHours
  opennessLevel
  autoPrimaryCounsellor
  fallbackCounsellor {
    id
  }
  retentionDays
  accessLogRetentionDays
  requireTwoFactor
  quickExit {
    enabled
    url
  }
  topics {
    id
    name
    names {
      lang
      text
    }
    category
  }
  masterDataFields {
    key
    label
    labels {
      lang
      text
    }
    type
    options
    optionLabels {
      lang
      texts
    }
    askInMailForm
  }
  video {
    provider
    allowVideoInChat
  }
  allowedOrigins
}`) as unknown as TypedDocumentString<DashboardOrganisationQuery, DashboardOrganisationQueryVariables>;
export const DashboardUpdateOrganisationDocument = new TypedDocumentString(`
    mutation DashboardUpdateOrganisation($input: UpdateOrganisationInput!) {
  updateOrganisation(input: $input) {
    ...DashboardOrganisationSettings
  }
}
    fragment DashboardOrganisationSettings on Organisation {
  id
  name
  publicKey
  licenceVolume
  contact {
    contactPerson
    email
    phone
    website
    address {
      name
      street
      postcode
      city
      country
    }
  }
  billingAddress {
    name
    street
    postcode
    city
    country
  }
  timezone
  locale
  contentLanguages
  holidayRegion
  closingDays {
    date
    note
  }
  mailOverdueHours
  opennessLevel
  autoPrimaryCounsellor
  fallbackCounsellor {
    id
  }
  retentionDays
  accessLogRetentionDays
  requireTwoFactor
  quickExit {
    enabled
    url
  }
  topics {
    id
    name
    names {
      lang
      text
    }
    category
  }
  masterDataFields {
    key
    label
    labels {
      lang
      text
    }
    type
    options
    optionLabels {
      lang
      texts
    }
    askInMailForm
  }
  video {
    provider
    allowVideoInChat
  }
  allowedOrigins
}`) as unknown as TypedDocumentString<DashboardUpdateOrganisationMutation, DashboardUpdateOrganisationMutationVariables>;
export const DashboardCreateTopicDocument = new TypedDocumentString(`
    mutation DashboardCreateTopic($input: CreateTopicInput!) {
  createTopic(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<DashboardCreateTopicMutation, DashboardCreateTopicMutationVariables>;
export const DashboardUpdateTopicDocument = new TypedDocumentString(`
    mutation DashboardUpdateTopic($input: UpdateTopicInput!) {
  updateTopic(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<DashboardUpdateTopicMutation, DashboardUpdateTopicMutationVariables>;
export const DashboardDeleteTopicDocument = new TypedDocumentString(`
    mutation DashboardDeleteTopic($input: DeleteTopicInput!) {
  deleteTopic(input: $input)
}
    `) as unknown as TypedDocumentString<DashboardDeleteTopicMutation, DashboardDeleteTopicMutationVariables>;
export const DashboardAppointmentServicesDocument = new TypedDocumentString(`
    query DashboardAppointmentServices {
  appointmentServices(includeArchived: true) {
    ...DashboardAppointmentService
  }
  appointmentSettings {
    ...DashboardAppointmentSettings
  }
}
    fragment DashboardAppointmentService on AppointmentService {
  id
  active
  internalName
  publicName
  publicNames {
    lang
    text
  }
  publicDescription
  publicDescriptions {
    lang
    text
  }
  durationMinutes
  followUpMinutes
  minimumNoticeMinutes
  channel
  topic {
    id
    name
  }
}
fragment DashboardAppointmentSettings on AppointmentSettings {
  id
  holdMinutes
  minimumNoticeMinutes
}`) as unknown as TypedDocumentString<DashboardAppointmentServicesQuery, DashboardAppointmentServicesQueryVariables>;
export const DashboardCreateAppointmentServiceDocument = new TypedDocumentString(`
    mutation DashboardCreateAppointmentService($input: CreateAppointmentServiceInput!) {
  createAppointmentService(input: $input) {
    ...DashboardAppointmentService
  }
}
    fragment DashboardAppointmentService on AppointmentService {
  id
  active
  internalName
  publicName
  publicNames {
    lang
    text
  }
  publicDescription
  publicDescriptions {
    lang
    text
  }
  durationMinutes
  followUpMinutes
  minimumNoticeMinutes
  channel
  topic {
    id
    name
  }
}`) as unknown as TypedDocumentString<DashboardCreateAppointmentServiceMutation, DashboardCreateAppointmentServiceMutationVariables>;
export const DashboardUpdateAppointmentServiceDocument = new TypedDocumentString(`
    mutation DashboardUpdateAppointmentService($input: UpdateAppointmentServiceInput!) {
  updateAppointmentService(input: $input) {
    ...DashboardAppointmentService
  }
}
    fragment DashboardAppointmentService on AppointmentService {
  id
  active
  internalName
  publicName
  publicNames {
    lang
    text
  }
  publicDescription
  publicDescriptions {
    lang
    text
  }
  durationMinutes
  followUpMinutes
  minimumNoticeMinutes
  channel
  topic {
    id
    name
  }
}`) as unknown as TypedDocumentString<DashboardUpdateAppointmentServiceMutation, DashboardUpdateAppointmentServiceMutationVariables>;
export const DashboardUpdateAppointmentSettingsDocument = new TypedDocumentString(`
    mutation DashboardUpdateAppointmentSettings($input: UpdateAppointmentSettingsInput!) {
  updateAppointmentSettings(input: $input) {
    ...DashboardAppointmentSettings
  }
}
    fragment DashboardAppointmentSettings on AppointmentSettings {
  id
  holdMinutes
  minimumNoticeMinutes
}`) as unknown as TypedDocumentString<DashboardUpdateAppointmentSettingsMutation, DashboardUpdateAppointmentSettingsMutationVariables>;
export const DashboardWebhookEndpointsDocument = new TypedDocumentString(`
    query DashboardWebhookEndpoints {
  webhookEndpoints {
    ...DashboardWebhookEndpoint
  }
}
    fragment DashboardWebhookEndpoint on WebhookEndpoint {
  id
  url
  description
  events
  active
  createdAt
}`) as unknown as TypedDocumentString<DashboardWebhookEndpointsQuery, DashboardWebhookEndpointsQueryVariables>;
export const DashboardWebhookAttemptsDocument = new TypedDocumentString(`
    query DashboardWebhookAttempts($endpointId: ID!, $page: PageInput) {
  webhookAttempts(endpointId: $endpointId, page: $page) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        eventId
        eventType
        attempt
        createdAt
        statusCode
        durationMs
        error
        responseSnippet
        nextRetryAt
        deliveryStatus
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DashboardWebhookAttemptsQuery, DashboardWebhookAttemptsQueryVariables>;
export const DashboardCreateWebhookEndpointDocument = new TypedDocumentString(`
    mutation DashboardCreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {
  createWebhookEndpoint(input: $input) {
    secret
    endpoint {
      ...DashboardWebhookEndpoint
    }
  }
}
    fragment DashboardWebhookEndpoint on WebhookEndpoint {
  id
  url
  description
  events
  active
  createdAt
}`) as unknown as TypedDocumentString<DashboardCreateWebhookEndpointMutation, DashboardCreateWebhookEndpointMutationVariables>;
export const DashboardUpdateWebhookEndpointDocument = new TypedDocumentString(`
    mutation DashboardUpdateWebhookEndpoint($input: UpdateWebhookEndpointInput!) {
  updateWebhookEndpoint(input: $input) {
    ...DashboardWebhookEndpoint
  }
}
    fragment DashboardWebhookEndpoint on WebhookEndpoint {
  id
  url
  description
  events
  active
  createdAt
}`) as unknown as TypedDocumentString<DashboardUpdateWebhookEndpointMutation, DashboardUpdateWebhookEndpointMutationVariables>;
export const DashboardRotateWebhookSecretDocument = new TypedDocumentString(`
    mutation DashboardRotateWebhookSecret($input: WebhookEndpointIdInput!) {
  rotateWebhookSecret(input: $input) {
    secret
    endpoint {
      ...DashboardWebhookEndpoint
    }
  }
}
    fragment DashboardWebhookEndpoint on WebhookEndpoint {
  id
  url
  description
  events
  active
  createdAt
}`) as unknown as TypedDocumentString<DashboardRotateWebhookSecretMutation, DashboardRotateWebhookSecretMutationVariables>;
export const DashboardDeleteWebhookEndpointDocument = new TypedDocumentString(`
    mutation DashboardDeleteWebhookEndpoint($input: WebhookEndpointIdInput!) {
  deleteWebhookEndpoint(input: $input)
}
    `) as unknown as TypedDocumentString<DashboardDeleteWebhookEndpointMutation, DashboardDeleteWebhookEndpointMutationVariables>;
export const DashboardSendWebhookTestEventDocument = new TypedDocumentString(`
    mutation DashboardSendWebhookTestEvent($input: WebhookEndpointIdInput!) {
  sendWebhookTestEvent(input: $input)
}
    `) as unknown as TypedDocumentString<DashboardSendWebhookTestEventMutation, DashboardSendWebhookTestEventMutationVariables>;
export const DashboardChangePasswordDocument = new TypedDocumentString(`
    mutation DashboardChangePassword($input: ChangePasswordInput!) {
  changePassword(input: $input) {
    accessToken
    accessTokenExpiresAt
    refreshToken
  }
}
    `) as unknown as TypedDocumentString<DashboardChangePasswordMutation, DashboardChangePasswordMutationVariables>;
export const DashboardTwoFactorStatusDocument = new TypedDocumentString(`
    query DashboardTwoFactorStatus {
  me {
    id
    twoFactor {
      enabled
      enabledAt
      recoveryCodesLeft
      required
    }
  }
}
    `) as unknown as TypedDocumentString<DashboardTwoFactorStatusQuery, DashboardTwoFactorStatusQueryVariables>;
export const DashboardStartTwoFactorSetupDocument = new TypedDocumentString(`
    mutation DashboardStartTwoFactorSetup($input: StartTwoFactorSetupInput!) {
  startTwoFactorSetup(input: $input) {
    secret
    qrCodeDataUrl
  }
}
    `) as unknown as TypedDocumentString<DashboardStartTwoFactorSetupMutation, DashboardStartTwoFactorSetupMutationVariables>;
export const DashboardConfirmTwoFactorSetupDocument = new TypedDocumentString(`
    mutation DashboardConfirmTwoFactorSetup($input: ConfirmTwoFactorSetupInput!) {
  confirmTwoFactorSetup(input: $input) {
    codes
  }
}
    `) as unknown as TypedDocumentString<DashboardConfirmTwoFactorSetupMutation, DashboardConfirmTwoFactorSetupMutationVariables>;
export const DashboardRegenerateRecoveryCodesDocument = new TypedDocumentString(`
    mutation DashboardRegenerateRecoveryCodes($input: RegenerateRecoveryCodesInput!) {
  regenerateRecoveryCodes(input: $input) {
    codes
  }
}
    `) as unknown as TypedDocumentString<DashboardRegenerateRecoveryCodesMutation, DashboardRegenerateRecoveryCodesMutationVariables>;
export const DashboardDisableTwoFactorDocument = new TypedDocumentString(`
    mutation DashboardDisableTwoFactor($input: DisableTwoFactorInput!) {
  disableTwoFactor(input: $input)
}
    `) as unknown as TypedDocumentString<DashboardDisableTwoFactorMutation, DashboardDisableTwoFactorMutationVariables>;
export const DashboardMyProfileDocument = new TypedDocumentString(`
    query DashboardMyProfile {
  me {
    id
    counsellor {
      id
      salutation
      firstName
      lastName
      email
      phone
      postcode
      newsletter
      displayName
      avatarUrl
      languages
      descriptions {
        lang
        text
      }
      mailAvailability
      mailCapacity
      allowVideoInChat
    }
  }
}
    `) as unknown as TypedDocumentString<DashboardMyProfileQuery, DashboardMyProfileQueryVariables>;
export const DashboardUpdateMyProfileDocument = new TypedDocumentString(`
    mutation DashboardUpdateMyProfile($input: UpdateMyProfileInput!) {
  updateMyProfile(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<DashboardUpdateMyProfileMutation, DashboardUpdateMyProfileMutationVariables>;
export const DashboardDeleteMyAvatarDocument = new TypedDocumentString(`
    mutation DashboardDeleteMyAvatar {
  deleteMyAvatar {
    id
    avatarUrl
  }
}
    `) as unknown as TypedDocumentString<DashboardDeleteMyAvatarMutation, DashboardDeleteMyAvatarMutationVariables>;
export const DashboardProfileMailAvailabilityDocument = new TypedDocumentString(`
    mutation DashboardProfileMailAvailability($input: SetMailAvailabilityInput!) {
  setMailAvailability(input: $input) {
    id
    mailAvailability
    mailCapacity
  }
}
    `) as unknown as TypedDocumentString<DashboardProfileMailAvailabilityMutation, DashboardProfileMailAvailabilityMutationVariables>;
export const DashboardUpdateChatSettingsDocument = new TypedDocumentString(`
    mutation DashboardUpdateChatSettings($input: UpdateChatSettingsInput!) {
  updateChatSettings(input: $input) {
    id
    allowVideoInChat
  }
}
    `) as unknown as TypedDocumentString<DashboardUpdateChatSettingsMutation, DashboardUpdateChatSettingsMutationVariables>;
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
export const DashboardLoginDocument = new TypedDocumentString(`
    mutation DashboardLogin($input: LoginInput!) {
  login(input: $input) {
    accessToken
    accessTokenExpiresAt
    refreshToken
    me {
      kind
    }
    secondFactor {
      challenge
    }
  }
}
    `) as unknown as TypedDocumentString<DashboardLoginMutation, DashboardLoginMutationVariables>;
export const DashboardCompleteTwoFactorLoginDocument = new TypedDocumentString(`
    mutation DashboardCompleteTwoFactorLogin($input: CompleteTwoFactorLoginInput!) {
  completeTwoFactorLogin(input: $input) {
    accessToken
    accessTokenExpiresAt
    refreshToken
    me {
      kind
    }
  }
}
    `) as unknown as TypedDocumentString<DashboardCompleteTwoFactorLoginMutation, DashboardCompleteTwoFactorLoginMutationVariables>;
export const DashboardMeDocument = new TypedDocumentString(`
    query DashboardMe {
  me {
    id
    twoFactorSetupRequired
    counsellor {
      id
      displayName
      firstName
      lastName
      loginName
      role
      dataProtection
      presenceStatus
      mailAvailability
      mailCapacity
      organisation {
        id
        name
        publicKey
        timezone
        contentLanguages
        opennessLevel
        masterDataFields {
          key
          label
        }
        topics {
          id
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DashboardMeQuery, DashboardMeQueryVariables>;
export const DashboardLicenceRequestsDocument = new TypedDocumentString(`
    query DashboardLicenceRequests {
  licenceRequests(page: {first: 10}) {
    edges {
      node {
        id
        createdAt
        currentVolume
        requestedVolume
        contactPerson
      }
    }
  }
  organisation {
    id
    contact {
      contactPerson
      email
    }
  }
}
    `) as unknown as TypedDocumentString<DashboardLicenceRequestsQuery, DashboardLicenceRequestsQueryVariables>;
export const DashboardRequestLicenceIncreaseDocument = new TypedDocumentString(`
    mutation DashboardRequestLicenceIncrease($input: RequestLicenceIncreaseInput!) {
  requestLicenceIncrease(input: $input) {
    id
    requestedVolume
  }
}
    `) as unknown as TypedDocumentString<DashboardRequestLicenceIncreaseMutation, DashboardRequestLicenceIncreaseMutationVariables>;
export const DashboardStaffDocument = new TypedDocumentString(`
    query DashboardStaff {
  counsellors(page: {first: 100}) {
    totalCount
    edges {
      node {
        id
        firstName
        lastName
        displayName
        loginName
        email
        role
        active
        twoFactorEnabled
        dataProtection
      }
    }
  }
  activeStaff: counsellors(filter: {active: true}, page: {first: 1}) {
    totalCount
  }
  organisation {
    id
    licenceVolume
  }
}
    `) as unknown as TypedDocumentString<DashboardStaffQuery, DashboardStaffQueryVariables>;
export const DashboardCreateCounsellorDocument = new TypedDocumentString(`
    mutation DashboardCreateCounsellor($input: CreateCounsellorInput!) {
  createCounsellor(input: $input) {
    id
    firstName
    lastName
    email
  }
}
    `) as unknown as TypedDocumentString<DashboardCreateCounsellorMutation, DashboardCreateCounsellorMutationVariables>;
export const DashboardSendInvitationDocument = new TypedDocumentString(`
    mutation DashboardSendInvitation($input: SendInvitationInput!) {
  sendInvitation(input: $input) {
    expiresAt
  }
}
    `) as unknown as TypedDocumentString<DashboardSendInvitationMutation, DashboardSendInvitationMutationVariables>;
export const DashboardResetTwoFactorDocument = new TypedDocumentString(`
    mutation DashboardResetTwoFactor($input: ResetTwoFactorInput!) {
  resetTwoFactor(input: $input) {
    id
    twoFactorEnabled
  }
}
    `) as unknown as TypedDocumentString<DashboardResetTwoFactorMutation, DashboardResetTwoFactorMutationVariables>;
export const DashboardChangeCounsellorRoleDocument = new TypedDocumentString(`
    mutation DashboardChangeCounsellorRole($input: ChangeCounsellorRoleInput!) {
  changeCounsellorRole(input: $input) {
    id
    role
  }
}
    `) as unknown as TypedDocumentString<DashboardChangeCounsellorRoleMutation, DashboardChangeCounsellorRoleMutationVariables>;
export const DashboardSetCounsellorActiveDocument = new TypedDocumentString(`
    mutation DashboardSetCounsellorActive($input: SetCounsellorActiveInput!) {
  setCounsellorActive(input: $input) {
    id
    active
  }
}
    `) as unknown as TypedDocumentString<DashboardSetCounsellorActiveMutation, DashboardSetCounsellorActiveMutationVariables>;
export const DashboardSetCounsellorDataProtectionDocument = new TypedDocumentString(`
    mutation DashboardSetCounsellorDataProtection($input: SetCounsellorDataProtectionInput!) {
  setCounsellorDataProtection(input: $input) {
    id
    dataProtection
  }
}
    `) as unknown as TypedDocumentString<DashboardSetCounsellorDataProtectionMutation, DashboardSetCounsellorDataProtectionMutationVariables>;
export const DashboardDeleteCounsellorDocument = new TypedDocumentString(`
    mutation DashboardDeleteCounsellor($input: DeleteCounsellorInput!) {
  deleteCounsellor(input: $input)
}
    `) as unknown as TypedDocumentString<DashboardDeleteCounsellorMutation, DashboardDeleteCounsellorMutationVariables>;
export const DashboardStatisticsDocument = new TypedDocumentString(`
    query DashboardStatistics($period: StatisticsPeriodInput, $counsellorId: ID, $language: String) {
  monitoringStatistics(
    period: $period
    counsellorId: $counsellorId
    language: $language
  ) {
    period {
      from
      to
    }
    counsellorId
    language
    figures {
      key
      label
      value
      unit
      definition
    }
    tables {
      grouping
      title
      definition
      rows {
        key
        label
        count
        minutes
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DashboardStatisticsQuery, DashboardStatisticsQueryVariables>;
export const DashboardTextTemplatesDocument = new TypedDocumentString(`
    query DashboardTextTemplates($scope: TextTemplateScope) {
  textTemplates(scope: $scope) {
    id
    scope
    title
    body
    mayEdit
  }
}
    `) as unknown as TypedDocumentString<DashboardTextTemplatesQuery, DashboardTextTemplatesQueryVariables>;
export const DashboardCreateTextTemplateDocument = new TypedDocumentString(`
    mutation DashboardCreateTextTemplate($input: CreateTextTemplateInput!) {
  createTextTemplate(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<DashboardCreateTextTemplateMutation, DashboardCreateTextTemplateMutationVariables>;
export const DashboardUpdateTextTemplateDocument = new TypedDocumentString(`
    mutation DashboardUpdateTextTemplate($input: UpdateTextTemplateInput!) {
  updateTextTemplate(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<DashboardUpdateTextTemplateMutation, DashboardUpdateTextTemplateMutationVariables>;
export const DashboardDeleteTextTemplateDocument = new TypedDocumentString(`
    mutation DashboardDeleteTextTemplate($input: TextTemplateIdInput!) {
  deleteTextTemplate(input: $input)
}
    `) as unknown as TypedDocumentString<DashboardDeleteTextTemplateMutation, DashboardDeleteTextTemplateMutationVariables>;