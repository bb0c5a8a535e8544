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
    "\n  query DashboardAccessLog($filter: AccessLogFilter, $page: PageInput) {\n    accessLog(filter: $filter, page: $page) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          at\n          action\n          recordKind\n          recordId\n          clientId\n          clientNumber\n          clientPseudonym\n          staffId\n          staffName\n        }\n      }\n    }\n  }\n": typeof types.DashboardAccessLogDocument,
    "\n  query DashboardAccessLogClients($search: String) {\n    clients(filter: { search: $search }, page: { first: 20 }) {\n      edges {\n        node {\n          id\n          pseudonym\n          clientNumber\n        }\n      }\n    }\n  }\n": typeof types.DashboardAccessLogClientsDocument,
    "\n  query DashboardAccessLogStaff {\n    counsellors(page: { first: 100 }) {\n      edges {\n        node {\n          id\n          firstName\n          lastName\n          displayName\n        }\n      }\n    }\n  }\n": typeof types.DashboardAccessLogStaffDocument,
    "\n  query DashboardPaletteRequests($search: String!) {\n    mailRequests(filter: { search: $search }, page: { first: 5 }) {\n      edges {\n        node {\n          id\n          subject\n          status\n          client {\n            id\n            pseudonym\n          }\n        }\n      }\n    }\n  }\n": typeof types.DashboardPaletteRequestsDocument,
    "\n  subscription DashboardInboxUpdated {\n    chatInboxUpdated {\n      streamId\n      unreadCount\n      lastMessage {\n        id\n        sender {\n          id\n          displayName\n        }\n      }\n    }\n  }\n": typeof types.DashboardInboxUpdatedDocument,
    "\n  subscription DashboardMailRequestChanged {\n    mailRequestChanged {\n      requestId\n      kind\n      status\n      counsellorId\n      previousCounsellorId\n      actorId\n      at\n    }\n  }\n": typeof types.DashboardMailRequestChangedDocument,
    "\n  mutation DashboardSetPresence($input: SetPresenceStatusInput!) {\n    setPresenceStatus(input: $input) {\n      counsellorId\n      state\n    }\n  }\n": typeof types.DashboardSetPresenceDocument,
    "\n  query DashboardNotificationsMissed {\n    newest: mailRequests(sort: NEWEST, filter: { status: [NEW, ASSIGNED] }, page: { first: 50 }) {\n      edges {\n        node {\n          id\n          subject\n          createdAt\n          counsellor {\n            id\n          }\n        }\n      }\n    }\n    waiting: mailRequests(sort: NEWEST, filter: { assignedToMe: true, status: [ASSIGNED] }, page: { first: 100 }) {\n      edges {\n        node {\n          id\n          subject\n          createdAt\n          lastMessageAt\n          waitingSince\n        }\n      }\n    }\n    chatStreams(page: { first: 50 }) {\n      edges {\n        node {\n          id\n          unreadCount\n          lastActivityAt\n          lastMessage {\n            id\n            createdAt\n            sender {\n              id\n              displayName\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.DashboardNotificationsMissedDocument,
    "\n  query DashboardNotificationBookings($from: DateTimeISO!, $to: DateTimeISO!, $since: DateTimeISO!) {\n    calendar(scope: OWN, from: $from, to: $to, bookedSince: $since) {\n      appointments {\n        id\n        kind\n        bookedAt\n      }\n    }\n  }\n": typeof types.DashboardNotificationBookingsDocument,
    "\n  query DashboardNotificationAssignments($since: DateTimeISO!) {\n    mailAssignments(since: $since, page: { first: 50 }) {\n      edges {\n        node {\n          id\n          kind\n          requestId\n          counsellorId\n          previousCounsellorId\n          actorId\n          createdAt\n          request {\n            id\n            subject\n          }\n        }\n      }\n    }\n  }\n": typeof types.DashboardNotificationAssignmentsDocument,
    "\n  query DashboardNotificationSubject($id: ID!) {\n    mailRequest(id: $id) {\n      id\n      subject\n      lastMessageAt\n    }\n  }\n": typeof types.DashboardNotificationSubjectDocument,
    "\n  subscription DashboardMyBookings($organisationKey: String!, $counsellorId: ID!) {\n    availabilityChanged(organisationKey: $organisationKey, counsellorId: $counsellorId) {\n      counsellorId\n      reason\n      at\n    }\n  }\n": typeof types.DashboardMyBookingsDocument,
    "\n  query DashboardAvailability($counsellorId: ID!, $from: DateTimeISO!, $to: DateTimeISO!) {\n    bookingTimes(counsellorId: $counsellorId) {\n      counsellorId\n      horizonWeeks\n      windows {\n        id\n        weekday\n        from\n        to\n        service {\n          id\n        }\n      }\n    }\n    counsellorChannels(counsellorId: $counsellorId) {\n      id\n      channel\n      externalUrl\n      address {\n        name\n        street\n        postcode\n        city\n        country\n      }\n    }\n    appointmentServices {\n      id\n      internalName\n      durationMinutes\n      followUpMinutes\n      channel\n    }\n    counsellor(id: $counsellorId) {\n      id\n      displayName\n      onlyRegularClients\n    }\n    calendar(scope: COUNSELLOR, counsellorId: $counsellorId, from: $from, to: $to, includeFreeSlots: true) {\n      freeSlots {\n        serviceId\n        starts\n      }\n    }\n  }\n": typeof types.DashboardAvailabilityDocument,
    "\n  mutation DashboardSetBookingTimes($input: SetBookingTimesInput!) {\n    setBookingTimes(input: $input) {\n      counsellorId\n      horizonWeeks\n    }\n  }\n": typeof types.DashboardSetBookingTimesDocument,
    "\n  mutation DashboardSetCounsellorChannels($input: SetCounsellorChannelsInput!) {\n    setCounsellorChannels(input: $input) {\n      id\n    }\n  }\n": typeof types.DashboardSetCounsellorChannelsDocument,
    "\n  mutation DashboardSetOnlyRegularClients($input: SetOnlyRegularClientsInput!) {\n    setOnlyRegularClients(input: $input) {\n      id\n      onlyRegularClients\n    }\n  }\n": typeof types.DashboardSetOnlyRegularClientsDocument,
    "\n  query DashboardAbsences($counsellorId: ID!, $from: DateTimeISO!, $to: DateTimeISO!) {\n    absences(counsellorId: $counsellorId, from: $from, to: $to) {\n      id\n      start\n      end\n      note\n    }\n  }\n": typeof types.DashboardAbsencesDocument,
    "\n  mutation DashboardCreateAbsence($input: CreateAbsenceInput!) {\n    createAbsence(input: $input) {\n      id\n    }\n  }\n": typeof types.DashboardCreateAbsenceDocument,
    "\n  mutation DashboardDeleteAbsence($input: IdInput!) {\n    deleteAbsence(input: $input)\n  }\n": typeof types.DashboardDeleteAbsenceDocument,
    "\n  mutation DashboardCreateAppointment($input: CreateAppointmentInput!) {\n    createAppointment(input: $input) {\n      __typename\n      ... on Appointment {\n        id\n      }\n      ... on SlotTaken {\n        message\n      }\n    }\n  }\n": typeof types.DashboardCreateAppointmentDocument,
    "\n  mutation DashboardCreateBlocker($input: CreateBlockerInput!) {\n    createBlocker(input: $input) {\n      __typename\n      ... on Appointment {\n        id\n      }\n      ... on SlotTaken {\n        message\n      }\n    }\n  }\n": typeof types.DashboardCreateBlockerDocument,
    "\n  mutation DashboardCreateGroupAppointment($input: CreateGroupAppointmentInput!) {\n    createGroupAppointment(input: $input) {\n      __typename\n      ... on Appointment {\n        id\n      }\n      ... on SlotTaken {\n        message\n      }\n      ... on GroupFull {\n        capacity\n        seatsLeft\n        seatsRequested\n      }\n    }\n  }\n": typeof types.DashboardCreateGroupAppointmentDocument,
    "\n  mutation DashboardAddGroupParticipants($input: GroupParticipantsInput!) {\n    addGroupParticipants(input: $input) {\n      __typename\n      ... on Appointment {\n        id\n        participantCount\n      }\n      ... on GroupFull {\n        capacity\n      }\n    }\n  }\n": typeof types.DashboardAddGroupParticipantsDocument,
    "\n  mutation DashboardCancelAppointment($input: IdInput!) {\n    cancelAppointment(input: $input) {\n      appointmentId\n      status\n    }\n  }\n": typeof types.DashboardCancelAppointmentDocument,
    "\n  mutation DashboardChangeAppointmentClient($input: ChangeAppointmentClientInput!) {\n    changeAppointmentClient(input: $input) {\n      id\n      status\n      client {\n        id\n        pseudonym\n        clientNumber\n      }\n    }\n  }\n": typeof types.DashboardChangeAppointmentClientDocument,
    "\n  mutation DashboardStartVideo($input: AppointmentIdInput!) {\n    startVideo(input: $input) {\n      moderatorUrl\n      guestUrl\n      seminarUrl\n      external\n      expiresAt\n    }\n  }\n": typeof types.DashboardStartVideoDocument,
    "\n  mutation DashboardRemoveGroupParticipant($input: RemoveGroupParticipantInput!) {\n    removeGroupParticipant(input: $input) {\n      id\n      participantCount\n      participants {\n        id\n        pseudonym\n        clientNumber\n      }\n    }\n  }\n": typeof types.DashboardRemoveGroupParticipantDocument,
    "\n  query DashboardCalendarAppointment($id: ID!) {\n    appointment(id: $id) {\n      id\n      participantCount\n      participants {\n        id\n        pseudonym\n        clientNumber\n      }\n    }\n  }\n": typeof types.DashboardCalendarAppointmentDocument,
    "\n  mutation DashboardUpdateGroupAppointment($input: UpdateGroupAppointmentInput!) {\n    updateGroupAppointment(input: $input) {\n      __typename\n      ... on Appointment {\n        id\n        title\n        titles {\n          lang\n          text\n        }\n        maxParticipants\n        bookableByClients\n      }\n      ... on GroupFull {\n        capacity\n      }\n      ... on SlotTaken {\n        message\n      }\n    }\n  }\n": typeof types.DashboardUpdateGroupAppointmentDocument,
    "\n  mutation DashboardAddClientGroupsToAppointment($input: UpdateGroupAppointmentInput!) {\n    updateGroupAppointment(input: $input) {\n      __typename\n      ... on Appointment {\n        id\n        participantCount\n        participants {\n          id\n          pseudonym\n          clientNumber\n        }\n      }\n      ... on GroupFull {\n        capacity\n        seatsLeft\n        seatsRequested\n      }\n      ... on SlotTaken {\n        message\n      }\n    }\n  }\n": typeof types.DashboardAddClientGroupsToAppointmentDocument,
    "\n  query DashboardCalendar(\n    $scope: CalendarScope!\n    $counsellorId: ID\n    $from: DateTimeISO!\n    $to: DateTimeISO!\n    $free: Boolean!\n    $absencesOf: ID!\n    $withAbsences: Boolean!\n  ) {\n    calendar(scope: $scope, counsellorId: $counsellorId, from: $from, to: $to, includeFreeSlots: $free) {\n      appointments {\n        id\n        kind\n        status\n        start\n        end\n        title\n        titles {\n          lang\n          text\n        }\n        remarks\n        channel\n        followUpMinutes\n        maxParticipants\n        participantCount\n        bookableByClients\n        counsellor {\n          id\n          displayName\n        }\n        client {\n          id\n          pseudonym\n          clientNumber\n        }\n        participants {\n          id\n          pseudonym\n          clientNumber\n        }\n        service {\n          id\n          internalName\n        }\n      }\n      freeSlots {\n        counsellorId\n        serviceId\n        durationMinutes\n        starts\n      }\n    }\n    absences(counsellorId: $absencesOf, from: $from, to: $to) @include(if: $withAbsences) {\n      id\n      start\n      end\n      note\n    }\n  }\n": typeof types.DashboardCalendarDocument,
    "\n  query DashboardCalendarSetup {\n    organisation {\n      id\n      publicKey\n    }\n    counsellors(filter: { active: true }, page: { first: 100 }) {\n      edges {\n        node {\n          id\n          displayName\n          firstName\n          lastName\n        }\n      }\n    }\n    appointmentServices {\n      id\n      internalName\n      durationMinutes\n      followUpMinutes\n      channel\n    }\n  }\n": typeof types.DashboardCalendarSetupDocument,
    "\n  subscription DashboardAvailabilityChanged($key: String!) {\n    availabilityChanged(organisationKey: $key) {\n      counsellorId\n      reason\n    }\n  }\n": typeof types.DashboardAvailabilityChangedDocument,
    "\n  query DashboardChatDocuments($streamId: ID!, $page: PageInput) {\n    chatDocuments(streamId: $streamId, page: $page) {\n      totalCount\n      edges {\n        node {\n          id\n          filename\n          contentType\n          size\n          createdAt\n          uploadedBy {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n": typeof types.DashboardChatDocumentsDocument,
    "\n  query DashboardChatDocumentLink($documentId: ID!) {\n    chatDocumentLink(documentId: $documentId) {\n      url\n    }\n  }\n": typeof types.DashboardChatDocumentLinkDocument,
    "\n  mutation DashboardDeleteChatDocument($input: DeleteChatDocumentInput!) {\n    deleteChatDocument(input: $input)\n  }\n": typeof types.DashboardDeleteChatDocumentDocument,
    "\n  query DashboardChatMembers($streamId: ID!) {\n    chatStreamMembers(streamId: $streamId, page: { first: 100 }) {\n      totalCount\n      edges {\n        node {\n          isCreator\n          participant {\n            id\n            kind\n            displayName\n          }\n        }\n      }\n    }\n  }\n": typeof types.DashboardChatMembersDocument,
    "\n  mutation DashboardUpdateGroupChat($input: UpdateGroupChatInput!) {\n    updateGroupChat(input: $input) {\n      id\n      name\n      description\n    }\n  }\n": typeof types.DashboardUpdateGroupChatDocument,
    "\n  mutation DashboardAddGroupChatMembers($input: AddGroupChatMembersInput!) {\n    addGroupChatMembers(input: $input) {\n      id\n      memberCount\n    }\n  }\n": typeof types.DashboardAddGroupChatMembersDocument,
    "\n  mutation DashboardRemoveGroupChatMember($input: RemoveGroupChatMemberInput!) {\n    removeGroupChatMember(input: $input)\n  }\n": typeof types.DashboardRemoveGroupChatMemberDocument,
    "\n  mutation DashboardOpenChatStream($input: OpenChatStreamInput!) {\n    openChatStream(input: $input) {\n      id\n    }\n  }\n": typeof types.DashboardOpenChatStreamDocument,
    "\n  mutation DashboardCreateGroupChat($input: CreateGroupChatInput!) {\n    createGroupChat(input: $input) {\n      id\n    }\n  }\n": typeof types.DashboardCreateGroupChatDocument,
    "\n  query DashboardChatPeople {\n    counsellors(filter: { active: true }, page: { first: 100 }) {\n      edges {\n        node {\n          id\n          displayName\n          firstName\n          lastName\n        }\n      }\n    }\n    mailRequests(page: { first: 100 }) {\n      edges {\n        node {\n          id\n          client {\n            id\n            pseudonym\n            clientNumber\n          }\n        }\n      }\n    }\n  }\n": typeof types.DashboardChatPeopleDocument,
    "\n  query DashboardChatUnread {\n    chatStreams(page: { first: 100 }) {\n      edges {\n        node {\n          id\n          unreadCount\n        }\n      }\n    }\n  }\n": typeof types.DashboardChatUnreadDocument,
    "\n  fragment DashboardChatStream on ChatStream {\n    id\n    kind\n    title\n    name\n    description\n    isMember\n    memberCount\n    lastSeq\n    lastReadSeq\n    othersReadSeq\n    unreadCount\n    lastActivityAt\n    counterpart {\n      id\n      kind\n      displayName\n    }\n    createdBy {\n      id\n    }\n    lastMessage {\n      id\n      kind\n      body\n      createdAt\n      sender {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.DashboardChatStreamFragmentDoc,
    "\n  query DashboardChatStreams($filter: ChatStreamFilter, $page: PageInput) {\n    chatStreams(filter: $filter, page: $page) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          ...DashboardChatStream\n        }\n      }\n    }\n  }\n": typeof types.DashboardChatStreamsDocument,
    "\n  query DashboardChatStream($id: ID!) {\n    chatStream(id: $id) {\n      ...DashboardChatStream\n    }\n  }\n": typeof types.DashboardChatStreamDocument,
    "\n  subscription DashboardChatReadMarkerMoved($streamId: ID!) {\n    chatReadMarkerMoved(streamId: $streamId) {\n      seq\n      participant {\n        id\n      }\n    }\n  }\n": typeof types.DashboardChatReadMarkerMovedDocument,
    "\n  query DashboardChatVideoAllowed($id: ID!) {\n    counsellor(id: $id) {\n      id\n      allowVideoInChat\n      organisation {\n        id\n        video {\n          allowVideoInChat\n        }\n      }\n    }\n  }\n": typeof types.DashboardChatVideoAllowedDocument,
    "\n  mutation DashboardStartVideoChat($input: StartVideoChatInput!) {\n    startVideoChat(input: $input) {\n      ownUrl\n      message {\n        id\n        seq\n      }\n    }\n  }\n": typeof types.DashboardStartVideoChatDocument,
    "\n  query DashboardClientGroupPicker($filter: ClientGroupFilter, $page: PageInput) {\n    clientGroups(filter: $filter, page: $page) {\n      totalCount\n      pageInfo {\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          name\n          memberCount\n        }\n      }\n    }\n  }\n": typeof types.DashboardClientGroupPickerDocument,
    "\n  query DashboardClientGroups($filter: ClientGroupFilter, $page: PageInput) {\n    clientGroups(filter: $filter, page: $page) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          name\n          description\n          memberCount\n        }\n      }\n    }\n  }\n": typeof types.DashboardClientGroupsDocument,
    "\n  query DashboardClientGroup($id: ID!, $page: PageInput) {\n    clientGroup(id: $id) {\n      id\n      name\n      description\n      memberCount\n      mayDelete\n      createdBy {\n        id\n        firstName\n        lastName\n        displayName\n      }\n      members(page: $page) {\n        totalCount\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n        edges {\n          node {\n            id\n            pseudonym\n            clientNumber\n          }\n        }\n      }\n    }\n  }\n": typeof types.DashboardClientGroupDocument,
    "\n  query DashboardClientGroupFindClients($filter: ClientFilter, $page: PageInput) {\n    clients(filter: $filter, page: $page) {\n      edges {\n        node {\n          id\n          pseudonym\n          clientNumber\n        }\n      }\n    }\n  }\n": typeof types.DashboardClientGroupFindClientsDocument,
    "\n  mutation DashboardCreateClientGroup($input: CreateClientGroupInput!) {\n    createClientGroup(input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.DashboardCreateClientGroupDocument,
    "\n  mutation DashboardUpdateClientGroup($input: UpdateClientGroupInput!) {\n    updateClientGroup(input: $input) {\n      id\n      name\n      description\n    }\n  }\n": typeof types.DashboardUpdateClientGroupDocument,
    "\n  mutation DashboardAddClientGroupMembers($input: ClientGroupMembersInput!) {\n    addClientGroupMembers(input: $input) {\n      id\n      memberCount\n    }\n  }\n": typeof types.DashboardAddClientGroupMembersDocument,
    "\n  mutation DashboardRemoveClientGroupMember($input: RemoveClientGroupMemberInput!) {\n    removeClientGroupMember(input: $input) {\n      id\n      memberCount\n    }\n  }\n": typeof types.DashboardRemoveClientGroupMemberDocument,
    "\n  mutation DashboardDeleteClientGroup($input: ClientGroupIdInput!) {\n    deleteClientGroup(input: $input)\n  }\n": typeof types.DashboardDeleteClientGroupDocument,
    "\n  mutation DashboardSetClientPassword($input: SetClientPasswordInput!) {\n    setClientPassword(input: $input)\n  }\n": typeof types.DashboardSetClientPasswordDocument,
    "\n  mutation DashboardInviteClient($input: SendInvitationInput!) {\n    sendInvitation(input: $input) {\n      expiresAt\n    }\n  }\n": typeof types.DashboardInviteClientDocument,
    "\n  query DashboardClientPicker($filter: ClientFilter, $page: PageInput) {\n    clients(filter: $filter, page: $page) {\n      totalCount\n      pageInfo {\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          pseudonym\n          clientNumber\n          status\n        }\n      }\n    }\n  }\n": typeof types.DashboardClientPickerDocument,
    "\n  query DashboardClientPickerOne($id: ID!) {\n    client(id: $id) {\n      id\n      pseudonym\n      clientNumber\n      status\n    }\n  }\n": typeof types.DashboardClientPickerOneDocument,
    "\n  query DashboardClientPurges($page: PageInput) {\n    clientPurges(page: $page) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          clientNumber\n          deletionRequestedAt\n          purgedAt\n          removed {\n            kind\n            count\n          }\n        }\n      }\n    }\n  }\n": typeof types.DashboardClientPurgesDocument,
    "\n  query DashboardClients($filter: ClientFilter, $page: PageInput) {\n    clients(filter: $filter, page: $page) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          pseudonym\n          clientNumber\n          status\n          watched\n          primaryCounsellor {\n            id\n            firstName\n            lastName\n            displayName\n          }\n          topics {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.DashboardClientsDocument,
    "\n  mutation DashboardCreateClient($input: CreateClientInput!) {\n    createClient(input: $input) {\n      id\n      pseudonym\n    }\n  }\n": typeof types.DashboardCreateClientDocument,
    "\n  mutation DashboardWatchClient($input: ClientIdInput!) {\n    watchClient(input: $input) {\n      id\n      watched\n    }\n  }\n": typeof types.DashboardWatchClientDocument,
    "\n  mutation DashboardUnwatchClient($input: ClientIdInput!) {\n    unwatchClient(input: $input) {\n      id\n      watched\n    }\n  }\n": typeof types.DashboardUnwatchClientDocument,
    "\n  query DashboardClient($id: ID!) {\n    client(id: $id) {\n      id\n      pseudonym\n      clientNumber\n      status\n      createdAt\n      watched\n      email\n      phone\n      contactHidden\n      invitationAvailability\n      deletionRequestedAt\n      purgeDueAt\n      primaryCounsellor {\n        id\n      }\n      topics {\n        id\n      }\n      groups {\n        id\n        name\n      }\n      masterData {\n        key\n        value\n      }\n    }\n    organisation {\n      id\n      masterDataFields {\n        key\n        label\n        type\n        options\n      }\n    }\n  }\n": typeof types.DashboardClientDocument,
    "\n  mutation DashboardUpdateClient($input: UpdateClientInput!) {\n    updateClient(input: $input) {\n      id\n    }\n  }\n": typeof types.DashboardUpdateClientDocument,
    "\n  mutation DashboardAssignPrimaryCounsellor($input: AssignPrimaryCounsellorInput!) {\n    assignPrimaryCounsellor(input: $input) {\n      id\n    }\n  }\n": typeof types.DashboardAssignPrimaryCounsellorDocument,
    "\n  mutation DashboardBlockClient($input: ClientIdInput!) {\n    blockClient(input: $input) {\n      id\n    }\n  }\n": typeof types.DashboardBlockClientDocument,
    "\n  mutation DashboardUnblockClient($input: ClientIdInput!) {\n    unblockClient(input: $input) {\n      id\n    }\n  }\n": typeof types.DashboardUnblockClientDocument,
    "\n  mutation DashboardDeleteClient($input: ClientIdInput!) {\n    deleteClient(input: $input) {\n      id\n    }\n  }\n": typeof types.DashboardDeleteClientDocument,
    "\n  mutation DashboardRestoreClient($input: ClientIdInput!) {\n    restoreClient(input: $input) {\n      id\n    }\n  }\n": typeof types.DashboardRestoreClientDocument,
    "\n  query DashboardClientNotes($clientId: ID!, $page: PageInput) {\n    clientNotes(clientId: $clientId, page: $page) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          body\n          createdAt\n          editedAt\n          mayEdit\n          mayDelete\n          author {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n": typeof types.DashboardClientNotesDocument,
    "\n  mutation DashboardAddClientNote($input: AddClientNoteInput!) {\n    addClientNote(input: $input) {\n      id\n    }\n  }\n": typeof types.DashboardAddClientNoteDocument,
    "\n  mutation DashboardUpdateClientNote($input: UpdateClientNoteInput!) {\n    updateClientNote(input: $input) {\n      id\n    }\n  }\n": typeof types.DashboardUpdateClientNoteDocument,
    "\n  mutation DashboardDeleteClientNote($input: ClientRecordIdInput!) {\n    deleteClientNote(input: $input)\n  }\n": typeof types.DashboardDeleteClientNoteDocument,
    "\n  query DashboardClientDocuments($clientId: ID!, $page: PageInput) {\n    clientDocuments(clientId: $clientId, page: $page) {\n      totalCount\n      edges {\n        node {\n          id\n          filename\n          contentType\n          size\n          createdAt\n          mayDelete\n          uploadedBy {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n": typeof types.DashboardClientDocumentsDocument,
    "\n  query DashboardClientDocumentLink($documentId: ID!) {\n    clientDocumentLink(documentId: $documentId) {\n      url\n    }\n  }\n": typeof types.DashboardClientDocumentLinkDocument,
    "\n  query DashboardClientDataExportLink($clientId: ID!, $includeStaffRecords: Boolean) {\n    clientDataExportLink(clientId: $clientId, includeStaffRecords: $includeStaffRecords) {\n      url\n    }\n  }\n": typeof types.DashboardClientDataExportLinkDocument,
    "\n  mutation DashboardDeleteClientDocument($input: ClientRecordIdInput!) {\n    deleteClientDocument(input: $input)\n  }\n": typeof types.DashboardDeleteClientDocumentDocument,
    "\n  query DashboardDirectMessages($clientId: ID!) {\n    directMessageDelivery(clientId: $clientId)\n    directMessages(filter: { clientId: $clientId }, page: { first: 50 }) {\n      totalCount\n      edges {\n        node {\n          id\n          subject\n          body\n          delivery\n          createdAt\n          readAt\n          mailStatus\n          sender {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n": typeof types.DashboardDirectMessagesDocument,
    "\n  mutation DashboardSendDirectMessage($input: SendDirectMessageInput!) {\n    sendDirectMessage(input: $input) {\n      id\n      delivery\n    }\n  }\n": typeof types.DashboardSendDirectMessageDocument,
    "\n  query DashboardHome($from: DateTimeISO!, $to: DateTimeISO!) {\n    calendar(scope: OWN, from: $from, to: $to) {\n      appointments {\n        id\n        kind\n        status\n        start\n        end\n        title\n        channel\n        participantCount\n        client {\n          id\n          pseudonym\n        }\n        service {\n          id\n          internalName\n        }\n      }\n    }\n    mine: mailRequests(filter: { assignedToMe: true, status: [NEW, ASSIGNED, OPEN] }, page: { first: 100 }) {\n      totalCount\n      edges {\n        node {\n          id\n          subject\n          status\n          dueAt\n          overdue\n          waitingSince\n          client {\n            id\n            pseudonym\n            clientNumber\n          }\n        }\n      }\n    }\n    pool: mailRequests(filter: { status: [NEW, OPEN] }, page: { first: 1 }) {\n      totalCount\n    }\n    chatStreams(page: { first: 50 }) {\n      edges {\n        node {\n          id\n          title\n          kind\n          unreadCount\n          lastActivityAt\n        }\n      }\n    }\n  }\n": typeof types.DashboardHomeDocument,
    "\n  mutation DashboardSetMailAvailability($input: SetMailAvailabilityInput!) {\n    setMailAvailability(input: $input) {\n      id\n      mailAvailability\n      mailCapacity\n    }\n  }\n": typeof types.DashboardSetMailAvailabilityDocument,
    "\n  mutation DashboardRequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n": typeof types.DashboardRequestPasswordResetDocument,
    "\n  query DashboardMailRequests($filter: MailRequestFilter, $page: PageInput, $sort: MailRequestSort) {\n    mailRequests(filter: $filter, page: $page, sort: $sort) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          subject\n          status\n          createdAt\n          lastMessageAt\n          dueAt\n          overdue\n          client {\n            id\n            pseudonym\n            clientNumber\n          }\n          counsellor {\n            id\n            displayName\n          }\n          topic {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.DashboardMailRequestsDocument,
    "\n  query DashboardMailRequest($id: ID!) {\n    mailRequest(id: $id) {\n      id\n      subject\n      status\n      createdAt\n      dueAt\n      overdue\n      waitingSince\n      canTakeOver\n      closedAt\n      client {\n        id\n        pseudonym\n        clientNumber\n      }\n      counsellor {\n        id\n        displayName\n      }\n      releasedBy {\n        id\n        displayName\n      }\n      topic {\n        id\n        name\n      }\n      requestData {\n        key\n        value\n      }\n      draft {\n        id\n        body\n        savedAt\n        author {\n          id\n          displayName\n        }\n      }\n      messages {\n        id\n        seq\n        authorKind\n        body\n        createdAt\n        counsellor {\n          id\n          displayName\n        }\n      }\n      previousRequests {\n        id\n        subject\n        status\n        createdAt\n      }\n    }\n  }\n": typeof types.DashboardMailRequestDocument,
    "\n  mutation DashboardSaveMailDraft($input: SaveMailDraftInput!) {\n    saveMailDraft(input: $input) {\n      id\n      savedAt\n    }\n  }\n": typeof types.DashboardSaveMailDraftDocument,
    "\n  mutation DashboardAnswerMailRequest($input: AnswerMailRequestInput!) {\n    answerMailRequest(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.DashboardAnswerMailRequestDocument,
    "\n  mutation DashboardReleaseMailRequest($input: ReleaseMailRequestInput!) {\n    releaseMailRequest(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.DashboardReleaseMailRequestDocument,
    "\n  mutation DashboardTakeOverMailRequest($input: TakeOverMailRequestInput!) {\n    takeOverMailRequest(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.DashboardTakeOverMailRequestDocument,
    "\n  mutation DashboardCloseMailRequest($input: CloseMailRequestInput!) {\n    closeMailRequest(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.DashboardCloseMailRequestDocument,
    "\n  mutation DashboardAssignMailRequest($input: AssignMailRequestInput!) {\n    assignMailRequest(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.DashboardAssignMailRequestDocument,
    "\n  mutation DashboardCopyRequestData($input: CopyRequestDataToClientInput!) {\n    copyRequestDataToClient(input: $input) {\n      client {\n        id\n      }\n    }\n  }\n": typeof types.DashboardCopyRequestDataDocument,
    "\n  query DashboardCounsellorName($id: ID!) {\n    counsellor(id: $id) {\n      id\n      displayName\n    }\n  }\n": typeof types.DashboardCounsellorNameDocument,
    "\n  fragment DashboardMonitoring on Monitoring {\n    id\n    date\n    durationMinutes\n    subject\n    channel\n    notes\n    createdAt\n    counsellor {\n      id\n      displayName\n    }\n    client {\n      id\n      pseudonym\n    }\n    topics {\n      id\n      name\n    }\n    source {\n      kind\n      id\n    }\n    requestData {\n      key\n      value\n    }\n  }\n": typeof types.DashboardMonitoringFragmentDoc,
    "\n  query DashboardMonitorings($filter: MonitoringFilter, $first: Int, $after: String) {\n    monitorings(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          ...DashboardMonitoring\n        }\n      }\n    }\n  }\n": typeof types.DashboardMonitoringsDocument,
    "\n  query DashboardMonitoringPrefill($source: MonitoringSourceInput!) {\n    monitoringPrefill(source: $source) {\n      source {\n        kind\n        id\n      }\n      client {\n        id\n        pseudonym\n      }\n      date\n      durationMinutes\n      subject\n      channel\n      topics {\n        id\n        name\n      }\n      requestData {\n        key\n        value\n      }\n    }\n  }\n": typeof types.DashboardMonitoringPrefillDocument,
    "\n  mutation DashboardCreateMonitoring($input: CreateMonitoringInput!) {\n    createMonitoring(input: $input) {\n      ...DashboardMonitoring\n    }\n  }\n": typeof types.DashboardCreateMonitoringDocument,
    "\n  mutation DashboardCreateMonitoringFromSource($input: CreateMonitoringFromSourceInput!) {\n    createMonitoringFromSource(input: $input) {\n      ...DashboardMonitoring\n    }\n  }\n": typeof types.DashboardCreateMonitoringFromSourceDocument,
    "\n  mutation DashboardUpdateMonitoring($input: UpdateMonitoringInput!) {\n    updateMonitoring(input: $input) {\n      ...DashboardMonitoring\n    }\n  }\n": typeof types.DashboardUpdateMonitoringDocument,
    "\n  mutation DashboardDeleteMonitoring($input: DeleteMonitoringInput!) {\n    deleteMonitoring(input: $input)\n  }\n": typeof types.DashboardDeleteMonitoringDocument,
    "\n  fragment DashboardOrganisationSettings on Organisation {\n    id\n    name\n    publicKey\n    licenceVolume\n    contact {\n      contactPerson\n      email\n      phone\n      website\n      address {\n        name\n        street\n        postcode\n        city\n        country\n      }\n    }\n    billingAddress {\n      name\n      street\n      postcode\n      city\n      country\n    }\n    timezone\n    locale\n    contentLanguages\n    holidayRegion\n    closingDays {\n      date\n      note\n    }\n    mailOverdueHours\n    opennessLevel\n    autoPrimaryCounsellor\n    fallbackCounsellor {\n      id\n    }\n    retentionDays\n    accessLogRetentionDays\n    requireTwoFactor\n    quickExit {\n      enabled\n      url\n    }\n    topics {\n      id\n      name\n      names {\n        lang\n        text\n      }\n      category\n    }\n    masterDataFields {\n      key\n      label\n      labels {\n        lang\n        text\n      }\n      type\n      options\n      optionLabels {\n        lang\n        texts\n      }\n      askInMailForm\n    }\n    video {\n      provider\n      allowVideoInChat\n    }\n    allowedOrigins\n  }\n": typeof types.DashboardOrganisationSettingsFragmentDoc,
    "\n  query DashboardOrganisation {\n    organisation {\n      ...DashboardOrganisationSettings\n    }\n    counsellors(filter: { active: true }, page: { first: 100 }) {\n      edges {\n        node {\n          id\n          firstName\n          lastName\n        }\n      }\n    }\n  }\n": typeof types.DashboardOrganisationDocument,
    "\n  mutation DashboardUpdateOrganisation($input: UpdateOrganisationInput!) {\n    updateOrganisation(input: $input) {\n      ...DashboardOrganisationSettings\n    }\n  }\n": typeof types.DashboardUpdateOrganisationDocument,
    "\n  mutation DashboardCreateTopic($input: CreateTopicInput!) {\n    createTopic(input: $input) {\n      id\n    }\n  }\n": typeof types.DashboardCreateTopicDocument,
    "\n  mutation DashboardUpdateTopic($input: UpdateTopicInput!) {\n    updateTopic(input: $input) {\n      id\n    }\n  }\n": typeof types.DashboardUpdateTopicDocument,
    "\n  mutation DashboardDeleteTopic($input: DeleteTopicInput!) {\n    deleteTopic(input: $input)\n  }\n": typeof types.DashboardDeleteTopicDocument,
    "\n  fragment DashboardAppointmentService on AppointmentService {\n    id\n    active\n    internalName\n    publicName\n    publicNames {\n      lang\n      text\n    }\n    publicDescription\n    publicDescriptions {\n      lang\n      text\n    }\n    durationMinutes\n    followUpMinutes\n    minimumNoticeMinutes\n    channel\n    topic {\n      id\n      name\n    }\n  }\n": typeof types.DashboardAppointmentServiceFragmentDoc,
    "\n  fragment DashboardAppointmentSettings on AppointmentSettings {\n    id\n    holdMinutes\n    minimumNoticeMinutes\n  }\n": typeof types.DashboardAppointmentSettingsFragmentDoc,
    "\n  query DashboardAppointmentServices {\n    appointmentServices(includeArchived: true) {\n      ...DashboardAppointmentService\n    }\n    appointmentSettings {\n      ...DashboardAppointmentSettings\n    }\n  }\n": typeof types.DashboardAppointmentServicesDocument,
    "\n  mutation DashboardCreateAppointmentService($input: CreateAppointmentServiceInput!) {\n    createAppointmentService(input: $input) {\n      ...DashboardAppointmentService\n    }\n  }\n": typeof types.DashboardCreateAppointmentServiceDocument,
    "\n  mutation DashboardUpdateAppointmentService($input: UpdateAppointmentServiceInput!) {\n    updateAppointmentService(input: $input) {\n      ...DashboardAppointmentService\n    }\n  }\n": typeof types.DashboardUpdateAppointmentServiceDocument,
    "\n  mutation DashboardUpdateAppointmentSettings($input: UpdateAppointmentSettingsInput!) {\n    updateAppointmentSettings(input: $input) {\n      ...DashboardAppointmentSettings\n    }\n  }\n": typeof types.DashboardUpdateAppointmentSettingsDocument,
    "\n  fragment DashboardWebhookEndpoint on WebhookEndpoint {\n    id\n    url\n    description\n    events\n    active\n    createdAt\n  }\n": typeof types.DashboardWebhookEndpointFragmentDoc,
    "\n  query DashboardWebhookEndpoints {\n    webhookEndpoints {\n      ...DashboardWebhookEndpoint\n    }\n  }\n": typeof types.DashboardWebhookEndpointsDocument,
    "\n  query DashboardWebhookAttempts($endpointId: ID!, $page: PageInput) {\n    webhookAttempts(endpointId: $endpointId, page: $page) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          eventId\n          eventType\n          attempt\n          createdAt\n          statusCode\n          durationMs\n          error\n          responseSnippet\n          nextRetryAt\n          deliveryStatus\n        }\n      }\n    }\n  }\n": typeof types.DashboardWebhookAttemptsDocument,
    "\n  mutation DashboardCreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {\n    createWebhookEndpoint(input: $input) {\n      secret\n      endpoint {\n        ...DashboardWebhookEndpoint\n      }\n    }\n  }\n": typeof types.DashboardCreateWebhookEndpointDocument,
    "\n  mutation DashboardUpdateWebhookEndpoint($input: UpdateWebhookEndpointInput!) {\n    updateWebhookEndpoint(input: $input) {\n      ...DashboardWebhookEndpoint\n    }\n  }\n": typeof types.DashboardUpdateWebhookEndpointDocument,
    "\n  mutation DashboardRotateWebhookSecret($input: WebhookEndpointIdInput!) {\n    rotateWebhookSecret(input: $input) {\n      secret\n      endpoint {\n        ...DashboardWebhookEndpoint\n      }\n    }\n  }\n": typeof types.DashboardRotateWebhookSecretDocument,
    "\n  mutation DashboardDeleteWebhookEndpoint($input: WebhookEndpointIdInput!) {\n    deleteWebhookEndpoint(input: $input)\n  }\n": typeof types.DashboardDeleteWebhookEndpointDocument,
    "\n  mutation DashboardSendWebhookTestEvent($input: WebhookEndpointIdInput!) {\n    sendWebhookTestEvent(input: $input)\n  }\n": typeof types.DashboardSendWebhookTestEventDocument,
    "\n  mutation DashboardChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n    }\n  }\n": typeof types.DashboardChangePasswordDocument,
    "\n  query DashboardTwoFactorStatus {\n    me {\n      id\n      twoFactor {\n        enabled\n        enabledAt\n        recoveryCodesLeft\n        required\n      }\n    }\n  }\n": typeof types.DashboardTwoFactorStatusDocument,
    "\n  mutation DashboardStartTwoFactorSetup($input: StartTwoFactorSetupInput!) {\n    startTwoFactorSetup(input: $input) {\n      secret\n      qrCodeDataUrl\n    }\n  }\n": typeof types.DashboardStartTwoFactorSetupDocument,
    "\n  mutation DashboardConfirmTwoFactorSetup($input: ConfirmTwoFactorSetupInput!) {\n    confirmTwoFactorSetup(input: $input) {\n      codes\n    }\n  }\n": typeof types.DashboardConfirmTwoFactorSetupDocument,
    "\n  mutation DashboardRegenerateRecoveryCodes($input: RegenerateRecoveryCodesInput!) {\n    regenerateRecoveryCodes(input: $input) {\n      codes\n    }\n  }\n": typeof types.DashboardRegenerateRecoveryCodesDocument,
    "\n  mutation DashboardDisableTwoFactor($input: DisableTwoFactorInput!) {\n    disableTwoFactor(input: $input)\n  }\n": typeof types.DashboardDisableTwoFactorDocument,
    "\n  query DashboardMyProfile {\n    me {\n      id\n      counsellor {\n        id\n        salutation\n        firstName\n        lastName\n        email\n        phone\n        postcode\n        newsletter\n        displayName\n        avatarUrl\n        languages\n        descriptions {\n          lang\n          text\n        }\n        mailAvailability\n        mailCapacity\n        allowVideoInChat\n      }\n    }\n  }\n": typeof types.DashboardMyProfileDocument,
    "\n  mutation DashboardUpdateMyProfile($input: UpdateMyProfileInput!) {\n    updateMyProfile(input: $input) {\n      id\n    }\n  }\n": typeof types.DashboardUpdateMyProfileDocument,
    "\n  mutation DashboardDeleteMyAvatar {\n    deleteMyAvatar {\n      id\n      avatarUrl\n    }\n  }\n": typeof types.DashboardDeleteMyAvatarDocument,
    "\n  mutation DashboardProfileMailAvailability($input: SetMailAvailabilityInput!) {\n    setMailAvailability(input: $input) {\n      id\n      mailAvailability\n      mailCapacity\n    }\n  }\n": typeof types.DashboardProfileMailAvailabilityDocument,
    "\n  mutation DashboardUpdateChatSettings($input: UpdateChatSettingsInput!) {\n    updateChatSettings(input: $input) {\n      id\n      allowVideoInChat\n    }\n  }\n": typeof types.DashboardUpdateChatSettingsDocument,
    "\n  query DashboardActiveCounsellors {\n    counsellors(filter: { active: true }, page: { first: 100 }) {\n      edges {\n        node {\n          id\n          displayName\n          firstName\n          lastName\n        }\n      }\n    }\n  }\n": typeof types.DashboardActiveCounsellorsDocument,
    "\n  mutation DashboardLogin($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n      me {\n        kind\n      }\n      secondFactor {\n        challenge\n      }\n    }\n  }\n": typeof types.DashboardLoginDocument,
    "\n  mutation DashboardCompleteTwoFactorLogin($input: CompleteTwoFactorLoginInput!) {\n    completeTwoFactorLogin(input: $input) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n      me {\n        kind\n      }\n    }\n  }\n": typeof types.DashboardCompleteTwoFactorLoginDocument,
    "\n  query DashboardMe {\n    me {\n      id\n      twoFactorSetupRequired\n      counsellor {\n        id\n        displayName\n        firstName\n        lastName\n        loginName\n        role\n        dataProtection\n        presenceStatus\n        mailAvailability\n        mailCapacity\n        organisation {\n          id\n          name\n          publicKey\n          timezone\n          contentLanguages\n          opennessLevel\n          masterDataFields {\n            key\n            label\n          }\n          topics {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.DashboardMeDocument,
    "\n  query DashboardLicenceRequests {\n    licenceRequests(page: { first: 10 }) {\n      edges {\n        node {\n          id\n          createdAt\n          currentVolume\n          requestedVolume\n          contactPerson\n        }\n      }\n    }\n    organisation {\n      id\n      contact {\n        contactPerson\n        email\n      }\n    }\n  }\n": typeof types.DashboardLicenceRequestsDocument,
    "\n  mutation DashboardRequestLicenceIncrease($input: RequestLicenceIncreaseInput!) {\n    requestLicenceIncrease(input: $input) {\n      id\n      requestedVolume\n    }\n  }\n": typeof types.DashboardRequestLicenceIncreaseDocument,
    "\n  query DashboardStaff {\n    counsellors(page: { first: 100 }) {\n      totalCount\n      edges {\n        node {\n          id\n          firstName\n          lastName\n          displayName\n          loginName\n          email\n          role\n          active\n          twoFactorEnabled\n          dataProtection\n        }\n      }\n    }\n    activeStaff: counsellors(filter: { active: true }, page: { first: 1 }) {\n      totalCount\n    }\n    organisation {\n      id\n      licenceVolume\n    }\n  }\n": typeof types.DashboardStaffDocument,
    "\n  mutation DashboardCreateCounsellor($input: CreateCounsellorInput!) {\n    createCounsellor(input: $input) {\n      id\n      firstName\n      lastName\n      email\n    }\n  }\n": typeof types.DashboardCreateCounsellorDocument,
    "\n  mutation DashboardSendInvitation($input: SendInvitationInput!) {\n    sendInvitation(input: $input) {\n      expiresAt\n    }\n  }\n": typeof types.DashboardSendInvitationDocument,
    "\n  mutation DashboardResetTwoFactor($input: ResetTwoFactorInput!) {\n    resetTwoFactor(input: $input) {\n      id\n      twoFactorEnabled\n    }\n  }\n": typeof types.DashboardResetTwoFactorDocument,
    "\n  mutation DashboardChangeCounsellorRole($input: ChangeCounsellorRoleInput!) {\n    changeCounsellorRole(input: $input) {\n      id\n      role\n    }\n  }\n": typeof types.DashboardChangeCounsellorRoleDocument,
    "\n  mutation DashboardSetCounsellorActive($input: SetCounsellorActiveInput!) {\n    setCounsellorActive(input: $input) {\n      id\n      active\n    }\n  }\n": typeof types.DashboardSetCounsellorActiveDocument,
    "\n  mutation DashboardSetCounsellorDataProtection($input: SetCounsellorDataProtectionInput!) {\n    setCounsellorDataProtection(input: $input) {\n      id\n      dataProtection\n    }\n  }\n": typeof types.DashboardSetCounsellorDataProtectionDocument,
    "\n  mutation DashboardDeleteCounsellor($input: DeleteCounsellorInput!) {\n    deleteCounsellor(input: $input)\n  }\n": typeof types.DashboardDeleteCounsellorDocument,
    "\n  query DashboardStatistics($period: StatisticsPeriodInput, $counsellorId: ID, $language: String) {\n    monitoringStatistics(period: $period, counsellorId: $counsellorId, language: $language) {\n      period {\n        from\n        to\n      }\n      counsellorId\n      language\n      figures {\n        key\n        label\n        value\n        unit\n        definition\n      }\n      tables {\n        grouping\n        title\n        definition\n        rows {\n          key\n          label\n          count\n          minutes\n        }\n      }\n    }\n  }\n": typeof types.DashboardStatisticsDocument,
    "\n  query DashboardTextTemplates($scope: TextTemplateScope) {\n    textTemplates(scope: $scope) {\n      id\n      scope\n      title\n      body\n      mayEdit\n    }\n  }\n": typeof types.DashboardTextTemplatesDocument,
    "\n  mutation DashboardCreateTextTemplate($input: CreateTextTemplateInput!) {\n    createTextTemplate(input: $input) {\n      id\n    }\n  }\n": typeof types.DashboardCreateTextTemplateDocument,
    "\n  mutation DashboardUpdateTextTemplate($input: UpdateTextTemplateInput!) {\n    updateTextTemplate(input: $input) {\n      id\n    }\n  }\n": typeof types.DashboardUpdateTextTemplateDocument,
    "\n  mutation DashboardDeleteTextTemplate($input: TextTemplateIdInput!) {\n    deleteTextTemplate(input: $input)\n  }\n": typeof types.DashboardDeleteTextTemplateDocument,
};
const documents: Documents = {
    "\n  query DashboardAccessLog($filter: AccessLogFilter, $page: PageInput) {\n    accessLog(filter: $filter, page: $page) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          at\n          action\n          recordKind\n          recordId\n          clientId\n          clientNumber\n          clientPseudonym\n          staffId\n          staffName\n        }\n      }\n    }\n  }\n": types.DashboardAccessLogDocument,
    "\n  query DashboardAccessLogClients($search: String) {\n    clients(filter: { search: $search }, page: { first: 20 }) {\n      edges {\n        node {\n          id\n          pseudonym\n          clientNumber\n        }\n      }\n    }\n  }\n": types.DashboardAccessLogClientsDocument,
    "\n  query DashboardAccessLogStaff {\n    counsellors(page: { first: 100 }) {\n      edges {\n        node {\n          id\n          firstName\n          lastName\n          displayName\n        }\n      }\n    }\n  }\n": types.DashboardAccessLogStaffDocument,
    "\n  query DashboardPaletteRequests($search: String!) {\n    mailRequests(filter: { search: $search }, page: { first: 5 }) {\n      edges {\n        node {\n          id\n          subject\n          status\n          client {\n            id\n            pseudonym\n          }\n        }\n      }\n    }\n  }\n": types.DashboardPaletteRequestsDocument,
    "\n  subscription DashboardInboxUpdated {\n    chatInboxUpdated {\n      streamId\n      unreadCount\n      lastMessage {\n        id\n        sender {\n          id\n          displayName\n        }\n      }\n    }\n  }\n": types.DashboardInboxUpdatedDocument,
    "\n  subscription DashboardMailRequestChanged {\n    mailRequestChanged {\n      requestId\n      kind\n      status\n      counsellorId\n      previousCounsellorId\n      actorId\n      at\n    }\n  }\n": types.DashboardMailRequestChangedDocument,
    "\n  mutation DashboardSetPresence($input: SetPresenceStatusInput!) {\n    setPresenceStatus(input: $input) {\n      counsellorId\n      state\n    }\n  }\n": types.DashboardSetPresenceDocument,
    "\n  query DashboardNotificationsMissed {\n    newest: mailRequests(sort: NEWEST, filter: { status: [NEW, ASSIGNED] }, page: { first: 50 }) {\n      edges {\n        node {\n          id\n          subject\n          createdAt\n          counsellor {\n            id\n          }\n        }\n      }\n    }\n    waiting: mailRequests(sort: NEWEST, filter: { assignedToMe: true, status: [ASSIGNED] }, page: { first: 100 }) {\n      edges {\n        node {\n          id\n          subject\n          createdAt\n          lastMessageAt\n          waitingSince\n        }\n      }\n    }\n    chatStreams(page: { first: 50 }) {\n      edges {\n        node {\n          id\n          unreadCount\n          lastActivityAt\n          lastMessage {\n            id\n            createdAt\n            sender {\n              id\n              displayName\n            }\n          }\n        }\n      }\n    }\n  }\n": types.DashboardNotificationsMissedDocument,
    "\n  query DashboardNotificationBookings($from: DateTimeISO!, $to: DateTimeISO!, $since: DateTimeISO!) {\n    calendar(scope: OWN, from: $from, to: $to, bookedSince: $since) {\n      appointments {\n        id\n        kind\n        bookedAt\n      }\n    }\n  }\n": types.DashboardNotificationBookingsDocument,
    "\n  query DashboardNotificationAssignments($since: DateTimeISO!) {\n    mailAssignments(since: $since, page: { first: 50 }) {\n      edges {\n        node {\n          id\n          kind\n          requestId\n          counsellorId\n          previousCounsellorId\n          actorId\n          createdAt\n          request {\n            id\n            subject\n          }\n        }\n      }\n    }\n  }\n": types.DashboardNotificationAssignmentsDocument,
    "\n  query DashboardNotificationSubject($id: ID!) {\n    mailRequest(id: $id) {\n      id\n      subject\n      lastMessageAt\n    }\n  }\n": types.DashboardNotificationSubjectDocument,
    "\n  subscription DashboardMyBookings($organisationKey: String!, $counsellorId: ID!) {\n    availabilityChanged(organisationKey: $organisationKey, counsellorId: $counsellorId) {\n      counsellorId\n      reason\n      at\n    }\n  }\n": types.DashboardMyBookingsDocument,
    "\n  query DashboardAvailability($counsellorId: ID!, $from: DateTimeISO!, $to: DateTimeISO!) {\n    bookingTimes(counsellorId: $counsellorId) {\n      counsellorId\n      horizonWeeks\n      windows {\n        id\n        weekday\n        from\n        to\n        service {\n          id\n        }\n      }\n    }\n    counsellorChannels(counsellorId: $counsellorId) {\n      id\n      channel\n      externalUrl\n      address {\n        name\n        street\n        postcode\n        city\n        country\n      }\n    }\n    appointmentServices {\n      id\n      internalName\n      durationMinutes\n      followUpMinutes\n      channel\n    }\n    counsellor(id: $counsellorId) {\n      id\n      displayName\n      onlyRegularClients\n    }\n    calendar(scope: COUNSELLOR, counsellorId: $counsellorId, from: $from, to: $to, includeFreeSlots: true) {\n      freeSlots {\n        serviceId\n        starts\n      }\n    }\n  }\n": types.DashboardAvailabilityDocument,
    "\n  mutation DashboardSetBookingTimes($input: SetBookingTimesInput!) {\n    setBookingTimes(input: $input) {\n      counsellorId\n      horizonWeeks\n    }\n  }\n": types.DashboardSetBookingTimesDocument,
    "\n  mutation DashboardSetCounsellorChannels($input: SetCounsellorChannelsInput!) {\n    setCounsellorChannels(input: $input) {\n      id\n    }\n  }\n": types.DashboardSetCounsellorChannelsDocument,
    "\n  mutation DashboardSetOnlyRegularClients($input: SetOnlyRegularClientsInput!) {\n    setOnlyRegularClients(input: $input) {\n      id\n      onlyRegularClients\n    }\n  }\n": types.DashboardSetOnlyRegularClientsDocument,
    "\n  query DashboardAbsences($counsellorId: ID!, $from: DateTimeISO!, $to: DateTimeISO!) {\n    absences(counsellorId: $counsellorId, from: $from, to: $to) {\n      id\n      start\n      end\n      note\n    }\n  }\n": types.DashboardAbsencesDocument,
    "\n  mutation DashboardCreateAbsence($input: CreateAbsenceInput!) {\n    createAbsence(input: $input) {\n      id\n    }\n  }\n": types.DashboardCreateAbsenceDocument,
    "\n  mutation DashboardDeleteAbsence($input: IdInput!) {\n    deleteAbsence(input: $input)\n  }\n": types.DashboardDeleteAbsenceDocument,
    "\n  mutation DashboardCreateAppointment($input: CreateAppointmentInput!) {\n    createAppointment(input: $input) {\n      __typename\n      ... on Appointment {\n        id\n      }\n      ... on SlotTaken {\n        message\n      }\n    }\n  }\n": types.DashboardCreateAppointmentDocument,
    "\n  mutation DashboardCreateBlocker($input: CreateBlockerInput!) {\n    createBlocker(input: $input) {\n      __typename\n      ... on Appointment {\n        id\n      }\n      ... on SlotTaken {\n        message\n      }\n    }\n  }\n": types.DashboardCreateBlockerDocument,
    "\n  mutation DashboardCreateGroupAppointment($input: CreateGroupAppointmentInput!) {\n    createGroupAppointment(input: $input) {\n      __typename\n      ... on Appointment {\n        id\n      }\n      ... on SlotTaken {\n        message\n      }\n      ... on GroupFull {\n        capacity\n        seatsLeft\n        seatsRequested\n      }\n    }\n  }\n": types.DashboardCreateGroupAppointmentDocument,
    "\n  mutation DashboardAddGroupParticipants($input: GroupParticipantsInput!) {\n    addGroupParticipants(input: $input) {\n      __typename\n      ... on Appointment {\n        id\n        participantCount\n      }\n      ... on GroupFull {\n        capacity\n      }\n    }\n  }\n": types.DashboardAddGroupParticipantsDocument,
    "\n  mutation DashboardCancelAppointment($input: IdInput!) {\n    cancelAppointment(input: $input) {\n      appointmentId\n      status\n    }\n  }\n": types.DashboardCancelAppointmentDocument,
    "\n  mutation DashboardChangeAppointmentClient($input: ChangeAppointmentClientInput!) {\n    changeAppointmentClient(input: $input) {\n      id\n      status\n      client {\n        id\n        pseudonym\n        clientNumber\n      }\n    }\n  }\n": types.DashboardChangeAppointmentClientDocument,
    "\n  mutation DashboardStartVideo($input: AppointmentIdInput!) {\n    startVideo(input: $input) {\n      moderatorUrl\n      guestUrl\n      seminarUrl\n      external\n      expiresAt\n    }\n  }\n": types.DashboardStartVideoDocument,
    "\n  mutation DashboardRemoveGroupParticipant($input: RemoveGroupParticipantInput!) {\n    removeGroupParticipant(input: $input) {\n      id\n      participantCount\n      participants {\n        id\n        pseudonym\n        clientNumber\n      }\n    }\n  }\n": types.DashboardRemoveGroupParticipantDocument,
    "\n  query DashboardCalendarAppointment($id: ID!) {\n    appointment(id: $id) {\n      id\n      participantCount\n      participants {\n        id\n        pseudonym\n        clientNumber\n      }\n    }\n  }\n": types.DashboardCalendarAppointmentDocument,
    "\n  mutation DashboardUpdateGroupAppointment($input: UpdateGroupAppointmentInput!) {\n    updateGroupAppointment(input: $input) {\n      __typename\n      ... on Appointment {\n        id\n        title\n        titles {\n          lang\n          text\n        }\n        maxParticipants\n        bookableByClients\n      }\n      ... on GroupFull {\n        capacity\n      }\n      ... on SlotTaken {\n        message\n      }\n    }\n  }\n": types.DashboardUpdateGroupAppointmentDocument,
    "\n  mutation DashboardAddClientGroupsToAppointment($input: UpdateGroupAppointmentInput!) {\n    updateGroupAppointment(input: $input) {\n      __typename\n      ... on Appointment {\n        id\n        participantCount\n        participants {\n          id\n          pseudonym\n          clientNumber\n        }\n      }\n      ... on GroupFull {\n        capacity\n        seatsLeft\n        seatsRequested\n      }\n      ... on SlotTaken {\n        message\n      }\n    }\n  }\n": types.DashboardAddClientGroupsToAppointmentDocument,
    "\n  query DashboardCalendar(\n    $scope: CalendarScope!\n    $counsellorId: ID\n    $from: DateTimeISO!\n    $to: DateTimeISO!\n    $free: Boolean!\n    $absencesOf: ID!\n    $withAbsences: Boolean!\n  ) {\n    calendar(scope: $scope, counsellorId: $counsellorId, from: $from, to: $to, includeFreeSlots: $free) {\n      appointments {\n        id\n        kind\n        status\n        start\n        end\n        title\n        titles {\n          lang\n          text\n        }\n        remarks\n        channel\n        followUpMinutes\n        maxParticipants\n        participantCount\n        bookableByClients\n        counsellor {\n          id\n          displayName\n        }\n        client {\n          id\n          pseudonym\n          clientNumber\n        }\n        participants {\n          id\n          pseudonym\n          clientNumber\n        }\n        service {\n          id\n          internalName\n        }\n      }\n      freeSlots {\n        counsellorId\n        serviceId\n        durationMinutes\n        starts\n      }\n    }\n    absences(counsellorId: $absencesOf, from: $from, to: $to) @include(if: $withAbsences) {\n      id\n      start\n      end\n      note\n    }\n  }\n": types.DashboardCalendarDocument,
    "\n  query DashboardCalendarSetup {\n    organisation {\n      id\n      publicKey\n    }\n    counsellors(filter: { active: true }, page: { first: 100 }) {\n      edges {\n        node {\n          id\n          displayName\n          firstName\n          lastName\n        }\n      }\n    }\n    appointmentServices {\n      id\n      internalName\n      durationMinutes\n      followUpMinutes\n      channel\n    }\n  }\n": types.DashboardCalendarSetupDocument,
    "\n  subscription DashboardAvailabilityChanged($key: String!) {\n    availabilityChanged(organisationKey: $key) {\n      counsellorId\n      reason\n    }\n  }\n": types.DashboardAvailabilityChangedDocument,
    "\n  query DashboardChatDocuments($streamId: ID!, $page: PageInput) {\n    chatDocuments(streamId: $streamId, page: $page) {\n      totalCount\n      edges {\n        node {\n          id\n          filename\n          contentType\n          size\n          createdAt\n          uploadedBy {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n": types.DashboardChatDocumentsDocument,
    "\n  query DashboardChatDocumentLink($documentId: ID!) {\n    chatDocumentLink(documentId: $documentId) {\n      url\n    }\n  }\n": types.DashboardChatDocumentLinkDocument,
    "\n  mutation DashboardDeleteChatDocument($input: DeleteChatDocumentInput!) {\n    deleteChatDocument(input: $input)\n  }\n": types.DashboardDeleteChatDocumentDocument,
    "\n  query DashboardChatMembers($streamId: ID!) {\n    chatStreamMembers(streamId: $streamId, page: { first: 100 }) {\n      totalCount\n      edges {\n        node {\n          isCreator\n          participant {\n            id\n            kind\n            displayName\n          }\n        }\n      }\n    }\n  }\n": types.DashboardChatMembersDocument,
    "\n  mutation DashboardUpdateGroupChat($input: UpdateGroupChatInput!) {\n    updateGroupChat(input: $input) {\n      id\n      name\n      description\n    }\n  }\n": types.DashboardUpdateGroupChatDocument,
    "\n  mutation DashboardAddGroupChatMembers($input: AddGroupChatMembersInput!) {\n    addGroupChatMembers(input: $input) {\n      id\n      memberCount\n    }\n  }\n": types.DashboardAddGroupChatMembersDocument,
    "\n  mutation DashboardRemoveGroupChatMember($input: RemoveGroupChatMemberInput!) {\n    removeGroupChatMember(input: $input)\n  }\n": types.DashboardRemoveGroupChatMemberDocument,
    "\n  mutation DashboardOpenChatStream($input: OpenChatStreamInput!) {\n    openChatStream(input: $input) {\n      id\n    }\n  }\n": types.DashboardOpenChatStreamDocument,
    "\n  mutation DashboardCreateGroupChat($input: CreateGroupChatInput!) {\n    createGroupChat(input: $input) {\n      id\n    }\n  }\n": types.DashboardCreateGroupChatDocument,
    "\n  query DashboardChatPeople {\n    counsellors(filter: { active: true }, page: { first: 100 }) {\n      edges {\n        node {\n          id\n          displayName\n          firstName\n          lastName\n        }\n      }\n    }\n    mailRequests(page: { first: 100 }) {\n      edges {\n        node {\n          id\n          client {\n            id\n            pseudonym\n            clientNumber\n          }\n        }\n      }\n    }\n  }\n": types.DashboardChatPeopleDocument,
    "\n  query DashboardChatUnread {\n    chatStreams(page: { first: 100 }) {\n      edges {\n        node {\n          id\n          unreadCount\n        }\n      }\n    }\n  }\n": types.DashboardChatUnreadDocument,
    "\n  fragment DashboardChatStream on ChatStream {\n    id\n    kind\n    title\n    name\n    description\n    isMember\n    memberCount\n    lastSeq\n    lastReadSeq\n    othersReadSeq\n    unreadCount\n    lastActivityAt\n    counterpart {\n      id\n      kind\n      displayName\n    }\n    createdBy {\n      id\n    }\n    lastMessage {\n      id\n      kind\n      body\n      createdAt\n      sender {\n        id\n        displayName\n      }\n    }\n  }\n": types.DashboardChatStreamFragmentDoc,
    "\n  query DashboardChatStreams($filter: ChatStreamFilter, $page: PageInput) {\n    chatStreams(filter: $filter, page: $page) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          ...DashboardChatStream\n        }\n      }\n    }\n  }\n": types.DashboardChatStreamsDocument,
    "\n  query DashboardChatStream($id: ID!) {\n    chatStream(id: $id) {\n      ...DashboardChatStream\n    }\n  }\n": types.DashboardChatStreamDocument,
    "\n  subscription DashboardChatReadMarkerMoved($streamId: ID!) {\n    chatReadMarkerMoved(streamId: $streamId) {\n      seq\n      participant {\n        id\n      }\n    }\n  }\n": types.DashboardChatReadMarkerMovedDocument,
    "\n  query DashboardChatVideoAllowed($id: ID!) {\n    counsellor(id: $id) {\n      id\n      allowVideoInChat\n      organisation {\n        id\n        video {\n          allowVideoInChat\n        }\n      }\n    }\n  }\n": types.DashboardChatVideoAllowedDocument,
    "\n  mutation DashboardStartVideoChat($input: StartVideoChatInput!) {\n    startVideoChat(input: $input) {\n      ownUrl\n      message {\n        id\n        seq\n      }\n    }\n  }\n": types.DashboardStartVideoChatDocument,
    "\n  query DashboardClientGroupPicker($filter: ClientGroupFilter, $page: PageInput) {\n    clientGroups(filter: $filter, page: $page) {\n      totalCount\n      pageInfo {\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          name\n          memberCount\n        }\n      }\n    }\n  }\n": types.DashboardClientGroupPickerDocument,
    "\n  query DashboardClientGroups($filter: ClientGroupFilter, $page: PageInput) {\n    clientGroups(filter: $filter, page: $page) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          name\n          description\n          memberCount\n        }\n      }\n    }\n  }\n": types.DashboardClientGroupsDocument,
    "\n  query DashboardClientGroup($id: ID!, $page: PageInput) {\n    clientGroup(id: $id) {\n      id\n      name\n      description\n      memberCount\n      mayDelete\n      createdBy {\n        id\n        firstName\n        lastName\n        displayName\n      }\n      members(page: $page) {\n        totalCount\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n        edges {\n          node {\n            id\n            pseudonym\n            clientNumber\n          }\n        }\n      }\n    }\n  }\n": types.DashboardClientGroupDocument,
    "\n  query DashboardClientGroupFindClients($filter: ClientFilter, $page: PageInput) {\n    clients(filter: $filter, page: $page) {\n      edges {\n        node {\n          id\n          pseudonym\n          clientNumber\n        }\n      }\n    }\n  }\n": types.DashboardClientGroupFindClientsDocument,
    "\n  mutation DashboardCreateClientGroup($input: CreateClientGroupInput!) {\n    createClientGroup(input: $input) {\n      id\n      name\n    }\n  }\n": types.DashboardCreateClientGroupDocument,
    "\n  mutation DashboardUpdateClientGroup($input: UpdateClientGroupInput!) {\n    updateClientGroup(input: $input) {\n      id\n      name\n      description\n    }\n  }\n": types.DashboardUpdateClientGroupDocument,
    "\n  mutation DashboardAddClientGroupMembers($input: ClientGroupMembersInput!) {\n    addClientGroupMembers(input: $input) {\n      id\n      memberCount\n    }\n  }\n": types.DashboardAddClientGroupMembersDocument,
    "\n  mutation DashboardRemoveClientGroupMember($input: RemoveClientGroupMemberInput!) {\n    removeClientGroupMember(input: $input) {\n      id\n      memberCount\n    }\n  }\n": types.DashboardRemoveClientGroupMemberDocument,
    "\n  mutation DashboardDeleteClientGroup($input: ClientGroupIdInput!) {\n    deleteClientGroup(input: $input)\n  }\n": types.DashboardDeleteClientGroupDocument,
    "\n  mutation DashboardSetClientPassword($input: SetClientPasswordInput!) {\n    setClientPassword(input: $input)\n  }\n": types.DashboardSetClientPasswordDocument,
    "\n  mutation DashboardInviteClient($input: SendInvitationInput!) {\n    sendInvitation(input: $input) {\n      expiresAt\n    }\n  }\n": types.DashboardInviteClientDocument,
    "\n  query DashboardClientPicker($filter: ClientFilter, $page: PageInput) {\n    clients(filter: $filter, page: $page) {\n      totalCount\n      pageInfo {\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          pseudonym\n          clientNumber\n          status\n        }\n      }\n    }\n  }\n": types.DashboardClientPickerDocument,
    "\n  query DashboardClientPickerOne($id: ID!) {\n    client(id: $id) {\n      id\n      pseudonym\n      clientNumber\n      status\n    }\n  }\n": types.DashboardClientPickerOneDocument,
    "\n  query DashboardClientPurges($page: PageInput) {\n    clientPurges(page: $page) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          clientNumber\n          deletionRequestedAt\n          purgedAt\n          removed {\n            kind\n            count\n          }\n        }\n      }\n    }\n  }\n": types.DashboardClientPurgesDocument,
    "\n  query DashboardClients($filter: ClientFilter, $page: PageInput) {\n    clients(filter: $filter, page: $page) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          pseudonym\n          clientNumber\n          status\n          watched\n          primaryCounsellor {\n            id\n            firstName\n            lastName\n            displayName\n          }\n          topics {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.DashboardClientsDocument,
    "\n  mutation DashboardCreateClient($input: CreateClientInput!) {\n    createClient(input: $input) {\n      id\n      pseudonym\n    }\n  }\n": types.DashboardCreateClientDocument,
    "\n  mutation DashboardWatchClient($input: ClientIdInput!) {\n    watchClient(input: $input) {\n      id\n      watched\n    }\n  }\n": types.DashboardWatchClientDocument,
    "\n  mutation DashboardUnwatchClient($input: ClientIdInput!) {\n    unwatchClient(input: $input) {\n      id\n      watched\n    }\n  }\n": types.DashboardUnwatchClientDocument,
    "\n  query DashboardClient($id: ID!) {\n    client(id: $id) {\n      id\n      pseudonym\n      clientNumber\n      status\n      createdAt\n      watched\n      email\n      phone\n      contactHidden\n      invitationAvailability\n      deletionRequestedAt\n      purgeDueAt\n      primaryCounsellor {\n        id\n      }\n      topics {\n        id\n      }\n      groups {\n        id\n        name\n      }\n      masterData {\n        key\n        value\n      }\n    }\n    organisation {\n      id\n      masterDataFields {\n        key\n        label\n        type\n        options\n      }\n    }\n  }\n": types.DashboardClientDocument,
    "\n  mutation DashboardUpdateClient($input: UpdateClientInput!) {\n    updateClient(input: $input) {\n      id\n    }\n  }\n": types.DashboardUpdateClientDocument,
    "\n  mutation DashboardAssignPrimaryCounsellor($input: AssignPrimaryCounsellorInput!) {\n    assignPrimaryCounsellor(input: $input) {\n      id\n    }\n  }\n": types.DashboardAssignPrimaryCounsellorDocument,
    "\n  mutation DashboardBlockClient($input: ClientIdInput!) {\n    blockClient(input: $input) {\n      id\n    }\n  }\n": types.DashboardBlockClientDocument,
    "\n  mutation DashboardUnblockClient($input: ClientIdInput!) {\n    unblockClient(input: $input) {\n      id\n    }\n  }\n": types.DashboardUnblockClientDocument,
    "\n  mutation DashboardDeleteClient($input: ClientIdInput!) {\n    deleteClient(input: $input) {\n      id\n    }\n  }\n": types.DashboardDeleteClientDocument,
    "\n  mutation DashboardRestoreClient($input: ClientIdInput!) {\n    restoreClient(input: $input) {\n      id\n    }\n  }\n": types.DashboardRestoreClientDocument,
    "\n  query DashboardClientNotes($clientId: ID!, $page: PageInput) {\n    clientNotes(clientId: $clientId, page: $page) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          body\n          createdAt\n          editedAt\n          mayEdit\n          mayDelete\n          author {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n": types.DashboardClientNotesDocument,
    "\n  mutation DashboardAddClientNote($input: AddClientNoteInput!) {\n    addClientNote(input: $input) {\n      id\n    }\n  }\n": types.DashboardAddClientNoteDocument,
    "\n  mutation DashboardUpdateClientNote($input: UpdateClientNoteInput!) {\n    updateClientNote(input: $input) {\n      id\n    }\n  }\n": types.DashboardUpdateClientNoteDocument,
    "\n  mutation DashboardDeleteClientNote($input: ClientRecordIdInput!) {\n    deleteClientNote(input: $input)\n  }\n": types.DashboardDeleteClientNoteDocument,
    "\n  query DashboardClientDocuments($clientId: ID!, $page: PageInput) {\n    clientDocuments(clientId: $clientId, page: $page) {\n      totalCount\n      edges {\n        node {\n          id\n          filename\n          contentType\n          size\n          createdAt\n          mayDelete\n          uploadedBy {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n": types.DashboardClientDocumentsDocument,
    "\n  query DashboardClientDocumentLink($documentId: ID!) {\n    clientDocumentLink(documentId: $documentId) {\n      url\n    }\n  }\n": types.DashboardClientDocumentLinkDocument,
    "\n  query DashboardClientDataExportLink($clientId: ID!, $includeStaffRecords: Boolean) {\n    clientDataExportLink(clientId: $clientId, includeStaffRecords: $includeStaffRecords) {\n      url\n    }\n  }\n": types.DashboardClientDataExportLinkDocument,
    "\n  mutation DashboardDeleteClientDocument($input: ClientRecordIdInput!) {\n    deleteClientDocument(input: $input)\n  }\n": types.DashboardDeleteClientDocumentDocument,
    "\n  query DashboardDirectMessages($clientId: ID!) {\n    directMessageDelivery(clientId: $clientId)\n    directMessages(filter: { clientId: $clientId }, page: { first: 50 }) {\n      totalCount\n      edges {\n        node {\n          id\n          subject\n          body\n          delivery\n          createdAt\n          readAt\n          mailStatus\n          sender {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n": types.DashboardDirectMessagesDocument,
    "\n  mutation DashboardSendDirectMessage($input: SendDirectMessageInput!) {\n    sendDirectMessage(input: $input) {\n      id\n      delivery\n    }\n  }\n": types.DashboardSendDirectMessageDocument,
    "\n  query DashboardHome($from: DateTimeISO!, $to: DateTimeISO!) {\n    calendar(scope: OWN, from: $from, to: $to) {\n      appointments {\n        id\n        kind\n        status\n        start\n        end\n        title\n        channel\n        participantCount\n        client {\n          id\n          pseudonym\n        }\n        service {\n          id\n          internalName\n        }\n      }\n    }\n    mine: mailRequests(filter: { assignedToMe: true, status: [NEW, ASSIGNED, OPEN] }, page: { first: 100 }) {\n      totalCount\n      edges {\n        node {\n          id\n          subject\n          status\n          dueAt\n          overdue\n          waitingSince\n          client {\n            id\n            pseudonym\n            clientNumber\n          }\n        }\n      }\n    }\n    pool: mailRequests(filter: { status: [NEW, OPEN] }, page: { first: 1 }) {\n      totalCount\n    }\n    chatStreams(page: { first: 50 }) {\n      edges {\n        node {\n          id\n          title\n          kind\n          unreadCount\n          lastActivityAt\n        }\n      }\n    }\n  }\n": types.DashboardHomeDocument,
    "\n  mutation DashboardSetMailAvailability($input: SetMailAvailabilityInput!) {\n    setMailAvailability(input: $input) {\n      id\n      mailAvailability\n      mailCapacity\n    }\n  }\n": types.DashboardSetMailAvailabilityDocument,
    "\n  mutation DashboardRequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n": types.DashboardRequestPasswordResetDocument,
    "\n  query DashboardMailRequests($filter: MailRequestFilter, $page: PageInput, $sort: MailRequestSort) {\n    mailRequests(filter: $filter, page: $page, sort: $sort) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          subject\n          status\n          createdAt\n          lastMessageAt\n          dueAt\n          overdue\n          client {\n            id\n            pseudonym\n            clientNumber\n          }\n          counsellor {\n            id\n            displayName\n          }\n          topic {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.DashboardMailRequestsDocument,
    "\n  query DashboardMailRequest($id: ID!) {\n    mailRequest(id: $id) {\n      id\n      subject\n      status\n      createdAt\n      dueAt\n      overdue\n      waitingSince\n      canTakeOver\n      closedAt\n      client {\n        id\n        pseudonym\n        clientNumber\n      }\n      counsellor {\n        id\n        displayName\n      }\n      releasedBy {\n        id\n        displayName\n      }\n      topic {\n        id\n        name\n      }\n      requestData {\n        key\n        value\n      }\n      draft {\n        id\n        body\n        savedAt\n        author {\n          id\n          displayName\n        }\n      }\n      messages {\n        id\n        seq\n        authorKind\n        body\n        createdAt\n        counsellor {\n          id\n          displayName\n        }\n      }\n      previousRequests {\n        id\n        subject\n        status\n        createdAt\n      }\n    }\n  }\n": types.DashboardMailRequestDocument,
    "\n  mutation DashboardSaveMailDraft($input: SaveMailDraftInput!) {\n    saveMailDraft(input: $input) {\n      id\n      savedAt\n    }\n  }\n": types.DashboardSaveMailDraftDocument,
    "\n  mutation DashboardAnswerMailRequest($input: AnswerMailRequestInput!) {\n    answerMailRequest(input: $input) {\n      id\n      status\n    }\n  }\n": types.DashboardAnswerMailRequestDocument,
    "\n  mutation DashboardReleaseMailRequest($input: ReleaseMailRequestInput!) {\n    releaseMailRequest(input: $input) {\n      id\n      status\n    }\n  }\n": types.DashboardReleaseMailRequestDocument,
    "\n  mutation DashboardTakeOverMailRequest($input: TakeOverMailRequestInput!) {\n    takeOverMailRequest(input: $input) {\n      id\n      status\n    }\n  }\n": types.DashboardTakeOverMailRequestDocument,
    "\n  mutation DashboardCloseMailRequest($input: CloseMailRequestInput!) {\n    closeMailRequest(input: $input) {\n      id\n      status\n    }\n  }\n": types.DashboardCloseMailRequestDocument,
    "\n  mutation DashboardAssignMailRequest($input: AssignMailRequestInput!) {\n    assignMailRequest(input: $input) {\n      id\n      status\n    }\n  }\n": types.DashboardAssignMailRequestDocument,
    "\n  mutation DashboardCopyRequestData($input: CopyRequestDataToClientInput!) {\n    copyRequestDataToClient(input: $input) {\n      client {\n        id\n      }\n    }\n  }\n": types.DashboardCopyRequestDataDocument,
    "\n  query DashboardCounsellorName($id: ID!) {\n    counsellor(id: $id) {\n      id\n      displayName\n    }\n  }\n": types.DashboardCounsellorNameDocument,
    "\n  fragment DashboardMonitoring on Monitoring {\n    id\n    date\n    durationMinutes\n    subject\n    channel\n    notes\n    createdAt\n    counsellor {\n      id\n      displayName\n    }\n    client {\n      id\n      pseudonym\n    }\n    topics {\n      id\n      name\n    }\n    source {\n      kind\n      id\n    }\n    requestData {\n      key\n      value\n    }\n  }\n": types.DashboardMonitoringFragmentDoc,
    "\n  query DashboardMonitorings($filter: MonitoringFilter, $first: Int, $after: String) {\n    monitorings(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          ...DashboardMonitoring\n        }\n      }\n    }\n  }\n": types.DashboardMonitoringsDocument,
    "\n  query DashboardMonitoringPrefill($source: MonitoringSourceInput!) {\n    monitoringPrefill(source: $source) {\n      source {\n        kind\n        id\n      }\n      client {\n        id\n        pseudonym\n      }\n      date\n      durationMinutes\n      subject\n      channel\n      topics {\n        id\n        name\n      }\n      requestData {\n        key\n        value\n      }\n    }\n  }\n": types.DashboardMonitoringPrefillDocument,
    "\n  mutation DashboardCreateMonitoring($input: CreateMonitoringInput!) {\n    createMonitoring(input: $input) {\n      ...DashboardMonitoring\n    }\n  }\n": types.DashboardCreateMonitoringDocument,
    "\n  mutation DashboardCreateMonitoringFromSource($input: CreateMonitoringFromSourceInput!) {\n    createMonitoringFromSource(input: $input) {\n      ...DashboardMonitoring\n    }\n  }\n": types.DashboardCreateMonitoringFromSourceDocument,
    "\n  mutation DashboardUpdateMonitoring($input: UpdateMonitoringInput!) {\n    updateMonitoring(input: $input) {\n      ...DashboardMonitoring\n    }\n  }\n": types.DashboardUpdateMonitoringDocument,
    "\n  mutation DashboardDeleteMonitoring($input: DeleteMonitoringInput!) {\n    deleteMonitoring(input: $input)\n  }\n": types.DashboardDeleteMonitoringDocument,
    "\n  fragment DashboardOrganisationSettings on Organisation {\n    id\n    name\n    publicKey\n    licenceVolume\n    contact {\n      contactPerson\n      email\n      phone\n      website\n      address {\n        name\n        street\n        postcode\n        city\n        country\n      }\n    }\n    billingAddress {\n      name\n      street\n      postcode\n      city\n      country\n    }\n    timezone\n    locale\n    contentLanguages\n    holidayRegion\n    closingDays {\n      date\n      note\n    }\n    mailOverdueHours\n    opennessLevel\n    autoPrimaryCounsellor\n    fallbackCounsellor {\n      id\n    }\n    retentionDays\n    accessLogRetentionDays\n    requireTwoFactor\n    quickExit {\n      enabled\n      url\n    }\n    topics {\n      id\n      name\n      names {\n        lang\n        text\n      }\n      category\n    }\n    masterDataFields {\n      key\n      label\n      labels {\n        lang\n        text\n      }\n      type\n      options\n      optionLabels {\n        lang\n        texts\n      }\n      askInMailForm\n    }\n    video {\n      provider\n      allowVideoInChat\n    }\n    allowedOrigins\n  }\n": types.DashboardOrganisationSettingsFragmentDoc,
    "\n  query DashboardOrganisation {\n    organisation {\n      ...DashboardOrganisationSettings\n    }\n    counsellors(filter: { active: true }, page: { first: 100 }) {\n      edges {\n        node {\n          id\n          firstName\n          lastName\n        }\n      }\n    }\n  }\n": types.DashboardOrganisationDocument,
    "\n  mutation DashboardUpdateOrganisation($input: UpdateOrganisationInput!) {\n    updateOrganisation(input: $input) {\n      ...DashboardOrganisationSettings\n    }\n  }\n": types.DashboardUpdateOrganisationDocument,
    "\n  mutation DashboardCreateTopic($input: CreateTopicInput!) {\n    createTopic(input: $input) {\n      id\n    }\n  }\n": types.DashboardCreateTopicDocument,
    "\n  mutation DashboardUpdateTopic($input: UpdateTopicInput!) {\n    updateTopic(input: $input) {\n      id\n    }\n  }\n": types.DashboardUpdateTopicDocument,
    "\n  mutation DashboardDeleteTopic($input: DeleteTopicInput!) {\n    deleteTopic(input: $input)\n  }\n": types.DashboardDeleteTopicDocument,
    "\n  fragment DashboardAppointmentService on AppointmentService {\n    id\n    active\n    internalName\n    publicName\n    publicNames {\n      lang\n      text\n    }\n    publicDescription\n    publicDescriptions {\n      lang\n      text\n    }\n    durationMinutes\n    followUpMinutes\n    minimumNoticeMinutes\n    channel\n    topic {\n      id\n      name\n    }\n  }\n": types.DashboardAppointmentServiceFragmentDoc,
    "\n  fragment DashboardAppointmentSettings on AppointmentSettings {\n    id\n    holdMinutes\n    minimumNoticeMinutes\n  }\n": types.DashboardAppointmentSettingsFragmentDoc,
    "\n  query DashboardAppointmentServices {\n    appointmentServices(includeArchived: true) {\n      ...DashboardAppointmentService\n    }\n    appointmentSettings {\n      ...DashboardAppointmentSettings\n    }\n  }\n": types.DashboardAppointmentServicesDocument,
    "\n  mutation DashboardCreateAppointmentService($input: CreateAppointmentServiceInput!) {\n    createAppointmentService(input: $input) {\n      ...DashboardAppointmentService\n    }\n  }\n": types.DashboardCreateAppointmentServiceDocument,
    "\n  mutation DashboardUpdateAppointmentService($input: UpdateAppointmentServiceInput!) {\n    updateAppointmentService(input: $input) {\n      ...DashboardAppointmentService\n    }\n  }\n": types.DashboardUpdateAppointmentServiceDocument,
    "\n  mutation DashboardUpdateAppointmentSettings($input: UpdateAppointmentSettingsInput!) {\n    updateAppointmentSettings(input: $input) {\n      ...DashboardAppointmentSettings\n    }\n  }\n": types.DashboardUpdateAppointmentSettingsDocument,
    "\n  fragment DashboardWebhookEndpoint on WebhookEndpoint {\n    id\n    url\n    description\n    events\n    active\n    createdAt\n  }\n": types.DashboardWebhookEndpointFragmentDoc,
    "\n  query DashboardWebhookEndpoints {\n    webhookEndpoints {\n      ...DashboardWebhookEndpoint\n    }\n  }\n": types.DashboardWebhookEndpointsDocument,
    "\n  query DashboardWebhookAttempts($endpointId: ID!, $page: PageInput) {\n    webhookAttempts(endpointId: $endpointId, page: $page) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          eventId\n          eventType\n          attempt\n          createdAt\n          statusCode\n          durationMs\n          error\n          responseSnippet\n          nextRetryAt\n          deliveryStatus\n        }\n      }\n    }\n  }\n": types.DashboardWebhookAttemptsDocument,
    "\n  mutation DashboardCreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {\n    createWebhookEndpoint(input: $input) {\n      secret\n      endpoint {\n        ...DashboardWebhookEndpoint\n      }\n    }\n  }\n": types.DashboardCreateWebhookEndpointDocument,
    "\n  mutation DashboardUpdateWebhookEndpoint($input: UpdateWebhookEndpointInput!) {\n    updateWebhookEndpoint(input: $input) {\n      ...DashboardWebhookEndpoint\n    }\n  }\n": types.DashboardUpdateWebhookEndpointDocument,
    "\n  mutation DashboardRotateWebhookSecret($input: WebhookEndpointIdInput!) {\n    rotateWebhookSecret(input: $input) {\n      secret\n      endpoint {\n        ...DashboardWebhookEndpoint\n      }\n    }\n  }\n": types.DashboardRotateWebhookSecretDocument,
    "\n  mutation DashboardDeleteWebhookEndpoint($input: WebhookEndpointIdInput!) {\n    deleteWebhookEndpoint(input: $input)\n  }\n": types.DashboardDeleteWebhookEndpointDocument,
    "\n  mutation DashboardSendWebhookTestEvent($input: WebhookEndpointIdInput!) {\n    sendWebhookTestEvent(input: $input)\n  }\n": types.DashboardSendWebhookTestEventDocument,
    "\n  mutation DashboardChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n    }\n  }\n": types.DashboardChangePasswordDocument,
    "\n  query DashboardTwoFactorStatus {\n    me {\n      id\n      twoFactor {\n        enabled\n        enabledAt\n        recoveryCodesLeft\n        required\n      }\n    }\n  }\n": types.DashboardTwoFactorStatusDocument,
    "\n  mutation DashboardStartTwoFactorSetup($input: StartTwoFactorSetupInput!) {\n    startTwoFactorSetup(input: $input) {\n      secret\n      qrCodeDataUrl\n    }\n  }\n": types.DashboardStartTwoFactorSetupDocument,
    "\n  mutation DashboardConfirmTwoFactorSetup($input: ConfirmTwoFactorSetupInput!) {\n    confirmTwoFactorSetup(input: $input) {\n      codes\n    }\n  }\n": types.DashboardConfirmTwoFactorSetupDocument,
    "\n  mutation DashboardRegenerateRecoveryCodes($input: RegenerateRecoveryCodesInput!) {\n    regenerateRecoveryCodes(input: $input) {\n      codes\n    }\n  }\n": types.DashboardRegenerateRecoveryCodesDocument,
    "\n  mutation DashboardDisableTwoFactor($input: DisableTwoFactorInput!) {\n    disableTwoFactor(input: $input)\n  }\n": types.DashboardDisableTwoFactorDocument,
    "\n  query DashboardMyProfile {\n    me {\n      id\n      counsellor {\n        id\n        salutation\n        firstName\n        lastName\n        email\n        phone\n        postcode\n        newsletter\n        displayName\n        avatarUrl\n        languages\n        descriptions {\n          lang\n          text\n        }\n        mailAvailability\n        mailCapacity\n        allowVideoInChat\n      }\n    }\n  }\n": types.DashboardMyProfileDocument,
    "\n  mutation DashboardUpdateMyProfile($input: UpdateMyProfileInput!) {\n    updateMyProfile(input: $input) {\n      id\n    }\n  }\n": types.DashboardUpdateMyProfileDocument,
    "\n  mutation DashboardDeleteMyAvatar {\n    deleteMyAvatar {\n      id\n      avatarUrl\n    }\n  }\n": types.DashboardDeleteMyAvatarDocument,
    "\n  mutation DashboardProfileMailAvailability($input: SetMailAvailabilityInput!) {\n    setMailAvailability(input: $input) {\n      id\n      mailAvailability\n      mailCapacity\n    }\n  }\n": types.DashboardProfileMailAvailabilityDocument,
    "\n  mutation DashboardUpdateChatSettings($input: UpdateChatSettingsInput!) {\n    updateChatSettings(input: $input) {\n      id\n      allowVideoInChat\n    }\n  }\n": types.DashboardUpdateChatSettingsDocument,
    "\n  query DashboardActiveCounsellors {\n    counsellors(filter: { active: true }, page: { first: 100 }) {\n      edges {\n        node {\n          id\n          displayName\n          firstName\n          lastName\n        }\n      }\n    }\n  }\n": types.DashboardActiveCounsellorsDocument,
    "\n  mutation DashboardLogin($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n      me {\n        kind\n      }\n      secondFactor {\n        challenge\n      }\n    }\n  }\n": types.DashboardLoginDocument,
    "\n  mutation DashboardCompleteTwoFactorLogin($input: CompleteTwoFactorLoginInput!) {\n    completeTwoFactorLogin(input: $input) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n      me {\n        kind\n      }\n    }\n  }\n": types.DashboardCompleteTwoFactorLoginDocument,
    "\n  query DashboardMe {\n    me {\n      id\n      twoFactorSetupRequired\n      counsellor {\n        id\n        displayName\n        firstName\n        lastName\n        loginName\n        role\n        dataProtection\n        presenceStatus\n        mailAvailability\n        mailCapacity\n        organisation {\n          id\n          name\n          publicKey\n          timezone\n          contentLanguages\n          opennessLevel\n          masterDataFields {\n            key\n            label\n          }\n          topics {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.DashboardMeDocument,
    "\n  query DashboardLicenceRequests {\n    licenceRequests(page: { first: 10 }) {\n      edges {\n        node {\n          id\n          createdAt\n          currentVolume\n          requestedVolume\n          contactPerson\n        }\n      }\n    }\n    organisation {\n      id\n      contact {\n        contactPerson\n        email\n      }\n    }\n  }\n": types.DashboardLicenceRequestsDocument,
    "\n  mutation DashboardRequestLicenceIncrease($input: RequestLicenceIncreaseInput!) {\n    requestLicenceIncrease(input: $input) {\n      id\n      requestedVolume\n    }\n  }\n": types.DashboardRequestLicenceIncreaseDocument,
    "\n  query DashboardStaff {\n    counsellors(page: { first: 100 }) {\n      totalCount\n      edges {\n        node {\n          id\n          firstName\n          lastName\n          displayName\n          loginName\n          email\n          role\n          active\n          twoFactorEnabled\n          dataProtection\n        }\n      }\n    }\n    activeStaff: counsellors(filter: { active: true }, page: { first: 1 }) {\n      totalCount\n    }\n    organisation {\n      id\n      licenceVolume\n    }\n  }\n": types.DashboardStaffDocument,
    "\n  mutation DashboardCreateCounsellor($input: CreateCounsellorInput!) {\n    createCounsellor(input: $input) {\n      id\n      firstName\n      lastName\n      email\n    }\n  }\n": types.DashboardCreateCounsellorDocument,
    "\n  mutation DashboardSendInvitation($input: SendInvitationInput!) {\n    sendInvitation(input: $input) {\n      expiresAt\n    }\n  }\n": types.DashboardSendInvitationDocument,
    "\n  mutation DashboardResetTwoFactor($input: ResetTwoFactorInput!) {\n    resetTwoFactor(input: $input) {\n      id\n      twoFactorEnabled\n    }\n  }\n": types.DashboardResetTwoFactorDocument,
    "\n  mutation DashboardChangeCounsellorRole($input: ChangeCounsellorRoleInput!) {\n    changeCounsellorRole(input: $input) {\n      id\n      role\n    }\n  }\n": types.DashboardChangeCounsellorRoleDocument,
    "\n  mutation DashboardSetCounsellorActive($input: SetCounsellorActiveInput!) {\n    setCounsellorActive(input: $input) {\n      id\n      active\n    }\n  }\n": types.DashboardSetCounsellorActiveDocument,
    "\n  mutation DashboardSetCounsellorDataProtection($input: SetCounsellorDataProtectionInput!) {\n    setCounsellorDataProtection(input: $input) {\n      id\n      dataProtection\n    }\n  }\n": types.DashboardSetCounsellorDataProtectionDocument,
    "\n  mutation DashboardDeleteCounsellor($input: DeleteCounsellorInput!) {\n    deleteCounsellor(input: $input)\n  }\n": types.DashboardDeleteCounsellorDocument,
    "\n  query DashboardStatistics($period: StatisticsPeriodInput, $counsellorId: ID, $language: String) {\n    monitoringStatistics(period: $period, counsellorId: $counsellorId, language: $language) {\n      period {\n        from\n        to\n      }\n      counsellorId\n      language\n      figures {\n        key\n        label\n        value\n        unit\n        definition\n      }\n      tables {\n        grouping\n        title\n        definition\n        rows {\n          key\n          label\n          count\n          minutes\n        }\n      }\n    }\n  }\n": types.DashboardStatisticsDocument,
    "\n  query DashboardTextTemplates($scope: TextTemplateScope) {\n    textTemplates(scope: $scope) {\n      id\n      scope\n      title\n      body\n      mayEdit\n    }\n  }\n": types.DashboardTextTemplatesDocument,
    "\n  mutation DashboardCreateTextTemplate($input: CreateTextTemplateInput!) {\n    createTextTemplate(input: $input) {\n      id\n    }\n  }\n": types.DashboardCreateTextTemplateDocument,
    "\n  mutation DashboardUpdateTextTemplate($input: UpdateTextTemplateInput!) {\n    updateTextTemplate(input: $input) {\n      id\n    }\n  }\n": types.DashboardUpdateTextTemplateDocument,
    "\n  mutation DashboardDeleteTextTemplate($input: TextTemplateIdInput!) {\n    deleteTextTemplate(input: $input)\n  }\n": types.DashboardDeleteTextTemplateDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardAccessLog($filter: AccessLogFilter, $page: PageInput) {\n    accessLog(filter: $filter, page: $page) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          at\n          action\n          recordKind\n          recordId\n          clientId\n          clientNumber\n          clientPseudonym\n          staffId\n          staffName\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').DashboardAccessLogDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardAccessLogClients($search: String) {\n    clients(filter: { search: $search }, page: { first: 20 }) {\n      edges {\n        node {\n          id\n          pseudonym\n          clientNumber\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').DashboardAccessLogClientsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardAccessLogStaff {\n    counsellors(page: { first: 100 }) {\n      edges {\n        node {\n          id\n          firstName\n          lastName\n          displayName\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').DashboardAccessLogStaffDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardPaletteRequests($search: String!) {\n    mailRequests(filter: { search: $search }, page: { first: 5 }) {\n      edges {\n        node {\n          id\n          subject\n          status\n          client {\n            id\n            pseudonym\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').DashboardPaletteRequestsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription DashboardInboxUpdated {\n    chatInboxUpdated {\n      streamId\n      unreadCount\n      lastMessage {\n        id\n        sender {\n          id\n          displayName\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').DashboardInboxUpdatedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription DashboardMailRequestChanged {\n    mailRequestChanged {\n      requestId\n      kind\n      status\n      counsellorId\n      previousCounsellorId\n      actorId\n      at\n    }\n  }\n"): typeof import('./graphql.js').DashboardMailRequestChangedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DashboardSetPresence($input: SetPresenceStatusInput!) {\n    setPresenceStatus(input: $input) {\n      counsellorId\n      state\n    }\n  }\n"): typeof import('./graphql.js').DashboardSetPresenceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardNotificationsMissed {\n    newest: mailRequests(sort: NEWEST, filter: { status: [NEW, ASSIGNED] }, page: { first: 50 }) {\n      edges {\n        node {\n          id\n          subject\n          createdAt\n          counsellor {\n            id\n          }\n        }\n      }\n    }\n    waiting: mailRequests(sort: NEWEST, filter: { assignedToMe: true, status: [ASSIGNED] }, page: { first: 100 }) {\n      edges {\n        node {\n          id\n          subject\n          createdAt\n          lastMessageAt\n          waitingSince\n        }\n      }\n    }\n    chatStreams(page: { first: 50 }) {\n      edges {\n        node {\n          id\n          unreadCount\n          lastActivityAt\n          lastMessage {\n            id\n            createdAt\n            sender {\n              id\n              displayName\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').DashboardNotificationsMissedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardNotificationBookings($from: DateTimeISO!, $to: DateTimeISO!, $since: DateTimeISO!) {\n    calendar(scope: OWN, from: $from, to: $to, bookedSince: $since) {\n      appointments {\n        id\n        kind\n        bookedAt\n      }\n    }\n  }\n"): typeof import('./graphql.js').DashboardNotificationBookingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardNotificationAssignments($since: DateTimeISO!) {\n    mailAssignments(since: $since, page: { first: 50 }) {\n      edges {\n        node {\n          id\n          kind\n          requestId\n          counsellorId\n          previousCounsellorId\n          actorId\n          createdAt\n          request {\n            id\n            subject\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').DashboardNotificationAssignmentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardNotificationSubject($id: ID!) {\n    mailRequest(id: $id) {\n      id\n      subject\n      lastMessageAt\n    }\n  }\n"): typeof import('./graphql.js').DashboardNotificationSubjectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription DashboardMyBookings($organisationKey: String!, $counsellorId: ID!) {\n    availabilityChanged(organisationKey: $organisationKey, counsellorId: $counsellorId) {\n      counsellorId\n      reason\n      at\n    }\n  }\n"): typeof import('./graphql.js').DashboardMyBookingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardAvailability($counsellorId: ID!, $from: DateTimeISO!, $to: DateTimeISO!) {\n    bookingTimes(counsellorId: $counsellorId) {\n      counsellorId\n      horizonWeeks\n      windows {\n        id\n        weekday\n        from\n        to\n        service {\n          id\n        }\n      }\n    }\n    counsellorChannels(counsellorId: $counsellorId) {\n      id\n      channel\n      externalUrl\n      address {\n        name\n        street\n        postcode\n        city\n        country\n      }\n    }\n    appointmentServices {\n      id\n      internalName\n      durationMinutes\n      followUpMinutes\n      channel\n    }\n    counsellor(id: $counsellorId) {\n      id\n      displayName\n      onlyRegularClients\n    }\n    calendar(scope: COUNSELLOR, counsellorId: $counsellorId, from: $from, to: $to, includeFreeSlots: true) {\n      freeSlots {\n        serviceId\n        starts\n      }\n    }\n  }\n"): typeof import('./graphql.js').DashboardAvailabilityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DashboardSetBookingTimes($input: SetBookingTimesInput!) {\n    setBookingTimes(input: $input) {\n      counsellorId\n      horizonWeeks\n    }\n  }\n"): typeof import('./graphql.js').DashboardSetBookingTimesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DashboardSetCounsellorChannels($input: SetCounsellorChannelsInput!) {\n    setCounsellorChannels(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql.js').DashboardSetCounsellorChannelsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DashboardSetOnlyRegularClients($input: SetOnlyRegularClientsInput!) {\n    setOnlyRegularClients(input: $input) {\n      id\n      onlyRegularClients\n    }\n  }\n"): typeof import('./graphql.js').DashboardSetOnlyRegularClientsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardAbsences($counsellorId: ID!, $from: DateTimeISO!, $to: DateTimeISO!) {\n    absences(counsellorId: $counsellorId, from: $from, to: $to) {\n      id\n      start\n      end\n      note\n    }\n  }\n"): typeof import('./graphql.js').DashboardAbsencesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DashboardCreateAbsence($input: CreateAbsenceInput!) {\n    createAbsence(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql.js').DashboardCreateAbsenceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DashboardDeleteAbsence($input: IdInput!) {\n    deleteAbsence(input: $input)\n  }\n"): typeof import('./graphql.js').DashboardDeleteAbsenceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DashboardCreateAppointment($input: CreateAppointmentInput!) {\n    createAppointment(input: $input) {\n      __typename\n      ... on Appointment {\n        id\n      }\n      ... on SlotTaken {\n        message\n      }\n    }\n  }\n"): typeof import('./graphql.js').DashboardCreateAppointmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DashboardCreateBlocker($input: CreateBlockerInput!) {\n    createBlocker(input: $input) {\n      __typename\n      ... on Appointment {\n        id\n      }\n      ... on SlotTaken {\n        message\n      }\n    }\n  }\n"): typeof import('./graphql.js').DashboardCreateBlockerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DashboardCreateGroupAppointment($input: CreateGroupAppointmentInput!) {\n    createGroupAppointment(input: $input) {\n      __typename\n      ... on Appointment {\n        id\n      }\n      ... on SlotTaken {\n        message\n      }\n      ... on GroupFull {\n        capacity\n        seatsLeft\n        seatsRequested\n      }\n    }\n  }\n"): typeof import('./graphql.js').DashboardCreateGroupAppointmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DashboardAddGroupParticipants($input: GroupParticipantsInput!) {\n    addGroupParticipants(input: $input) {\n      __typename\n      ... on Appointment {\n        id\n        participantCount\n      }\n      ... on GroupFull {\n        capacity\n      }\n    }\n  }\n"): typeof import('./graphql.js').DashboardAddGroupParticipantsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DashboardCancelAppointment($input: IdInput!) {\n    cancelAppointment(input: $input) {\n      appointmentId\n      status\n    }\n  }\n"): typeof import('./graphql.js').DashboardCancelAppointmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DashboardChangeAppointmentClient($input: ChangeAppointmentClientInput!) {\n    changeAppointmentClient(input: $input) {\n      id\n      status\n      client {\n        id\n        pseudonym\n        clientNumber\n      }\n    }\n  }\n"): typeof import('./graphql.js').DashboardChangeAppointmentClientDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DashboardStartVideo($input: AppointmentIdInput!) {\n    startVideo(input: $input) {\n      moderatorUrl\n      guestUrl\n      seminarUrl\n      external\n      expiresAt\n    }\n  }\n"): typeof import('./graphql.js').DashboardStartVideoDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DashboardRemoveGroupParticipant($input: RemoveGroupParticipantInput!) {\n    removeGroupParticipant(input: $input) {\n      id\n      participantCount\n      participants {\n        id\n        pseudonym\n        clientNumber\n      }\n    }\n  }\n"): typeof import('./graphql.js').DashboardRemoveGroupParticipantDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardCalendarAppointment($id: ID!) {\n    appointment(id: $id) {\n      id\n      participantCount\n      participants {\n        id\n        pseudonym\n        clientNumber\n      }\n    }\n  }\n"): typeof import('./graphql.js').DashboardCalendarAppointmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DashboardUpdateGroupAppointment($input: UpdateGroupAppointmentInput!) {\n    updateGroupAppointment(input: $input) {\n      __typename\n      ... on Appointment {\n        id\n        title\n        titles {\n          lang\n          text\n        }\n        maxParticipants\n        bookableByClients\n      }\n      ... on GroupFull {\n        capacity\n      }\n      ... on SlotTaken {\n        message\n      }\n    }\n  }\n"): typeof import('./graphql.js').DashboardUpdateGroupAppointmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DashboardAddClientGroupsToAppointment($input: UpdateGroupAppointmentInput!) {\n    updateGroupAppointment(input: $input) {\n      __typename\n      ... on Appointment {\n        id\n        participantCount\n        participants {\n          id\n          pseudonym\n          clientNumber\n        }\n      }\n      ... on GroupFull {\n        capacity\n        seatsLeft\n        seatsRequested\n      }\n      ... on SlotTaken {\n        message\n      }\n    }\n  }\n"): typeof import('./graphql.js').DashboardAddClientGroupsToAppointmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardCalendar(\n    $scope: CalendarScope!\n    $counsellorId: ID\n    $from: DateTimeISO!\n    $to: DateTimeISO!\n    $free: Boolean!\n    $absencesOf: ID!\n    $withAbsences: Boolean!\n  ) {\n    calendar(scope: $scope, counsellorId: $counsellorId, from: $from, to: $to, includeFreeSlots: $free) {\n      appointments {\n        id\n        kind\n        status\n        start\n        end\n        title\n        titles {\n          lang\n          text\n        }\n        remarks\n        channel\n        followUpMinutes\n        maxParticipants\n        participantCount\n        bookableByClients\n        counsellor {\n          id\n          displayName\n        }\n        client {\n          id\n          pseudonym\n          clientNumber\n        }\n        participants {\n          id\n          pseudonym\n          clientNumber\n        }\n        service {\n          id\n          internalName\n        }\n      }\n      freeSlots {\n        counsellorId\n        serviceId\n        durationMinutes\n        starts\n      }\n    }\n    absences(counsellorId: $absencesOf, from: $from, to: $to) @include(if: $withAbsences) {\n      id\n      start\n      end\n      note\n    }\n  }\n"): typeof import('./graphql.js').DashboardCalendarDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardCalendarSetup {\n    organisation {\n      id\n      publicKey\n    }\n    counsellors(filter: { active: true }, page: { first: 100 }) {\n      edges {\n        node {\n          id\n          displayName\n          firstName\n          lastName\n        }\n      }\n    }\n    appointmentServices {\n      id\n      internalName\n      durationMinutes\n      followUpMinutes\n      channel\n    }\n  }\n"): typeof import('./graphql.js').DashboardCalendarSetupDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription DashboardAvailabilityChanged($key: String!) {\n    availabilityChanged(organisationKey: $key) {\n      counsellorId\n      reason\n    }\n  }\n"): typeof import('./graphql.js').DashboardAvailabilityChangedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardChatDocuments($streamId: ID!, $page: PageInput) {\n    chatDocuments(streamId: $streamId, page: $page) {\n      totalCount\n      edges {\n        node {\n          id\n          filename\n          contentType\n          size\n          createdAt\n          uploadedBy {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').DashboardChatDocumentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardChatDocumentLink($documentId: ID!) {\n    chatDocumentLink(documentId: $documentId) {\n      url\n    }\n  }\n"): typeof import('./graphql.js').DashboardChatDocumentLinkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DashboardDeleteChatDocument($input: DeleteChatDocumentInput!) {\n    deleteChatDocument(input: $input)\n  }\n"): typeof import('./graphql.js').DashboardDeleteChatDocumentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardChatMembers($streamId: ID!) {\n    chatStreamMembers(streamId: $streamId, page: { first: 100 }) {\n      totalCount\n      edges {\n        node {\n          isCreator\n          participant {\n            id\n            kind\n            displayName\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').DashboardChatMembersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DashboardUpdateGroupChat($input: UpdateGroupChatInput!) {\n    updateGroupChat(input: $input) {\n      id\n      name\n      description\n    }\n  }\n"): typeof import('./graphql.js').DashboardUpdateGroupChatDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DashboardAddGroupChatMembers($input: AddGroupChatMembersInput!) {\n    addGroupChatMembers(input: $input) {\n      id\n      memberCount\n    }\n  }\n"): typeof import('./graphql.js').DashboardAddGroupChatMembersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DashboardRemoveGroupChatMember($input: RemoveGroupChatMemberInput!) {\n    removeGroupChatMember(input: $input)\n  }\n"): typeof import('./graphql.js').DashboardRemoveGroupChatMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DashboardOpenChatStream($input: OpenChatStreamInput!) {\n    openChatStream(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql.js').DashboardOpenChatStreamDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DashboardCreateGroupChat($input: CreateGroupChatInput!) {\n    createGroupChat(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql.js').DashboardCreateGroupChatDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardChatPeople {\n    counsellors(filter: { active: true }, page: { first: 100 }) {\n      edges {\n        node {\n          id\n          displayName\n          firstName\n          lastName\n        }\n      }\n    }\n    mailRequests(page: { first: 100 }) {\n      edges {\n        node {\n          id\n          client {\n            id\n            pseudonym\n            clientNumber\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').DashboardChatPeopleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardChatUnread {\n    chatStreams(page: { first: 100 }) {\n      edges {\n        node {\n          id\n          unreadCount\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').DashboardChatUnreadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DashboardChatStream on ChatStream {\n    id\n    kind\n    title\n    name\n    description\n    isMember\n    memberCount\n    lastSeq\n    lastReadSeq\n    othersReadSeq\n    unreadCount\n    lastActivityAt\n    counterpart {\n      id\n      kind\n      displayName\n    }\n    createdBy {\n      id\n    }\n    lastMessage {\n      id\n      kind\n      body\n      createdAt\n      sender {\n        id\n        displayName\n      }\n    }\n  }\n"): typeof import('./graphql.js').DashboardChatStreamFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardChatStreams($filter: ChatStreamFilter, $page: PageInput) {\n    chatStreams(filter: $filter, page: $page) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          ...DashboardChatStream\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').DashboardChatStreamsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardChatStream($id: ID!) {\n    chatStream(id: $id) {\n      ...DashboardChatStream\n    }\n  }\n"): typeof import('./graphql.js').DashboardChatStreamDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription DashboardChatReadMarkerMoved($streamId: ID!) {\n    chatReadMarkerMoved(streamId: $streamId) {\n      seq\n      participant {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql.js').DashboardChatReadMarkerMovedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardChatVideoAllowed($id: ID!) {\n    counsellor(id: $id) {\n      id\n      allowVideoInChat\n      organisation {\n        id\n        video {\n          allowVideoInChat\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').DashboardChatVideoAllowedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DashboardStartVideoChat($input: StartVideoChatInput!) {\n    startVideoChat(input: $input) {\n      ownUrl\n      message {\n        id\n        seq\n      }\n    }\n  }\n"): typeof import('./graphql.js').DashboardStartVideoChatDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardClientGroupPicker($filter: ClientGroupFilter, $page: PageInput) {\n    clientGroups(filter: $filter, page: $page) {\n      totalCount\n      pageInfo {\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          name\n          memberCount\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').DashboardClientGroupPickerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardClientGroups($filter: ClientGroupFilter, $page: PageInput) {\n    clientGroups(filter: $filter, page: $page) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          name\n          description\n          memberCount\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').DashboardClientGroupsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardClientGroup($id: ID!, $page: PageInput) {\n    clientGroup(id: $id) {\n      id\n      name\n      description\n      memberCount\n      mayDelete\n      createdBy {\n        id\n        firstName\n        lastName\n        displayName\n      }\n      members(page: $page) {\n        totalCount\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n        edges {\n          node {\n            id\n            pseudonym\n            clientNumber\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').DashboardClientGroupDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardClientGroupFindClients($filter: ClientFilter, $page: PageInput) {\n    clients(filter: $filter, page: $page) {\n      edges {\n        node {\n          id\n          pseudonym\n          clientNumber\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').DashboardClientGroupFindClientsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DashboardCreateClientGroup($input: CreateClientGroupInput!) {\n    createClientGroup(input: $input) {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql.js').DashboardCreateClientGroupDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DashboardUpdateClientGroup($input: UpdateClientGroupInput!) {\n    updateClientGroup(input: $input) {\n      id\n      name\n      description\n    }\n  }\n"): typeof import('./graphql.js').DashboardUpdateClientGroupDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DashboardAddClientGroupMembers($input: ClientGroupMembersInput!) {\n    addClientGroupMembers(input: $input) {\n      id\n      memberCount\n    }\n  }\n"): typeof import('./graphql.js').DashboardAddClientGroupMembersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DashboardRemoveClientGroupMember($input: RemoveClientGroupMemberInput!) {\n    removeClientGroupMember(input: $input) {\n      id\n      memberCount\n    }\n  }\n"): typeof import('./graphql.js').DashboardRemoveClientGroupMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DashboardDeleteClientGroup($input: ClientGroupIdInput!) {\n    deleteClientGroup(input: $input)\n  }\n"): typeof import('./graphql.js').DashboardDeleteClientGroupDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DashboardSetClientPassword($input: SetClientPasswordInput!) {\n    setClientPassword(input: $input)\n  }\n"): typeof import('./graphql.js').DashboardSetClientPasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DashboardInviteClient($input: SendInvitationInput!) {\n    sendInvitation(input: $input) {\n      expiresAt\n    }\n  }\n"): typeof import('./graphql.js').DashboardInviteClientDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardClientPicker($filter: ClientFilter, $page: PageInput) {\n    clients(filter: $filter, page: $page) {\n      totalCount\n      pageInfo {\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          pseudonym\n          clientNumber\n          status\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').DashboardClientPickerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardClientPickerOne($id: ID!) {\n    client(id: $id) {\n      id\n      pseudonym\n      clientNumber\n      status\n    }\n  }\n"): typeof import('./graphql.js').DashboardClientPickerOneDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardClientPurges($page: PageInput) {\n    clientPurges(page: $page) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          clientNumber\n          deletionRequestedAt\n          purgedAt\n          removed {\n            kind\n            count\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').DashboardClientPurgesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardClients($filter: ClientFilter, $page: PageInput) {\n    clients(filter: $filter, page: $page) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          pseudonym\n          clientNumber\n          status\n          watched\n          primaryCounsellor {\n            id\n            firstName\n            lastName\n            displayName\n          }\n          topics {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').DashboardClientsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DashboardCreateClient($input: CreateClientInput!) {\n    createClient(input: $input) {\n      id\n      pseudonym\n    }\n  }\n"): typeof import('./graphql.js').DashboardCreateClientDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DashboardWatchClient($input: ClientIdInput!) {\n    watchClient(input: $input) {\n      id\n      watched\n    }\n  }\n"): typeof import('./graphql.js').DashboardWatchClientDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DashboardUnwatchClient($input: ClientIdInput!) {\n    unwatchClient(input: $input) {\n      id\n      watched\n    }\n  }\n"): typeof import('./graphql.js').DashboardUnwatchClientDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardClient($id: ID!) {\n    client(id: $id) {\n      id\n      pseudonym\n      clientNumber\n      status\n      createdAt\n      watched\n      email\n      phone\n      contactHidden\n      invitationAvailability\n      deletionRequestedAt\n      purgeDueAt\n      primaryCounsellor {\n        id\n      }\n      topics {\n        id\n      }\n      groups {\n        id\n        name\n      }\n      masterData {\n        key\n        value\n      }\n    }\n    organisation {\n      id\n      masterDataFields {\n        key\n        label\n        type\n        options\n      }\n    }\n  }\n"): typeof import('./graphql.js').DashboardClientDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DashboardUpdateClient($input: UpdateClientInput!) {\n    updateClient(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql.js').DashboardUpdateClientDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DashboardAssignPrimaryCounsellor($input: AssignPrimaryCounsellorInput!) {\n    assignPrimaryCounsellor(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql.js').DashboardAssignPrimaryCounsellorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DashboardBlockClient($input: ClientIdInput!) {\n    blockClient(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql.js').DashboardBlockClientDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DashboardUnblockClient($input: ClientIdInput!) {\n    unblockClient(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql.js').DashboardUnblockClientDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DashboardDeleteClient($input: ClientIdInput!) {\n    deleteClient(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql.js').DashboardDeleteClientDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DashboardRestoreClient($input: ClientIdInput!) {\n    restoreClient(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql.js').DashboardRestoreClientDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardClientNotes($clientId: ID!, $page: PageInput) {\n    clientNotes(clientId: $clientId, page: $page) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          body\n          createdAt\n          editedAt\n          mayEdit\n          mayDelete\n          author {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').DashboardClientNotesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DashboardAddClientNote($input: AddClientNoteInput!) {\n    addClientNote(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql.js').DashboardAddClientNoteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DashboardUpdateClientNote($input: UpdateClientNoteInput!) {\n    updateClientNote(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql.js').DashboardUpdateClientNoteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DashboardDeleteClientNote($input: ClientRecordIdInput!) {\n    deleteClientNote(input: $input)\n  }\n"): typeof import('./graphql.js').DashboardDeleteClientNoteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardClientDocuments($clientId: ID!, $page: PageInput) {\n    clientDocuments(clientId: $clientId, page: $page) {\n      totalCount\n      edges {\n        node {\n          id\n          filename\n          contentType\n          size\n          createdAt\n          mayDelete\n          uploadedBy {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').DashboardClientDocumentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardClientDocumentLink($documentId: ID!) {\n    clientDocumentLink(documentId: $documentId) {\n      url\n    }\n  }\n"): typeof import('./graphql.js').DashboardClientDocumentLinkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardClientDataExportLink($clientId: ID!, $includeStaffRecords: Boolean) {\n    clientDataExportLink(clientId: $clientId, includeStaffRecords: $includeStaffRecords) {\n      url\n    }\n  }\n"): typeof import('./graphql.js').DashboardClientDataExportLinkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DashboardDeleteClientDocument($input: ClientRecordIdInput!) {\n    deleteClientDocument(input: $input)\n  }\n"): typeof import('./graphql.js').DashboardDeleteClientDocumentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardDirectMessages($clientId: ID!) {\n    directMessageDelivery(clientId: $clientId)\n    directMessages(filter: { clientId: $clientId }, page: { first: 50 }) {\n      totalCount\n      edges {\n        node {\n          id\n          subject\n          body\n          delivery\n          createdAt\n          readAt\n          mailStatus\n          sender {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').DashboardDirectMessagesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DashboardSendDirectMessage($input: SendDirectMessageInput!) {\n    sendDirectMessage(input: $input) {\n      id\n      delivery\n    }\n  }\n"): typeof import('./graphql.js').DashboardSendDirectMessageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardHome($from: DateTimeISO!, $to: DateTimeISO!) {\n    calendar(scope: OWN, from: $from, to: $to) {\n      appointments {\n        id\n        kind\n        status\n        start\n        end\n        title\n        channel\n        participantCount\n        client {\n          id\n          pseudonym\n        }\n        service {\n          id\n          internalName\n        }\n      }\n    }\n    mine: mailRequests(filter: { assignedToMe: true, status: [NEW, ASSIGNED, OPEN] }, page: { first: 100 }) {\n      totalCount\n      edges {\n        node {\n          id\n          subject\n          status\n          dueAt\n          overdue\n          waitingSince\n          client {\n            id\n            pseudonym\n            clientNumber\n          }\n        }\n      }\n    }\n    pool: mailRequests(filter: { status: [NEW, OPEN] }, page: { first: 1 }) {\n      totalCount\n    }\n    chatStreams(page: { first: 50 }) {\n      edges {\n        node {\n          id\n          title\n          kind\n          unreadCount\n          lastActivityAt\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').DashboardHomeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DashboardSetMailAvailability($input: SetMailAvailabilityInput!) {\n    setMailAvailability(input: $input) {\n      id\n      mailAvailability\n      mailCapacity\n    }\n  }\n"): typeof import('./graphql.js').DashboardSetMailAvailabilityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DashboardRequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n"): typeof import('./graphql.js').DashboardRequestPasswordResetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardMailRequests($filter: MailRequestFilter, $page: PageInput, $sort: MailRequestSort) {\n    mailRequests(filter: $filter, page: $page, sort: $sort) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          subject\n          status\n          createdAt\n          lastMessageAt\n          dueAt\n          overdue\n          client {\n            id\n            pseudonym\n            clientNumber\n          }\n          counsellor {\n            id\n            displayName\n          }\n          topic {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').DashboardMailRequestsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardMailRequest($id: ID!) {\n    mailRequest(id: $id) {\n      id\n      subject\n      status\n      createdAt\n      dueAt\n      overdue\n      waitingSince\n      canTakeOver\n      closedAt\n      client {\n        id\n        pseudonym\n        clientNumber\n      }\n      counsellor {\n        id\n        displayName\n      }\n      releasedBy {\n        id\n        displayName\n      }\n      topic {\n        id\n        name\n      }\n      requestData {\n        key\n        value\n      }\n      draft {\n        id\n        body\n        savedAt\n        author {\n          id\n          displayName\n        }\n      }\n      messages {\n        id\n        seq\n        authorKind\n        body\n        createdAt\n        counsellor {\n          id\n          displayName\n        }\n      }\n      previousRequests {\n        id\n        subject\n        status\n        createdAt\n      }\n    }\n  }\n"): typeof import('./graphql.js').DashboardMailRequestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DashboardSaveMailDraft($input: SaveMailDraftInput!) {\n    saveMailDraft(input: $input) {\n      id\n      savedAt\n    }\n  }\n"): typeof import('./graphql.js').DashboardSaveMailDraftDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DashboardAnswerMailRequest($input: AnswerMailRequestInput!) {\n    answerMailRequest(input: $input) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql.js').DashboardAnswerMailRequestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DashboardReleaseMailRequest($input: ReleaseMailRequestInput!) {\n    releaseMailRequest(input: $input) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql.js').DashboardReleaseMailRequestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DashboardTakeOverMailRequest($input: TakeOverMailRequestInput!) {\n    takeOverMailRequest(input: $input) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql.js').DashboardTakeOverMailRequestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DashboardCloseMailRequest($input: CloseMailRequestInput!) {\n    closeMailRequest(input: $input) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql.js').DashboardCloseMailRequestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DashboardAssignMailRequest($input: AssignMailRequestInput!) {\n    assignMailRequest(input: $input) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql.js').DashboardAssignMailRequestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DashboardCopyRequestData($input: CopyRequestDataToClientInput!) {\n    copyRequestDataToClient(input: $input) {\n      client {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql.js').DashboardCopyRequestDataDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardCounsellorName($id: ID!) {\n    counsellor(id: $id) {\n      id\n      displayName\n    }\n  }\n"): typeof import('./graphql.js').DashboardCounsellorNameDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DashboardMonitoring on Monitoring {\n    id\n    date\n    durationMinutes\n    subject\n    channel\n    notes\n    createdAt\n    counsellor {\n      id\n      displayName\n    }\n    client {\n      id\n      pseudonym\n    }\n    topics {\n      id\n      name\n    }\n    source {\n      kind\n      id\n    }\n    requestData {\n      key\n      value\n    }\n  }\n"): typeof import('./graphql.js').DashboardMonitoringFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardMonitorings($filter: MonitoringFilter, $first: Int, $after: String) {\n    monitorings(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          ...DashboardMonitoring\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').DashboardMonitoringsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardMonitoringPrefill($source: MonitoringSourceInput!) {\n    monitoringPrefill(source: $source) {\n      source {\n        kind\n        id\n      }\n      client {\n        id\n        pseudonym\n      }\n      date\n      durationMinutes\n      subject\n      channel\n      topics {\n        id\n        name\n      }\n      requestData {\n        key\n        value\n      }\n    }\n  }\n"): typeof import('./graphql.js').DashboardMonitoringPrefillDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DashboardCreateMonitoring($input: CreateMonitoringInput!) {\n    createMonitoring(input: $input) {\n      ...DashboardMonitoring\n    }\n  }\n"): typeof import('./graphql.js').DashboardCreateMonitoringDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DashboardCreateMonitoringFromSource($input: CreateMonitoringFromSourceInput!) {\n    createMonitoringFromSource(input: $input) {\n      ...DashboardMonitoring\n    }\n  }\n"): typeof import('./graphql.js').DashboardCreateMonitoringFromSourceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DashboardUpdateMonitoring($input: UpdateMonitoringInput!) {\n    updateMonitoring(input: $input) {\n      ...DashboardMonitoring\n    }\n  }\n"): typeof import('./graphql.js').DashboardUpdateMonitoringDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DashboardDeleteMonitoring($input: DeleteMonitoringInput!) {\n    deleteMonitoring(input: $input)\n  }\n"): typeof import('./graphql.js').DashboardDeleteMonitoringDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DashboardOrganisationSettings on Organisation {\n    id\n    name\n    publicKey\n    licenceVolume\n    contact {\n      contactPerson\n      email\n      phone\n      website\n      address {\n        name\n        street\n        postcode\n        city\n        country\n      }\n    }\n    billingAddress {\n      name\n      street\n      postcode\n      city\n      country\n    }\n    timezone\n    locale\n    contentLanguages\n    holidayRegion\n    closingDays {\n      date\n      note\n    }\n    mailOverdueHours\n    opennessLevel\n    autoPrimaryCounsellor\n    fallbackCounsellor {\n      id\n    }\n    retentionDays\n    accessLogRetentionDays\n    requireTwoFactor\n    quickExit {\n      enabled\n      url\n    }\n    topics {\n      id\n      name\n      names {\n        lang\n        text\n      }\n      category\n    }\n    masterDataFields {\n      key\n      label\n      labels {\n        lang\n        text\n      }\n      type\n      options\n      optionLabels {\n        lang\n        texts\n      }\n      askInMailForm\n    }\n    video {\n      provider\n      allowVideoInChat\n    }\n    allowedOrigins\n  }\n"): typeof import('./graphql.js').DashboardOrganisationSettingsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardOrganisation {\n    organisation {\n      ...DashboardOrganisationSettings\n    }\n    counsellors(filter: { active: true }, page: { first: 100 }) {\n      edges {\n        node {\n          id\n          firstName\n          lastName\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').DashboardOrganisationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DashboardUpdateOrganisation($input: UpdateOrganisationInput!) {\n    updateOrganisation(input: $input) {\n      ...DashboardOrganisationSettings\n    }\n  }\n"): typeof import('./graphql.js').DashboardUpdateOrganisationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DashboardCreateTopic($input: CreateTopicInput!) {\n    createTopic(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql.js').DashboardCreateTopicDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DashboardUpdateTopic($input: UpdateTopicInput!) {\n    updateTopic(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql.js').DashboardUpdateTopicDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DashboardDeleteTopic($input: DeleteTopicInput!) {\n    deleteTopic(input: $input)\n  }\n"): typeof import('./graphql.js').DashboardDeleteTopicDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DashboardAppointmentService on AppointmentService {\n    id\n    active\n    internalName\n    publicName\n    publicNames {\n      lang\n      text\n    }\n    publicDescription\n    publicDescriptions {\n      lang\n      text\n    }\n    durationMinutes\n    followUpMinutes\n    minimumNoticeMinutes\n    channel\n    topic {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql.js').DashboardAppointmentServiceFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DashboardAppointmentSettings on AppointmentSettings {\n    id\n    holdMinutes\n    minimumNoticeMinutes\n  }\n"): typeof import('./graphql.js').DashboardAppointmentSettingsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardAppointmentServices {\n    appointmentServices(includeArchived: true) {\n      ...DashboardAppointmentService\n    }\n    appointmentSettings {\n      ...DashboardAppointmentSettings\n    }\n  }\n"): typeof import('./graphql.js').DashboardAppointmentServicesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DashboardCreateAppointmentService($input: CreateAppointmentServiceInput!) {\n    createAppointmentService(input: $input) {\n      ...DashboardAppointmentService\n    }\n  }\n"): typeof import('./graphql.js').DashboardCreateAppointmentServiceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DashboardUpdateAppointmentService($input: UpdateAppointmentServiceInput!) {\n    updateAppointmentService(input: $input) {\n      ...DashboardAppointmentService\n    }\n  }\n"): typeof import('./graphql.js').DashboardUpdateAppointmentServiceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DashboardUpdateAppointmentSettings($input: UpdateAppointmentSettingsInput!) {\n    updateAppointmentSettings(input: $input) {\n      ...DashboardAppointmentSettings\n    }\n  }\n"): typeof import('./graphql.js').DashboardUpdateAppointmentSettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DashboardWebhookEndpoint on WebhookEndpoint {\n    id\n    url\n    description\n    events\n    active\n    createdAt\n  }\n"): typeof import('./graphql.js').DashboardWebhookEndpointFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardWebhookEndpoints {\n    webhookEndpoints {\n      ...DashboardWebhookEndpoint\n    }\n  }\n"): typeof import('./graphql.js').DashboardWebhookEndpointsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardWebhookAttempts($endpointId: ID!, $page: PageInput) {\n    webhookAttempts(endpointId: $endpointId, page: $page) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          eventId\n          eventType\n          attempt\n          createdAt\n          statusCode\n          durationMs\n          error\n          responseSnippet\n          nextRetryAt\n          deliveryStatus\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').DashboardWebhookAttemptsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DashboardCreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {\n    createWebhookEndpoint(input: $input) {\n      secret\n      endpoint {\n        ...DashboardWebhookEndpoint\n      }\n    }\n  }\n"): typeof import('./graphql.js').DashboardCreateWebhookEndpointDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DashboardUpdateWebhookEndpoint($input: UpdateWebhookEndpointInput!) {\n    updateWebhookEndpoint(input: $input) {\n      ...DashboardWebhookEndpoint\n    }\n  }\n"): typeof import('./graphql.js').DashboardUpdateWebhookEndpointDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DashboardRotateWebhookSecret($input: WebhookEndpointIdInput!) {\n    rotateWebhookSecret(input: $input) {\n      secret\n      endpoint {\n        ...DashboardWebhookEndpoint\n      }\n    }\n  }\n"): typeof import('./graphql.js').DashboardRotateWebhookSecretDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DashboardDeleteWebhookEndpoint($input: WebhookEndpointIdInput!) {\n    deleteWebhookEndpoint(input: $input)\n  }\n"): typeof import('./graphql.js').DashboardDeleteWebhookEndpointDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DashboardSendWebhookTestEvent($input: WebhookEndpointIdInput!) {\n    sendWebhookTestEvent(input: $input)\n  }\n"): typeof import('./graphql.js').DashboardSendWebhookTestEventDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DashboardChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n    }\n  }\n"): typeof import('./graphql.js').DashboardChangePasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardTwoFactorStatus {\n    me {\n      id\n      twoFactor {\n        enabled\n        enabledAt\n        recoveryCodesLeft\n        required\n      }\n    }\n  }\n"): typeof import('./graphql.js').DashboardTwoFactorStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DashboardStartTwoFactorSetup($input: StartTwoFactorSetupInput!) {\n    startTwoFactorSetup(input: $input) {\n      secret\n      qrCodeDataUrl\n    }\n  }\n"): typeof import('./graphql.js').DashboardStartTwoFactorSetupDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DashboardConfirmTwoFactorSetup($input: ConfirmTwoFactorSetupInput!) {\n    confirmTwoFactorSetup(input: $input) {\n      codes\n    }\n  }\n"): typeof import('./graphql.js').DashboardConfirmTwoFactorSetupDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DashboardRegenerateRecoveryCodes($input: RegenerateRecoveryCodesInput!) {\n    regenerateRecoveryCodes(input: $input) {\n      codes\n    }\n  }\n"): typeof import('./graphql.js').DashboardRegenerateRecoveryCodesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DashboardDisableTwoFactor($input: DisableTwoFactorInput!) {\n    disableTwoFactor(input: $input)\n  }\n"): typeof import('./graphql.js').DashboardDisableTwoFactorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardMyProfile {\n    me {\n      id\n      counsellor {\n        id\n        salutation\n        firstName\n        lastName\n        email\n        phone\n        postcode\n        newsletter\n        displayName\n        avatarUrl\n        languages\n        descriptions {\n          lang\n          text\n        }\n        mailAvailability\n        mailCapacity\n        allowVideoInChat\n      }\n    }\n  }\n"): typeof import('./graphql.js').DashboardMyProfileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DashboardUpdateMyProfile($input: UpdateMyProfileInput!) {\n    updateMyProfile(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql.js').DashboardUpdateMyProfileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DashboardDeleteMyAvatar {\n    deleteMyAvatar {\n      id\n      avatarUrl\n    }\n  }\n"): typeof import('./graphql.js').DashboardDeleteMyAvatarDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DashboardProfileMailAvailability($input: SetMailAvailabilityInput!) {\n    setMailAvailability(input: $input) {\n      id\n      mailAvailability\n      mailCapacity\n    }\n  }\n"): typeof import('./graphql.js').DashboardProfileMailAvailabilityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DashboardUpdateChatSettings($input: UpdateChatSettingsInput!) {\n    updateChatSettings(input: $input) {\n      id\n      allowVideoInChat\n    }\n  }\n"): typeof import('./graphql.js').DashboardUpdateChatSettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardActiveCounsellors {\n    counsellors(filter: { active: true }, page: { first: 100 }) {\n      edges {\n        node {\n          id\n          displayName\n          firstName\n          lastName\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').DashboardActiveCounsellorsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DashboardLogin($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n      me {\n        kind\n      }\n      secondFactor {\n        challenge\n      }\n    }\n  }\n"): typeof import('./graphql.js').DashboardLoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DashboardCompleteTwoFactorLogin($input: CompleteTwoFactorLoginInput!) {\n    completeTwoFactorLogin(input: $input) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n      me {\n        kind\n      }\n    }\n  }\n"): typeof import('./graphql.js').DashboardCompleteTwoFactorLoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardMe {\n    me {\n      id\n      twoFactorSetupRequired\n      counsellor {\n        id\n        displayName\n        firstName\n        lastName\n        loginName\n        role\n        dataProtection\n        presenceStatus\n        mailAvailability\n        mailCapacity\n        organisation {\n          id\n          name\n          publicKey\n          timezone\n          contentLanguages\n          opennessLevel\n          masterDataFields {\n            key\n            label\n          }\n          topics {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').DashboardMeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardLicenceRequests {\n    licenceRequests(page: { first: 10 }) {\n      edges {\n        node {\n          id\n          createdAt\n          currentVolume\n          requestedVolume\n          contactPerson\n        }\n      }\n    }\n    organisation {\n      id\n      contact {\n        contactPerson\n        email\n      }\n    }\n  }\n"): typeof import('./graphql.js').DashboardLicenceRequestsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DashboardRequestLicenceIncrease($input: RequestLicenceIncreaseInput!) {\n    requestLicenceIncrease(input: $input) {\n      id\n      requestedVolume\n    }\n  }\n"): typeof import('./graphql.js').DashboardRequestLicenceIncreaseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardStaff {\n    counsellors(page: { first: 100 }) {\n      totalCount\n      edges {\n        node {\n          id\n          firstName\n          lastName\n          displayName\n          loginName\n          email\n          role\n          active\n          twoFactorEnabled\n          dataProtection\n        }\n      }\n    }\n    activeStaff: counsellors(filter: { active: true }, page: { first: 1 }) {\n      totalCount\n    }\n    organisation {\n      id\n      licenceVolume\n    }\n  }\n"): typeof import('./graphql.js').DashboardStaffDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DashboardCreateCounsellor($input: CreateCounsellorInput!) {\n    createCounsellor(input: $input) {\n      id\n      firstName\n      lastName\n      email\n    }\n  }\n"): typeof import('./graphql.js').DashboardCreateCounsellorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DashboardSendInvitation($input: SendInvitationInput!) {\n    sendInvitation(input: $input) {\n      expiresAt\n    }\n  }\n"): typeof import('./graphql.js').DashboardSendInvitationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DashboardResetTwoFactor($input: ResetTwoFactorInput!) {\n    resetTwoFactor(input: $input) {\n      id\n      twoFactorEnabled\n    }\n  }\n"): typeof import('./graphql.js').DashboardResetTwoFactorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DashboardChangeCounsellorRole($input: ChangeCounsellorRoleInput!) {\n    changeCounsellorRole(input: $input) {\n      id\n      role\n    }\n  }\n"): typeof import('./graphql.js').DashboardChangeCounsellorRoleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DashboardSetCounsellorActive($input: SetCounsellorActiveInput!) {\n    setCounsellorActive(input: $input) {\n      id\n      active\n    }\n  }\n"): typeof import('./graphql.js').DashboardSetCounsellorActiveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DashboardSetCounsellorDataProtection($input: SetCounsellorDataProtectionInput!) {\n    setCounsellorDataProtection(input: $input) {\n      id\n      dataProtection\n    }\n  }\n"): typeof import('./graphql.js').DashboardSetCounsellorDataProtectionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DashboardDeleteCounsellor($input: DeleteCounsellorInput!) {\n    deleteCounsellor(input: $input)\n  }\n"): typeof import('./graphql.js').DashboardDeleteCounsellorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardStatistics($period: StatisticsPeriodInput, $counsellorId: ID, $language: String) {\n    monitoringStatistics(period: $period, counsellorId: $counsellorId, language: $language) {\n      period {\n        from\n        to\n      }\n      counsellorId\n      language\n      figures {\n        key\n        label\n        value\n        unit\n        definition\n      }\n      tables {\n        grouping\n        title\n        definition\n        rows {\n          key\n          label\n          count\n          minutes\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').DashboardStatisticsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardTextTemplates($scope: TextTemplateScope) {\n    textTemplates(scope: $scope) {\n      id\n      scope\n      title\n      body\n      mayEdit\n    }\n  }\n"): typeof import('./graphql.js').DashboardTextTemplatesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DashboardCreateTextTemplate($input: CreateTextTemplateInput!) {\n    createTextTemplate(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql.js').DashboardCreateTextTemplateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DashboardUpdateTextTemplate($input: UpdateTextTemplateInput!) {\n    updateTextTemplate(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql.js').DashboardUpdateTextTemplateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DashboardDeleteTextTemplate($input: TextTemplateIdInput!) {\n    deleteTextTemplate(input: $input)\n  }\n"): typeof import('./graphql.js').DashboardDeleteTextTemplateDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
