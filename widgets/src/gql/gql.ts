/* eslint-disable */
import * as types from './graphql.js';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query WidgetNotificationEmail {\n    myNotificationEmail {\n      email\n      pendingEmail\n    }\n  }\n": typeof types.WidgetNotificationEmailDocument,
    "\n  mutation WidgetUpdateNotificationEmail($input: UpdateMyNotificationEmailInput!) {\n    updateMyNotificationEmail(input: $input) {\n      email\n      pendingEmail\n    }\n  }\n": typeof types.WidgetUpdateNotificationEmailDocument,
    "\n  query WidgetDataExportLink($language: String) {\n    myDataExportLink(language: $language) {\n      url\n    }\n  }\n": typeof types.WidgetDataExportLinkDocument,
    "\n  mutation WidgetConfirmNotificationEmail($input: ConfirmNotificationEmailInput!) {\n    confirmNotificationEmail(input: $input)\n  }\n": typeof types.WidgetConfirmNotificationEmailDocument,
    "\n  query WidgetInbox($page: PageInput) {\n    myInbox(page: $page) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          from\n          subject\n          body\n          createdAt\n          readAt\n        }\n      }\n    }\n  }\n": typeof types.WidgetInboxDocument,
    "\n  mutation WidgetMarkInboxMessageRead($input: ClientRecordIdInput!) {\n    markInboxMessageRead(input: $input) {\n      id\n      readAt\n    }\n  }\n": typeof types.WidgetMarkInboxMessageReadDocument,
    "\n  mutation WidgetRequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n": typeof types.WidgetRequestPasswordResetDocument,
    "\n  mutation WidgetSetPasswordWithToken($input: SetPasswordWithTokenInput!) {\n    setPasswordWithToken(input: $input) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n    }\n  }\n": typeof types.WidgetSetPasswordWithTokenDocument,
    "\n  mutation WidgetChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n    }\n  }\n": typeof types.WidgetChangePasswordDocument,
    "\n  query BookingGroupOffers($key: String!, $lang: String, $from: DateTimeISO!, $to: DateTimeISO!) {\n    groupOffers(organisationKey: $key, lang: $lang, from: $from, to: $to) {\n      id\n      title\n      remarks\n      start\n      end\n      channel\n      seatsLeft\n      counsellor {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.BookingGroupOffersDocument,
    "\n  mutation BookingGroupSeat($input: BookGroupSeatInput!) {\n    bookGroupSeat(input: $input) {\n      __typename\n      ... on Booking {\n        id\n        start\n        end\n        channel\n        title\n        pseudonym\n        cancelToken\n        cancelUrl\n        calendarFile\n        service {\n          id\n          name\n        }\n        counsellor {\n          id\n          displayName\n        }\n        address {\n          name\n          street\n          postcode\n          city\n        }\n      }\n      ... on GroupFull {\n        message\n        capacity\n      }\n    }\n  }\n": typeof types.BookingGroupSeatDocument,
    "\n  query BookingCatalog($key: String!, $lang: String, $from: DateTimeISO!, $to: DateTimeISO!) {\n    bookableServices(organisationKey: $key, lang: $lang) {\n      id\n      name\n      description\n      durationMinutes\n      channel\n      topic\n    }\n    bookableCounsellors(organisationKey: $key) {\n      id\n      displayName\n      avatarUrl\n      languages\n      descriptions {\n        lang\n        text\n      }\n      onlyRegularClients\n      serviceIds\n      channels\n    }\n    groupOffers(organisationKey: $key, from: $from, to: $to) {\n      id\n    }\n  }\n": typeof types.BookingCatalogDocument,
    "\n  query BookingFreeSlots($key: String!, $from: DateTimeISO!, $to: DateTimeISO!, $serviceId: ID, $counsellorId: ID) {\n    freeSlots(organisationKey: $key, from: $from, to: $to, serviceId: $serviceId, counsellorId: $counsellorId) {\n      counsellorId\n      serviceId\n      starts\n    }\n  }\n": typeof types.BookingFreeSlotsDocument,
    "\n  mutation BookingReserveSlot($input: ReserveSlotInput!) {\n    reserveSlot(input: $input) {\n      __typename\n      ... on Reservation {\n        id\n        holdToken\n        expiresAt\n        start\n        end\n        counsellorId\n        serviceId\n      }\n      ... on SlotTaken {\n        message\n      }\n    }\n  }\n": typeof types.BookingReserveSlotDocument,
    "\n  mutation BookingReleaseReservation($input: ReleaseReservationInput!) {\n    releaseReservation(input: $input)\n  }\n": typeof types.BookingReleaseReservationDocument,
    "\n  mutation BookingConfirm($input: ConfirmBookingInput!) {\n    confirmBooking(input: $input) {\n      __typename\n      ... on Booking {\n        id\n        start\n        end\n        channel\n        title\n        pseudonym\n        cancelToken\n        cancelUrl\n        calendarFile\n        service {\n          id\n          name\n        }\n        counsellor {\n          id\n          displayName\n        }\n        address {\n          name\n          street\n          postcode\n          city\n        }\n      }\n      ... on SlotTaken {\n        message\n      }\n    }\n  }\n": typeof types.BookingConfirmDocument,
    "\n  mutation BookingCancel($input: CancelBookingInput!) {\n    cancelBooking(input: $input) {\n      appointmentId\n      status\n    }\n  }\n": typeof types.BookingCancelDocument,
    "\n  query BookingInLang($token: String!, $lang: String) {\n    appointmentByLink(token: $token, lang: $lang) {\n      title\n      service {\n        id\n        name\n      }\n    }\n  }\n": typeof types.BookingInLangDocument,
    "\n  query BookingViewer {\n    me {\n      kind\n      client {\n        pseudonym\n      }\n    }\n  }\n": typeof types.BookingViewerDocument,
    "\n  subscription BookingAvailabilityChanged($key: String!, $counsellorId: ID) {\n    availabilityChanged(organisationKey: $key, counsellorId: $counsellorId) {\n      counsellorId\n      reason\n    }\n  }\n": typeof types.BookingAvailabilityChangedDocument,
    "\n  query MyAppointments($from: DateTimeISO!, $to: DateTimeISO!, $lang: String) {\n    myAppointments(from: $from, to: $to, lang: $lang) {\n      ...MyAppointment\n    }\n    myInbox(page: { first: 1 }) {\n      totalCount\n    }\n    myInboxUnread\n  }\n": typeof types.MyAppointmentsDocument,
    "\n  query MyAppointmentByLink($token: String!, $lang: String) {\n    appointmentByLink(token: $token, lang: $lang) {\n      ...MyAppointment\n    }\n  }\n": typeof types.MyAppointmentByLinkDocument,
    "\n  fragment MyAppointment on ClientAppointment {\n    id\n    kind\n    status\n    start\n    end\n    channel\n    title\n    remarks\n    service {\n      name\n    }\n    counsellor {\n      displayName\n    }\n    videoOpensAt\n    videoClosesAt\n    calendarFile\n  }\n": typeof types.MyAppointmentFragmentDoc,
    "\n  mutation MyAppointmentJoinVideo($input: AppointmentIdInput!) {\n    joinVideo(input: $input)\n  }\n": typeof types.MyAppointmentJoinVideoDocument,
    "\n  mutation MyAppointmentJoinVideoByLink($input: AppointmentLinkInput!) {\n    joinVideoByLink(input: $input)\n  }\n": typeof types.MyAppointmentJoinVideoByLinkDocument,
    "\n  mutation MyAppointmentCancel($input: AppointmentIdInput!) {\n    cancelMyAppointment(input: $input) {\n      appointmentId\n      status\n    }\n  }\n": typeof types.MyAppointmentCancelDocument,
    "\n  mutation MyAppointmentCancelByLink($input: CancelBookingInput!) {\n    cancelBooking(input: $input) {\n      appointmentId\n      status\n    }\n  }\n": typeof types.MyAppointmentCancelByLinkDocument,
    "\n  query ChatWidgetDocumentLink($documentId: ID!) {\n    chatDocumentLink(documentId: $documentId) {\n      url\n      expiresAt\n    }\n  }\n": typeof types.ChatWidgetDocumentLinkDocument,
    "\n  fragment ChatWidgetMessage on ChatMessage {\n    id\n    streamId\n    seq\n    kind\n    body\n    createdAt\n    link\n    clientMessageId\n    sender {\n      id\n      kind\n      displayName\n    }\n    document {\n      id\n      filename\n      contentType\n      size\n    }\n  }\n": typeof types.ChatWidgetMessageFragmentDoc,
    "\n  fragment ChatWidgetStream on ChatStream {\n    id\n    kind\n    title\n    lastSeq\n    lastReadSeq\n    unreadCount\n    counterpart {\n      id\n      kind\n      displayName\n    }\n  }\n": typeof types.ChatWidgetStreamFragmentDoc,
    "\n  fragment ChatWidgetPresence on CounsellorPresence {\n    counsellorId\n    displayName\n    state\n  }\n": typeof types.ChatWidgetPresenceFragmentDoc,
    "\n  query ChatWidgetAvailability($key: String!) {\n    chatAvailability(organisationKey: $key) {\n      anyoneOnline\n      counsellors {\n        ...ChatWidgetPresence\n      }\n    }\n  }\n": typeof types.ChatWidgetAvailabilityDocument,
    "\n  subscription ChatWidgetPresenceChanged($key: String!) {\n    counsellorPresenceChanged(organisationKey: $key) {\n      ...ChatWidgetPresence\n    }\n  }\n": typeof types.ChatWidgetPresenceChangedDocument,
    "\n  query ChatWidgetViewer {\n    me {\n      id\n      kind\n      client {\n        pseudonym\n      }\n    }\n  }\n": typeof types.ChatWidgetViewerDocument,
    "\n  query ChatWidgetMyStream {\n    chatStreams(page: { first: 20 }) {\n      edges {\n        node {\n          ...ChatWidgetStream\n        }\n      }\n    }\n  }\n": typeof types.ChatWidgetMyStreamDocument,
    "\n  mutation ChatWidgetStartChat($input: StartChatInput!) {\n    startChat(input: $input) {\n      session {\n        accessToken\n        accessTokenExpiresAt\n        refreshToken\n        me {\n          id\n          kind\n          client {\n            pseudonym\n          }\n        }\n      }\n      stream {\n        ...ChatWidgetStream\n      }\n    }\n  }\n": typeof types.ChatWidgetStartChatDocument,
    "\n  mutation ChatWidgetOpenStream($input: OpenChatStreamInput!) {\n    openChatStream(input: $input) {\n      ...ChatWidgetStream\n    }\n  }\n": typeof types.ChatWidgetOpenStreamDocument,
    "\n  query ChatWidgetHistory($streamId: ID!, $beforeSeq: Int, $last: Int) {\n    chatHistory(streamId: $streamId, beforeSeq: $beforeSeq, last: $last) {\n      hasOlder\n      messages {\n        ...ChatWidgetMessage\n      }\n    }\n  }\n": typeof types.ChatWidgetHistoryDocument,
    "\n  subscription ChatWidgetMessageAdded($streamId: ID!, $afterSeq: Int) {\n    chatMessageAdded(streamId: $streamId, afterSeq: $afterSeq) {\n      ...ChatWidgetMessage\n    }\n  }\n": typeof types.ChatWidgetMessageAddedDocument,
    "\n  subscription ChatWidgetTypingChanged($streamId: ID!) {\n    chatTypingChanged(streamId: $streamId) {\n      typing\n      participant {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.ChatWidgetTypingChangedDocument,
    "\n  subscription ChatWidgetReadMarkerMoved($streamId: ID!) {\n    chatReadMarkerMoved(streamId: $streamId) {\n      seq\n      participant {\n        id\n      }\n    }\n  }\n": typeof types.ChatWidgetReadMarkerMovedDocument,
    "\n  mutation ChatWidgetSendMessage($input: SendChatMessageInput!) {\n    sendChatMessage(input: $input) {\n      ...ChatWidgetMessage\n    }\n  }\n": typeof types.ChatWidgetSendMessageDocument,
    "\n  mutation ChatWidgetMarkRead($input: MarkChatReadInput!) {\n    markChatRead(input: $input) {\n      id\n      lastReadSeq\n    }\n  }\n": typeof types.ChatWidgetMarkReadDocument,
    "\n  mutation ChatWidgetSetTyping($input: SetChatTypingInput!) {\n    setChatTyping(input: $input)\n  }\n": typeof types.ChatWidgetSetTypingDocument,
    "\n  fragment ChatWidgetLastMessage on ChatMessage {\n    kind\n    body\n    createdAt\n    sender {\n      id\n      displayName\n    }\n  }\n": typeof types.ChatWidgetLastMessageFragmentDoc,
    "\n  query ChatWidgetMyChats {\n    chatStreams(page: { first: 50 }) {\n      edges {\n        node {\n          ...ChatWidgetStream\n          memberCount\n          lastMessage {\n            ...ChatWidgetLastMessage\n          }\n        }\n      }\n    }\n    myInbox(page: { first: 1 }) {\n      totalCount\n    }\n    myInboxUnread\n  }\n": typeof types.ChatWidgetMyChatsDocument,
    "\n  subscription ChatWidgetInboxUpdated {\n    chatInboxUpdated {\n      streamId\n      lastSeq\n      unreadCount\n      removed\n      lastMessage {\n        ...ChatWidgetLastMessage\n      }\n    }\n  }\n": typeof types.ChatWidgetInboxUpdatedDocument,
    "\n  query MailFormOrganisation($key: String!, $lang: String) {\n    publicOrganisation(key: $key, lang: $lang) {\n      name\n      topics {\n        id\n        name\n      }\n      mailFormFields {\n        key\n        label\n        type\n        options\n        optionLabels\n      }\n    }\n    mailFormCounsellors(organisationKey: $key) {\n      id\n      displayName\n      avatarUrl\n      languages\n      descriptions {\n        lang\n        text\n      }\n    }\n  }\n": typeof types.MailFormOrganisationDocument,
    "\n  query MailFormViewer {\n    me {\n      id\n      kind\n      client {\n        pseudonym\n      }\n    }\n  }\n": typeof types.MailFormViewerDocument,
    "\n  mutation MailFormSendAsNewClient($input: SendMailRequestAsNewClientInput!) {\n    sendMailRequestAsNewClient(input: $input) {\n      request {\n        id\n        subject\n        status\n        counsellorName\n      }\n      session {\n        accessToken\n        accessTokenExpiresAt\n        refreshToken\n        me {\n          id\n          client {\n            pseudonym\n          }\n        }\n      }\n    }\n  }\n": typeof types.MailFormSendAsNewClientDocument,
    "\n  mutation MailFormSend($input: SendMailRequestInput!) {\n    sendMailRequest(input: $input) {\n      id\n      subject\n      status\n      counsellorName\n    }\n  }\n": typeof types.MailFormSendDocument,
    "\n  query MailFormRequests($page: PageInput) {\n    myInbox(page: { first: 1 }) {\n      totalCount\n    }\n    myInboxUnread\n    myMailRequests(page: $page) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          subject\n          status\n          createdAt\n          lastMessageAt\n          counsellorName\n        }\n      }\n    }\n  }\n": typeof types.MailFormRequestsDocument,
    "\n  query MailFormThread($id: ID!) {\n    myMailRequest(id: $id) {\n      id\n      subject\n      status\n      createdAt\n      lastMessageAt\n      counsellorName\n      messages {\n        id\n        seq\n        fromClient\n        counsellorName\n        body\n        createdAt\n      }\n    }\n  }\n": typeof types.MailFormThreadDocument,
    "\n  mutation MailFormReply($input: ReplyToMailRequestInput!) {\n    replyToMailRequest(input: $input) {\n      id\n      subject\n      status\n      createdAt\n      lastMessageAt\n      counsellorName\n      messages {\n        id\n        seq\n        fromClient\n        counsellorName\n        body\n        createdAt\n      }\n    }\n  }\n": typeof types.MailFormReplyDocument,
    "\n  mutation WidgetRefreshSession($input: RefreshSessionInput!) {\n    refreshSession(input: $input) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n    }\n  }\n": typeof types.WidgetRefreshSessionDocument,
    "\n  mutation WidgetLogin($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n      me {\n        id\n        kind\n      }\n    }\n  }\n": typeof types.WidgetLoginDocument,
    "\n  mutation WidgetLogout {\n    logout\n  }\n": typeof types.WidgetLogoutDocument,
    "\n  query WidgetQuickExit($key: String!) {\n    publicOrganisation(key: $key) {\n      quickExit {\n        enabled\n        url\n      }\n    }\n  }\n": typeof types.WidgetQuickExitDocument,
};
const documents: Documents = {
    "\n  query WidgetNotificationEmail {\n    myNotificationEmail {\n      email\n      pendingEmail\n    }\n  }\n": types.WidgetNotificationEmailDocument,
    "\n  mutation WidgetUpdateNotificationEmail($input: UpdateMyNotificationEmailInput!) {\n    updateMyNotificationEmail(input: $input) {\n      email\n      pendingEmail\n    }\n  }\n": types.WidgetUpdateNotificationEmailDocument,
    "\n  query WidgetDataExportLink($language: String) {\n    myDataExportLink(language: $language) {\n      url\n    }\n  }\n": types.WidgetDataExportLinkDocument,
    "\n  mutation WidgetConfirmNotificationEmail($input: ConfirmNotificationEmailInput!) {\n    confirmNotificationEmail(input: $input)\n  }\n": types.WidgetConfirmNotificationEmailDocument,
    "\n  query WidgetInbox($page: PageInput) {\n    myInbox(page: $page) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          from\n          subject\n          body\n          createdAt\n          readAt\n        }\n      }\n    }\n  }\n": types.WidgetInboxDocument,
    "\n  mutation WidgetMarkInboxMessageRead($input: ClientRecordIdInput!) {\n    markInboxMessageRead(input: $input) {\n      id\n      readAt\n    }\n  }\n": types.WidgetMarkInboxMessageReadDocument,
    "\n  mutation WidgetRequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n": types.WidgetRequestPasswordResetDocument,
    "\n  mutation WidgetSetPasswordWithToken($input: SetPasswordWithTokenInput!) {\n    setPasswordWithToken(input: $input) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n    }\n  }\n": types.WidgetSetPasswordWithTokenDocument,
    "\n  mutation WidgetChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n    }\n  }\n": types.WidgetChangePasswordDocument,
    "\n  query BookingGroupOffers($key: String!, $lang: String, $from: DateTimeISO!, $to: DateTimeISO!) {\n    groupOffers(organisationKey: $key, lang: $lang, from: $from, to: $to) {\n      id\n      title\n      remarks\n      start\n      end\n      channel\n      seatsLeft\n      counsellor {\n        id\n        displayName\n      }\n    }\n  }\n": types.BookingGroupOffersDocument,
    "\n  mutation BookingGroupSeat($input: BookGroupSeatInput!) {\n    bookGroupSeat(input: $input) {\n      __typename\n      ... on Booking {\n        id\n        start\n        end\n        channel\n        title\n        pseudonym\n        cancelToken\n        cancelUrl\n        calendarFile\n        service {\n          id\n          name\n        }\n        counsellor {\n          id\n          displayName\n        }\n        address {\n          name\n          street\n          postcode\n          city\n        }\n      }\n      ... on GroupFull {\n        message\n        capacity\n      }\n    }\n  }\n": types.BookingGroupSeatDocument,
    "\n  query BookingCatalog($key: String!, $lang: String, $from: DateTimeISO!, $to: DateTimeISO!) {\n    bookableServices(organisationKey: $key, lang: $lang) {\n      id\n      name\n      description\n      durationMinutes\n      channel\n      topic\n    }\n    bookableCounsellors(organisationKey: $key) {\n      id\n      displayName\n      avatarUrl\n      languages\n      descriptions {\n        lang\n        text\n      }\n      onlyRegularClients\n      serviceIds\n      channels\n    }\n    groupOffers(organisationKey: $key, from: $from, to: $to) {\n      id\n    }\n  }\n": types.BookingCatalogDocument,
    "\n  query BookingFreeSlots($key: String!, $from: DateTimeISO!, $to: DateTimeISO!, $serviceId: ID, $counsellorId: ID) {\n    freeSlots(organisationKey: $key, from: $from, to: $to, serviceId: $serviceId, counsellorId: $counsellorId) {\n      counsellorId\n      serviceId\n      starts\n    }\n  }\n": types.BookingFreeSlotsDocument,
    "\n  mutation BookingReserveSlot($input: ReserveSlotInput!) {\n    reserveSlot(input: $input) {\n      __typename\n      ... on Reservation {\n        id\n        holdToken\n        expiresAt\n        start\n        end\n        counsellorId\n        serviceId\n      }\n      ... on SlotTaken {\n        message\n      }\n    }\n  }\n": types.BookingReserveSlotDocument,
    "\n  mutation BookingReleaseReservation($input: ReleaseReservationInput!) {\n    releaseReservation(input: $input)\n  }\n": types.BookingReleaseReservationDocument,
    "\n  mutation BookingConfirm($input: ConfirmBookingInput!) {\n    confirmBooking(input: $input) {\n      __typename\n      ... on Booking {\n        id\n        start\n        end\n        channel\n        title\n        pseudonym\n        cancelToken\n        cancelUrl\n        calendarFile\n        service {\n          id\n          name\n        }\n        counsellor {\n          id\n          displayName\n        }\n        address {\n          name\n          street\n          postcode\n          city\n        }\n      }\n      ... on SlotTaken {\n        message\n      }\n    }\n  }\n": types.BookingConfirmDocument,
    "\n  mutation BookingCancel($input: CancelBookingInput!) {\n    cancelBooking(input: $input) {\n      appointmentId\n      status\n    }\n  }\n": types.BookingCancelDocument,
    "\n  query BookingInLang($token: String!, $lang: String) {\n    appointmentByLink(token: $token, lang: $lang) {\n      title\n      service {\n        id\n        name\n      }\n    }\n  }\n": types.BookingInLangDocument,
    "\n  query BookingViewer {\n    me {\n      kind\n      client {\n        pseudonym\n      }\n    }\n  }\n": types.BookingViewerDocument,
    "\n  subscription BookingAvailabilityChanged($key: String!, $counsellorId: ID) {\n    availabilityChanged(organisationKey: $key, counsellorId: $counsellorId) {\n      counsellorId\n      reason\n    }\n  }\n": types.BookingAvailabilityChangedDocument,
    "\n  query MyAppointments($from: DateTimeISO!, $to: DateTimeISO!, $lang: String) {\n    myAppointments(from: $from, to: $to, lang: $lang) {\n      ...MyAppointment\n    }\n    myInbox(page: { first: 1 }) {\n      totalCount\n    }\n    myInboxUnread\n  }\n": types.MyAppointmentsDocument,
    "\n  query MyAppointmentByLink($token: String!, $lang: String) {\n    appointmentByLink(token: $token, lang: $lang) {\n      ...MyAppointment\n    }\n  }\n": types.MyAppointmentByLinkDocument,
    "\n  fragment MyAppointment on ClientAppointment {\n    id\n    kind\n    status\n    start\n    end\n    channel\n    title\n    remarks\n    service {\n      name\n    }\n    counsellor {\n      displayName\n    }\n    videoOpensAt\n    videoClosesAt\n    calendarFile\n  }\n": types.MyAppointmentFragmentDoc,
    "\n  mutation MyAppointmentJoinVideo($input: AppointmentIdInput!) {\n    joinVideo(input: $input)\n  }\n": types.MyAppointmentJoinVideoDocument,
    "\n  mutation MyAppointmentJoinVideoByLink($input: AppointmentLinkInput!) {\n    joinVideoByLink(input: $input)\n  }\n": types.MyAppointmentJoinVideoByLinkDocument,
    "\n  mutation MyAppointmentCancel($input: AppointmentIdInput!) {\n    cancelMyAppointment(input: $input) {\n      appointmentId\n      status\n    }\n  }\n": types.MyAppointmentCancelDocument,
    "\n  mutation MyAppointmentCancelByLink($input: CancelBookingInput!) {\n    cancelBooking(input: $input) {\n      appointmentId\n      status\n    }\n  }\n": types.MyAppointmentCancelByLinkDocument,
    "\n  query ChatWidgetDocumentLink($documentId: ID!) {\n    chatDocumentLink(documentId: $documentId) {\n      url\n      expiresAt\n    }\n  }\n": types.ChatWidgetDocumentLinkDocument,
    "\n  fragment ChatWidgetMessage on ChatMessage {\n    id\n    streamId\n    seq\n    kind\n    body\n    createdAt\n    link\n    clientMessageId\n    sender {\n      id\n      kind\n      displayName\n    }\n    document {\n      id\n      filename\n      contentType\n      size\n    }\n  }\n": types.ChatWidgetMessageFragmentDoc,
    "\n  fragment ChatWidgetStream on ChatStream {\n    id\n    kind\n    title\n    lastSeq\n    lastReadSeq\n    unreadCount\n    counterpart {\n      id\n      kind\n      displayName\n    }\n  }\n": types.ChatWidgetStreamFragmentDoc,
    "\n  fragment ChatWidgetPresence on CounsellorPresence {\n    counsellorId\n    displayName\n    state\n  }\n": types.ChatWidgetPresenceFragmentDoc,
    "\n  query ChatWidgetAvailability($key: String!) {\n    chatAvailability(organisationKey: $key) {\n      anyoneOnline\n      counsellors {\n        ...ChatWidgetPresence\n      }\n    }\n  }\n": types.ChatWidgetAvailabilityDocument,
    "\n  subscription ChatWidgetPresenceChanged($key: String!) {\n    counsellorPresenceChanged(organisationKey: $key) {\n      ...ChatWidgetPresence\n    }\n  }\n": types.ChatWidgetPresenceChangedDocument,
    "\n  query ChatWidgetViewer {\n    me {\n      id\n      kind\n      client {\n        pseudonym\n      }\n    }\n  }\n": types.ChatWidgetViewerDocument,
    "\n  query ChatWidgetMyStream {\n    chatStreams(page: { first: 20 }) {\n      edges {\n        node {\n          ...ChatWidgetStream\n        }\n      }\n    }\n  }\n": types.ChatWidgetMyStreamDocument,
    "\n  mutation ChatWidgetStartChat($input: StartChatInput!) {\n    startChat(input: $input) {\n      session {\n        accessToken\n        accessTokenExpiresAt\n        refreshToken\n        me {\n          id\n          kind\n          client {\n            pseudonym\n          }\n        }\n      }\n      stream {\n        ...ChatWidgetStream\n      }\n    }\n  }\n": types.ChatWidgetStartChatDocument,
    "\n  mutation ChatWidgetOpenStream($input: OpenChatStreamInput!) {\n    openChatStream(input: $input) {\n      ...ChatWidgetStream\n    }\n  }\n": types.ChatWidgetOpenStreamDocument,
    "\n  query ChatWidgetHistory($streamId: ID!, $beforeSeq: Int, $last: Int) {\n    chatHistory(streamId: $streamId, beforeSeq: $beforeSeq, last: $last) {\n      hasOlder\n      messages {\n        ...ChatWidgetMessage\n      }\n    }\n  }\n": types.ChatWidgetHistoryDocument,
    "\n  subscription ChatWidgetMessageAdded($streamId: ID!, $afterSeq: Int) {\n    chatMessageAdded(streamId: $streamId, afterSeq: $afterSeq) {\n      ...ChatWidgetMessage\n    }\n  }\n": types.ChatWidgetMessageAddedDocument,
    "\n  subscription ChatWidgetTypingChanged($streamId: ID!) {\n    chatTypingChanged(streamId: $streamId) {\n      typing\n      participant {\n        id\n        displayName\n      }\n    }\n  }\n": types.ChatWidgetTypingChangedDocument,
    "\n  subscription ChatWidgetReadMarkerMoved($streamId: ID!) {\n    chatReadMarkerMoved(streamId: $streamId) {\n      seq\n      participant {\n        id\n      }\n    }\n  }\n": types.ChatWidgetReadMarkerMovedDocument,
    "\n  mutation ChatWidgetSendMessage($input: SendChatMessageInput!) {\n    sendChatMessage(input: $input) {\n      ...ChatWidgetMessage\n    }\n  }\n": types.ChatWidgetSendMessageDocument,
    "\n  mutation ChatWidgetMarkRead($input: MarkChatReadInput!) {\n    markChatRead(input: $input) {\n      id\n      lastReadSeq\n    }\n  }\n": types.ChatWidgetMarkReadDocument,
    "\n  mutation ChatWidgetSetTyping($input: SetChatTypingInput!) {\n    setChatTyping(input: $input)\n  }\n": types.ChatWidgetSetTypingDocument,
    "\n  fragment ChatWidgetLastMessage on ChatMessage {\n    kind\n    body\n    createdAt\n    sender {\n      id\n      displayName\n    }\n  }\n": types.ChatWidgetLastMessageFragmentDoc,
    "\n  query ChatWidgetMyChats {\n    chatStreams(page: { first: 50 }) {\n      edges {\n        node {\n          ...ChatWidgetStream\n          memberCount\n          lastMessage {\n            ...ChatWidgetLastMessage\n          }\n        }\n      }\n    }\n    myInbox(page: { first: 1 }) {\n      totalCount\n    }\n    myInboxUnread\n  }\n": types.ChatWidgetMyChatsDocument,
    "\n  subscription ChatWidgetInboxUpdated {\n    chatInboxUpdated {\n      streamId\n      lastSeq\n      unreadCount\n      removed\n      lastMessage {\n        ...ChatWidgetLastMessage\n      }\n    }\n  }\n": types.ChatWidgetInboxUpdatedDocument,
    "\n  query MailFormOrganisation($key: String!, $lang: String) {\n    publicOrganisation(key: $key, lang: $lang) {\n      name\n      topics {\n        id\n        name\n      }\n      mailFormFields {\n        key\n        label\n        type\n        options\n        optionLabels\n      }\n    }\n    mailFormCounsellors(organisationKey: $key) {\n      id\n      displayName\n      avatarUrl\n      languages\n      descriptions {\n        lang\n        text\n      }\n    }\n  }\n": types.MailFormOrganisationDocument,
    "\n  query MailFormViewer {\n    me {\n      id\n      kind\n      client {\n        pseudonym\n      }\n    }\n  }\n": types.MailFormViewerDocument,
    "\n  mutation MailFormSendAsNewClient($input: SendMailRequestAsNewClientInput!) {\n    sendMailRequestAsNewClient(input: $input) {\n      request {\n        id\n        subject\n        status\n        counsellorName\n      }\n      session {\n        accessToken\n        accessTokenExpiresAt\n        refreshToken\n        me {\n          id\n          client {\n            pseudonym\n          }\n        }\n      }\n    }\n  }\n": types.MailFormSendAsNewClientDocument,
    "\n  mutation MailFormSend($input: SendMailRequestInput!) {\n    sendMailRequest(input: $input) {\n      id\n      subject\n      status\n      counsellorName\n    }\n  }\n": types.MailFormSendDocument,
    "\n  query MailFormRequests($page: PageInput) {\n    myInbox(page: { first: 1 }) {\n      totalCount\n    }\n    myInboxUnread\n    myMailRequests(page: $page) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          subject\n          status\n          createdAt\n          lastMessageAt\n          counsellorName\n        }\n      }\n    }\n  }\n": types.MailFormRequestsDocument,
    "\n  query MailFormThread($id: ID!) {\n    myMailRequest(id: $id) {\n      id\n      subject\n      status\n      createdAt\n      lastMessageAt\n      counsellorName\n      messages {\n        id\n        seq\n        fromClient\n        counsellorName\n        body\n        createdAt\n      }\n    }\n  }\n": types.MailFormThreadDocument,
    "\n  mutation MailFormReply($input: ReplyToMailRequestInput!) {\n    replyToMailRequest(input: $input) {\n      id\n      subject\n      status\n      createdAt\n      lastMessageAt\n      counsellorName\n      messages {\n        id\n        seq\n        fromClient\n        counsellorName\n        body\n        createdAt\n      }\n    }\n  }\n": types.MailFormReplyDocument,
    "\n  mutation WidgetRefreshSession($input: RefreshSessionInput!) {\n    refreshSession(input: $input) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n    }\n  }\n": types.WidgetRefreshSessionDocument,
    "\n  mutation WidgetLogin($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n      me {\n        id\n        kind\n      }\n    }\n  }\n": types.WidgetLoginDocument,
    "\n  mutation WidgetLogout {\n    logout\n  }\n": types.WidgetLogoutDocument,
    "\n  query WidgetQuickExit($key: String!) {\n    publicOrganisation(key: $key) {\n      quickExit {\n        enabled\n        url\n      }\n    }\n  }\n": types.WidgetQuickExitDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WidgetNotificationEmail {\n    myNotificationEmail {\n      email\n      pendingEmail\n    }\n  }\n"): typeof import('./graphql.js').WidgetNotificationEmailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WidgetUpdateNotificationEmail($input: UpdateMyNotificationEmailInput!) {\n    updateMyNotificationEmail(input: $input) {\n      email\n      pendingEmail\n    }\n  }\n"): typeof import('./graphql.js').WidgetUpdateNotificationEmailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WidgetDataExportLink($language: String) {\n    myDataExportLink(language: $language) {\n      url\n    }\n  }\n"): typeof import('./graphql.js').WidgetDataExportLinkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WidgetConfirmNotificationEmail($input: ConfirmNotificationEmailInput!) {\n    confirmNotificationEmail(input: $input)\n  }\n"): typeof import('./graphql.js').WidgetConfirmNotificationEmailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WidgetInbox($page: PageInput) {\n    myInbox(page: $page) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          from\n          subject\n          body\n          createdAt\n          readAt\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').WidgetInboxDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WidgetMarkInboxMessageRead($input: ClientRecordIdInput!) {\n    markInboxMessageRead(input: $input) {\n      id\n      readAt\n    }\n  }\n"): typeof import('./graphql.js').WidgetMarkInboxMessageReadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WidgetRequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n"): typeof import('./graphql.js').WidgetRequestPasswordResetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WidgetSetPasswordWithToken($input: SetPasswordWithTokenInput!) {\n    setPasswordWithToken(input: $input) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n    }\n  }\n"): typeof import('./graphql.js').WidgetSetPasswordWithTokenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WidgetChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n    }\n  }\n"): typeof import('./graphql.js').WidgetChangePasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BookingGroupOffers($key: String!, $lang: String, $from: DateTimeISO!, $to: DateTimeISO!) {\n    groupOffers(organisationKey: $key, lang: $lang, from: $from, to: $to) {\n      id\n      title\n      remarks\n      start\n      end\n      channel\n      seatsLeft\n      counsellor {\n        id\n        displayName\n      }\n    }\n  }\n"): typeof import('./graphql.js').BookingGroupOffersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BookingGroupSeat($input: BookGroupSeatInput!) {\n    bookGroupSeat(input: $input) {\n      __typename\n      ... on Booking {\n        id\n        start\n        end\n        channel\n        title\n        pseudonym\n        cancelToken\n        cancelUrl\n        calendarFile\n        service {\n          id\n          name\n        }\n        counsellor {\n          id\n          displayName\n        }\n        address {\n          name\n          street\n          postcode\n          city\n        }\n      }\n      ... on GroupFull {\n        message\n        capacity\n      }\n    }\n  }\n"): typeof import('./graphql.js').BookingGroupSeatDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BookingCatalog($key: String!, $lang: String, $from: DateTimeISO!, $to: DateTimeISO!) {\n    bookableServices(organisationKey: $key, lang: $lang) {\n      id\n      name\n      description\n      durationMinutes\n      channel\n      topic\n    }\n    bookableCounsellors(organisationKey: $key) {\n      id\n      displayName\n      avatarUrl\n      languages\n      descriptions {\n        lang\n        text\n      }\n      onlyRegularClients\n      serviceIds\n      channels\n    }\n    groupOffers(organisationKey: $key, from: $from, to: $to) {\n      id\n    }\n  }\n"): typeof import('./graphql.js').BookingCatalogDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BookingFreeSlots($key: String!, $from: DateTimeISO!, $to: DateTimeISO!, $serviceId: ID, $counsellorId: ID) {\n    freeSlots(organisationKey: $key, from: $from, to: $to, serviceId: $serviceId, counsellorId: $counsellorId) {\n      counsellorId\n      serviceId\n      starts\n    }\n  }\n"): typeof import('./graphql.js').BookingFreeSlotsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BookingReserveSlot($input: ReserveSlotInput!) {\n    reserveSlot(input: $input) {\n      __typename\n      ... on Reservation {\n        id\n        holdToken\n        expiresAt\n        start\n        end\n        counsellorId\n        serviceId\n      }\n      ... on SlotTaken {\n        message\n      }\n    }\n  }\n"): typeof import('./graphql.js').BookingReserveSlotDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BookingReleaseReservation($input: ReleaseReservationInput!) {\n    releaseReservation(input: $input)\n  }\n"): typeof import('./graphql.js').BookingReleaseReservationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BookingConfirm($input: ConfirmBookingInput!) {\n    confirmBooking(input: $input) {\n      __typename\n      ... on Booking {\n        id\n        start\n        end\n        channel\n        title\n        pseudonym\n        cancelToken\n        cancelUrl\n        calendarFile\n        service {\n          id\n          name\n        }\n        counsellor {\n          id\n          displayName\n        }\n        address {\n          name\n          street\n          postcode\n          city\n        }\n      }\n      ... on SlotTaken {\n        message\n      }\n    }\n  }\n"): typeof import('./graphql.js').BookingConfirmDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BookingCancel($input: CancelBookingInput!) {\n    cancelBooking(input: $input) {\n      appointmentId\n      status\n    }\n  }\n"): typeof import('./graphql.js').BookingCancelDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BookingInLang($token: String!, $lang: String) {\n    appointmentByLink(token: $token, lang: $lang) {\n      title\n      service {\n        id\n        name\n      }\n    }\n  }\n"): typeof import('./graphql.js').BookingInLangDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BookingViewer {\n    me {\n      kind\n      client {\n        pseudonym\n      }\n    }\n  }\n"): typeof import('./graphql.js').BookingViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription BookingAvailabilityChanged($key: String!, $counsellorId: ID) {\n    availabilityChanged(organisationKey: $key, counsellorId: $counsellorId) {\n      counsellorId\n      reason\n    }\n  }\n"): typeof import('./graphql.js').BookingAvailabilityChangedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyAppointments($from: DateTimeISO!, $to: DateTimeISO!, $lang: String) {\n    myAppointments(from: $from, to: $to, lang: $lang) {\n      ...MyAppointment\n    }\n    myInbox(page: { first: 1 }) {\n      totalCount\n    }\n    myInboxUnread\n  }\n"): typeof import('./graphql.js').MyAppointmentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyAppointmentByLink($token: String!, $lang: String) {\n    appointmentByLink(token: $token, lang: $lang) {\n      ...MyAppointment\n    }\n  }\n"): typeof import('./graphql.js').MyAppointmentByLinkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MyAppointment on ClientAppointment {\n    id\n    kind\n    status\n    start\n    end\n    channel\n    title\n    remarks\n    service {\n      name\n    }\n    counsellor {\n      displayName\n    }\n    videoOpensAt\n    videoClosesAt\n    calendarFile\n  }\n"): typeof import('./graphql.js').MyAppointmentFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MyAppointmentJoinVideo($input: AppointmentIdInput!) {\n    joinVideo(input: $input)\n  }\n"): typeof import('./graphql.js').MyAppointmentJoinVideoDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MyAppointmentJoinVideoByLink($input: AppointmentLinkInput!) {\n    joinVideoByLink(input: $input)\n  }\n"): typeof import('./graphql.js').MyAppointmentJoinVideoByLinkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MyAppointmentCancel($input: AppointmentIdInput!) {\n    cancelMyAppointment(input: $input) {\n      appointmentId\n      status\n    }\n  }\n"): typeof import('./graphql.js').MyAppointmentCancelDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MyAppointmentCancelByLink($input: CancelBookingInput!) {\n    cancelBooking(input: $input) {\n      appointmentId\n      status\n    }\n  }\n"): typeof import('./graphql.js').MyAppointmentCancelByLinkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChatWidgetDocumentLink($documentId: ID!) {\n    chatDocumentLink(documentId: $documentId) {\n      url\n      expiresAt\n    }\n  }\n"): typeof import('./graphql.js').ChatWidgetDocumentLinkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ChatWidgetMessage on ChatMessage {\n    id\n    streamId\n    seq\n    kind\n    body\n    createdAt\n    link\n    clientMessageId\n    sender {\n      id\n      kind\n      displayName\n    }\n    document {\n      id\n      filename\n      contentType\n      size\n    }\n  }\n"): typeof import('./graphql.js').ChatWidgetMessageFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ChatWidgetStream on ChatStream {\n    id\n    kind\n    title\n    lastSeq\n    lastReadSeq\n    unreadCount\n    counterpart {\n      id\n      kind\n      displayName\n    }\n  }\n"): typeof import('./graphql.js').ChatWidgetStreamFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ChatWidgetPresence on CounsellorPresence {\n    counsellorId\n    displayName\n    state\n  }\n"): typeof import('./graphql.js').ChatWidgetPresenceFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChatWidgetAvailability($key: String!) {\n    chatAvailability(organisationKey: $key) {\n      anyoneOnline\n      counsellors {\n        ...ChatWidgetPresence\n      }\n    }\n  }\n"): typeof import('./graphql.js').ChatWidgetAvailabilityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ChatWidgetPresenceChanged($key: String!) {\n    counsellorPresenceChanged(organisationKey: $key) {\n      ...ChatWidgetPresence\n    }\n  }\n"): typeof import('./graphql.js').ChatWidgetPresenceChangedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChatWidgetViewer {\n    me {\n      id\n      kind\n      client {\n        pseudonym\n      }\n    }\n  }\n"): typeof import('./graphql.js').ChatWidgetViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChatWidgetMyStream {\n    chatStreams(page: { first: 20 }) {\n      edges {\n        node {\n          ...ChatWidgetStream\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').ChatWidgetMyStreamDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChatWidgetStartChat($input: StartChatInput!) {\n    startChat(input: $input) {\n      session {\n        accessToken\n        accessTokenExpiresAt\n        refreshToken\n        me {\n          id\n          kind\n          client {\n            pseudonym\n          }\n        }\n      }\n      stream {\n        ...ChatWidgetStream\n      }\n    }\n  }\n"): typeof import('./graphql.js').ChatWidgetStartChatDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChatWidgetOpenStream($input: OpenChatStreamInput!) {\n    openChatStream(input: $input) {\n      ...ChatWidgetStream\n    }\n  }\n"): typeof import('./graphql.js').ChatWidgetOpenStreamDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChatWidgetHistory($streamId: ID!, $beforeSeq: Int, $last: Int) {\n    chatHistory(streamId: $streamId, beforeSeq: $beforeSeq, last: $last) {\n      hasOlder\n      messages {\n        ...ChatWidgetMessage\n      }\n    }\n  }\n"): typeof import('./graphql.js').ChatWidgetHistoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ChatWidgetMessageAdded($streamId: ID!, $afterSeq: Int) {\n    chatMessageAdded(streamId: $streamId, afterSeq: $afterSeq) {\n      ...ChatWidgetMessage\n    }\n  }\n"): typeof import('./graphql.js').ChatWidgetMessageAddedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ChatWidgetTypingChanged($streamId: ID!) {\n    chatTypingChanged(streamId: $streamId) {\n      typing\n      participant {\n        id\n        displayName\n      }\n    }\n  }\n"): typeof import('./graphql.js').ChatWidgetTypingChangedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ChatWidgetReadMarkerMoved($streamId: ID!) {\n    chatReadMarkerMoved(streamId: $streamId) {\n      seq\n      participant {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql.js').ChatWidgetReadMarkerMovedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChatWidgetSendMessage($input: SendChatMessageInput!) {\n    sendChatMessage(input: $input) {\n      ...ChatWidgetMessage\n    }\n  }\n"): typeof import('./graphql.js').ChatWidgetSendMessageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChatWidgetMarkRead($input: MarkChatReadInput!) {\n    markChatRead(input: $input) {\n      id\n      lastReadSeq\n    }\n  }\n"): typeof import('./graphql.js').ChatWidgetMarkReadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChatWidgetSetTyping($input: SetChatTypingInput!) {\n    setChatTyping(input: $input)\n  }\n"): typeof import('./graphql.js').ChatWidgetSetTypingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ChatWidgetLastMessage on ChatMessage {\n    kind\n    body\n    createdAt\n    sender {\n      id\n      displayName\n    }\n  }\n"): typeof import('./graphql.js').ChatWidgetLastMessageFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChatWidgetMyChats {\n    chatStreams(page: { first: 50 }) {\n      edges {\n        node {\n          ...ChatWidgetStream\n          memberCount\n          lastMessage {\n            ...ChatWidgetLastMessage\n          }\n        }\n      }\n    }\n    myInbox(page: { first: 1 }) {\n      totalCount\n    }\n    myInboxUnread\n  }\n"): typeof import('./graphql.js').ChatWidgetMyChatsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ChatWidgetInboxUpdated {\n    chatInboxUpdated {\n      streamId\n      lastSeq\n      unreadCount\n      removed\n      lastMessage {\n        ...ChatWidgetLastMessage\n      }\n    }\n  }\n"): typeof import('./graphql.js').ChatWidgetInboxUpdatedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MailFormOrganisation($key: String!, $lang: String) {\n    publicOrganisation(key: $key, lang: $lang) {\n      name\n      topics {\n        id\n        name\n      }\n      mailFormFields {\n        key\n        label\n        type\n        options\n        optionLabels\n      }\n    }\n    mailFormCounsellors(organisationKey: $key) {\n      id\n      displayName\n      avatarUrl\n      languages\n      descriptions {\n        lang\n        text\n      }\n    }\n  }\n"): typeof import('./graphql.js').MailFormOrganisationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MailFormViewer {\n    me {\n      id\n      kind\n      client {\n        pseudonym\n      }\n    }\n  }\n"): typeof import('./graphql.js').MailFormViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MailFormSendAsNewClient($input: SendMailRequestAsNewClientInput!) {\n    sendMailRequestAsNewClient(input: $input) {\n      request {\n        id\n        subject\n        status\n        counsellorName\n      }\n      session {\n        accessToken\n        accessTokenExpiresAt\n        refreshToken\n        me {\n          id\n          client {\n            pseudonym\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').MailFormSendAsNewClientDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MailFormSend($input: SendMailRequestInput!) {\n    sendMailRequest(input: $input) {\n      id\n      subject\n      status\n      counsellorName\n    }\n  }\n"): typeof import('./graphql.js').MailFormSendDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MailFormRequests($page: PageInput) {\n    myInbox(page: { first: 1 }) {\n      totalCount\n    }\n    myInboxUnread\n    myMailRequests(page: $page) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          subject\n          status\n          createdAt\n          lastMessageAt\n          counsellorName\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').MailFormRequestsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MailFormThread($id: ID!) {\n    myMailRequest(id: $id) {\n      id\n      subject\n      status\n      createdAt\n      lastMessageAt\n      counsellorName\n      messages {\n        id\n        seq\n        fromClient\n        counsellorName\n        body\n        createdAt\n      }\n    }\n  }\n"): typeof import('./graphql.js').MailFormThreadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MailFormReply($input: ReplyToMailRequestInput!) {\n    replyToMailRequest(input: $input) {\n      id\n      subject\n      status\n      createdAt\n      lastMessageAt\n      counsellorName\n      messages {\n        id\n        seq\n        fromClient\n        counsellorName\n        body\n        createdAt\n      }\n    }\n  }\n"): typeof import('./graphql.js').MailFormReplyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WidgetRefreshSession($input: RefreshSessionInput!) {\n    refreshSession(input: $input) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n    }\n  }\n"): typeof import('./graphql.js').WidgetRefreshSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WidgetLogin($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n      me {\n        id\n        kind\n      }\n    }\n  }\n"): typeof import('./graphql.js').WidgetLoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WidgetLogout {\n    logout\n  }\n"): typeof import('./graphql.js').WidgetLogoutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WidgetQuickExit($key: String!) {\n    publicOrganisation(key: $key) {\n      quickExit {\n        enabled\n        url\n      }\n    }\n  }\n"): typeof import('./graphql.js').WidgetQuickExitDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
