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
    "\n  subscription DashboardInboxUpdated {\n    chatInboxUpdated {\n      streamId\n    }\n  }\n": typeof types.DashboardInboxUpdatedDocument,
    "\n  subscription DashboardMailRequestChanged {\n    mailRequestChanged {\n      requestId\n      kind\n      status\n      counsellorId\n      actorId\n    }\n  }\n": typeof types.DashboardMailRequestChangedDocument,
    "\n  mutation DashboardSetPresence($input: SetPresenceStatusInput!) {\n    setPresenceStatus(input: $input) {\n      counsellorId\n      state\n    }\n  }\n": typeof types.DashboardSetPresenceDocument,
    "\n  query DashboardAvailability($counsellorId: ID!, $from: DateTimeISO!, $to: DateTimeISO!) {\n    bookingTimes(counsellorId: $counsellorId) {\n      counsellorId\n      horizonWeeks\n      windows {\n        id\n        weekday\n        from\n        to\n        service {\n          id\n        }\n      }\n    }\n    counsellorChannels(counsellorId: $counsellorId) {\n      id\n      channel\n      externalUrl\n      address {\n        name\n        street\n        postcode\n        city\n        country\n      }\n    }\n    appointmentServices {\n      id\n      internalName\n      durationMinutes\n      followUpMinutes\n      channel\n    }\n    counsellor(id: $counsellorId) {\n      id\n      displayName\n      onlyRegularClients\n    }\n    calendar(scope: COUNSELLOR, counsellorId: $counsellorId, from: $from, to: $to, includeFreeSlots: true) {\n      freeSlots {\n        serviceId\n        starts\n      }\n    }\n  }\n": typeof types.DashboardAvailabilityDocument,
    "\n  query DashboardAvailabilityCounsellors {\n    counsellors(filter: { active: true }, page: { first: 100 }) {\n      edges {\n        node {\n          id\n          displayName\n          firstName\n          lastName\n        }\n      }\n    }\n  }\n": typeof types.DashboardAvailabilityCounsellorsDocument,
    "\n  mutation DashboardSetBookingTimes($input: SetBookingTimesInput!) {\n    setBookingTimes(input: $input) {\n      counsellorId\n      horizonWeeks\n    }\n  }\n": typeof types.DashboardSetBookingTimesDocument,
    "\n  mutation DashboardSetCounsellorChannels($input: SetCounsellorChannelsInput!) {\n    setCounsellorChannels(input: $input) {\n      id\n    }\n  }\n": typeof types.DashboardSetCounsellorChannelsDocument,
    "\n  mutation DashboardSetOnlyRegularClients($input: SetOnlyRegularClientsInput!) {\n    setOnlyRegularClients(input: $input) {\n      id\n      onlyRegularClients\n    }\n  }\n": typeof types.DashboardSetOnlyRegularClientsDocument,
    "\n  query DashboardAbsences($counsellorId: ID!, $from: DateTimeISO!, $to: DateTimeISO!) {\n    absences(counsellorId: $counsellorId, from: $from, to: $to) {\n      id\n      start\n      end\n      note\n    }\n  }\n": typeof types.DashboardAbsencesDocument,
    "\n  mutation DashboardCreateAbsence($input: CreateAbsenceInput!) {\n    createAbsence(input: $input) {\n      id\n    }\n  }\n": typeof types.DashboardCreateAbsenceDocument,
    "\n  mutation DashboardDeleteAbsence($input: IdInput!) {\n    deleteAbsence(input: $input)\n  }\n": typeof types.DashboardDeleteAbsenceDocument,
    "\n  mutation DashboardCreateAppointment($input: CreateAppointmentInput!) {\n    createAppointment(input: $input) {\n      __typename\n      ... on Appointment {\n        id\n      }\n      ... on SlotTaken {\n        message\n      }\n    }\n  }\n": typeof types.DashboardCreateAppointmentDocument,
    "\n  mutation DashboardCreateBlocker($input: CreateBlockerInput!) {\n    createBlocker(input: $input) {\n      __typename\n      ... on Appointment {\n        id\n      }\n      ... on SlotTaken {\n        message\n      }\n    }\n  }\n": typeof types.DashboardCreateBlockerDocument,
    "\n  mutation DashboardCreateGroupAppointment($input: CreateGroupAppointmentInput!) {\n    createGroupAppointment(input: $input) {\n      __typename\n      ... on Appointment {\n        id\n      }\n      ... on SlotTaken {\n        message\n      }\n    }\n  }\n": typeof types.DashboardCreateGroupAppointmentDocument,
    "\n  mutation DashboardAddGroupParticipants($input: GroupParticipantsInput!) {\n    addGroupParticipants(input: $input) {\n      __typename\n      ... on Appointment {\n        id\n        participantCount\n      }\n      ... on GroupFull {\n        capacity\n      }\n    }\n  }\n": typeof types.DashboardAddGroupParticipantsDocument,
    "\n  mutation DashboardCancelAppointment($input: IdInput!) {\n    cancelAppointment(input: $input) {\n      appointmentId\n      status\n    }\n  }\n": typeof types.DashboardCancelAppointmentDocument,
    "\n  mutation DashboardStartVideo($input: AppointmentIdInput!) {\n    startVideo(input: $input) {\n      moderatorUrl\n      guestUrl\n      seminarUrl\n      external\n      expiresAt\n    }\n  }\n": typeof types.DashboardStartVideoDocument,
    "\n  mutation DashboardRemoveGroupParticipant($input: RemoveGroupParticipantInput!) {\n    removeGroupParticipant(input: $input) {\n      id\n      participantCount\n      participants {\n        id\n        pseudonym\n        clientNumber\n      }\n    }\n  }\n": typeof types.DashboardRemoveGroupParticipantDocument,
    "\n  query DashboardCalendarAppointment($id: ID!) {\n    appointment(id: $id) {\n      id\n      participantCount\n      participants {\n        id\n        pseudonym\n        clientNumber\n      }\n    }\n  }\n": typeof types.DashboardCalendarAppointmentDocument,
    "\n  mutation DashboardUpdateGroupAppointment($input: UpdateGroupAppointmentInput!) {\n    updateGroupAppointment(input: $input) {\n      __typename\n      ... on Appointment {\n        id\n        title\n        maxParticipants\n        bookableByClients\n      }\n      ... on GroupFull {\n        capacity\n      }\n      ... on SlotTaken {\n        message\n      }\n    }\n  }\n": typeof types.DashboardUpdateGroupAppointmentDocument,
    "\n  query DashboardCalendar(\n    $scope: CalendarScope!\n    $counsellorId: ID\n    $from: DateTimeISO!\n    $to: DateTimeISO!\n    $free: Boolean!\n    $absencesOf: ID!\n    $withAbsences: Boolean!\n  ) {\n    calendar(scope: $scope, counsellorId: $counsellorId, from: $from, to: $to, includeFreeSlots: $free) {\n      appointments {\n        id\n        kind\n        status\n        start\n        end\n        title\n        remarks\n        channel\n        followUpMinutes\n        maxParticipants\n        participantCount\n        bookableByClients\n        counsellor {\n          id\n          displayName\n        }\n        client {\n          id\n          pseudonym\n          clientNumber\n        }\n        participants {\n          id\n          pseudonym\n          clientNumber\n        }\n        service {\n          id\n          internalName\n        }\n      }\n      freeSlots {\n        counsellorId\n        serviceId\n        durationMinutes\n        starts\n      }\n    }\n    absences(counsellorId: $absencesOf, from: $from, to: $to) @include(if: $withAbsences) {\n      id\n      start\n      end\n      note\n    }\n  }\n": typeof types.DashboardCalendarDocument,
    "\n  query DashboardCalendarSetup {\n    organisation {\n      id\n      publicKey\n    }\n    counsellors(filter: { active: true }, page: { first: 100 }) {\n      edges {\n        node {\n          id\n          displayName\n          firstName\n          lastName\n        }\n      }\n    }\n    appointmentServices {\n      id\n      internalName\n      durationMinutes\n      followUpMinutes\n      channel\n    }\n    mailRequests(page: { first: 100 }) {\n      edges {\n        node {\n          id\n          client {\n            id\n            pseudonym\n            clientNumber\n          }\n        }\n      }\n    }\n  }\n": typeof types.DashboardCalendarSetupDocument,
    "\n  subscription DashboardAvailabilityChanged($key: String!) {\n    availabilityChanged(organisationKey: $key) {\n      counsellorId\n      reason\n    }\n  }\n": typeof types.DashboardAvailabilityChangedDocument,
    "\n  query DashboardHome($from: DateTimeISO!, $to: DateTimeISO!) {\n    calendar(scope: OWN, from: $from, to: $to) {\n      appointments {\n        id\n        kind\n        status\n        start\n        end\n        title\n        channel\n        participantCount\n        client {\n          id\n          pseudonym\n        }\n        service {\n          id\n          internalName\n        }\n      }\n    }\n    mine: mailRequests(filter: { assignedToMe: true, status: [NEW, ASSIGNED, OPEN] }, page: { first: 100 }) {\n      totalCount\n      edges {\n        node {\n          id\n          subject\n          status\n          dueAt\n          overdue\n          waitingSince\n          client {\n            id\n            pseudonym\n            clientNumber\n          }\n        }\n      }\n    }\n    pool: mailRequests(filter: { status: [NEW, OPEN] }, page: { first: 1 }) {\n      totalCount\n    }\n    chatStreams(page: { first: 50 }) {\n      edges {\n        node {\n          id\n          title\n          kind\n          unreadCount\n          lastActivityAt\n        }\n      }\n    }\n  }\n": typeof types.DashboardHomeDocument,
    "\n  mutation DashboardSetMailAvailability($input: SetMailAvailabilityInput!) {\n    setMailAvailability(input: $input) {\n      id\n      mailAvailability\n      mailCapacity\n    }\n  }\n": typeof types.DashboardSetMailAvailabilityDocument,
    "\n  mutation DashboardRequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n": typeof types.DashboardRequestPasswordResetDocument,
    "\n  query DashboardMailRequests($filter: MailRequestFilter, $page: PageInput) {\n    mailRequests(filter: $filter, page: $page) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          subject\n          status\n          createdAt\n          lastMessageAt\n          dueAt\n          overdue\n          client {\n            id\n            pseudonym\n            clientNumber\n          }\n          counsellor {\n            id\n            displayName\n          }\n          topic {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.DashboardMailRequestsDocument,
    "\n  query DashboardActiveCounsellors {\n    counsellors(filter: { active: true }, page: { first: 100 }) {\n      edges {\n        node {\n          id\n          displayName\n          firstName\n          lastName\n        }\n      }\n    }\n  }\n": typeof types.DashboardActiveCounsellorsDocument,
    "\n  query DashboardMailRequest($id: ID!) {\n    mailRequest(id: $id) {\n      id\n      subject\n      status\n      createdAt\n      dueAt\n      overdue\n      waitingSince\n      canTakeOver\n      closedAt\n      client {\n        id\n        pseudonym\n        clientNumber\n      }\n      counsellor {\n        id\n        displayName\n      }\n      releasedBy {\n        id\n        displayName\n      }\n      topic {\n        id\n        name\n      }\n      requestData {\n        key\n        value\n      }\n      draft {\n        id\n        body\n        savedAt\n        author {\n          id\n          displayName\n        }\n      }\n      messages {\n        id\n        seq\n        authorKind\n        body\n        createdAt\n        counsellor {\n          id\n          displayName\n        }\n      }\n      previousRequests {\n        id\n        subject\n        status\n        createdAt\n      }\n    }\n  }\n": typeof types.DashboardMailRequestDocument,
    "\n  mutation DashboardSaveMailDraft($input: SaveMailDraftInput!) {\n    saveMailDraft(input: $input) {\n      id\n      savedAt\n    }\n  }\n": typeof types.DashboardSaveMailDraftDocument,
    "\n  mutation DashboardAnswerMailRequest($input: AnswerMailRequestInput!) {\n    answerMailRequest(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.DashboardAnswerMailRequestDocument,
    "\n  mutation DashboardReleaseMailRequest($input: ReleaseMailRequestInput!) {\n    releaseMailRequest(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.DashboardReleaseMailRequestDocument,
    "\n  mutation DashboardTakeOverMailRequest($input: TakeOverMailRequestInput!) {\n    takeOverMailRequest(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.DashboardTakeOverMailRequestDocument,
    "\n  mutation DashboardCloseMailRequest($input: CloseMailRequestInput!) {\n    closeMailRequest(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.DashboardCloseMailRequestDocument,
    "\n  mutation DashboardAssignMailRequest($input: AssignMailRequestInput!) {\n    assignMailRequest(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.DashboardAssignMailRequestDocument,
    "\n  mutation DashboardCopyRequestData($input: CopyRequestDataToClientInput!) {\n    copyRequestDataToClient(input: $input) {\n      client {\n        id\n      }\n    }\n  }\n": typeof types.DashboardCopyRequestDataDocument,
    "\n  query DashboardCounsellorName($id: ID!) {\n    counsellor(id: $id) {\n      id\n      displayName\n    }\n  }\n": typeof types.DashboardCounsellorNameDocument,
    "\n  query DashboardAssignableCounsellors {\n    counsellors(filter: { active: true }, page: { first: 100 }) {\n      edges {\n        node {\n          id\n          displayName\n          firstName\n          lastName\n        }\n      }\n    }\n  }\n": typeof types.DashboardAssignableCounsellorsDocument,
    "\n  query DashboardMe {\n    me {\n      id\n      counsellor {\n        id\n        displayName\n        firstName\n        lastName\n        loginName\n        role\n        presenceStatus\n        mailAvailability\n        mailCapacity\n        organisation {\n          id\n          name\n          timezone\n          opennessLevel\n          masterDataFields {\n            key\n            label\n          }\n        }\n      }\n    }\n  }\n": typeof types.DashboardMeDocument,
};
const documents: Documents = {
    "\n  subscription DashboardInboxUpdated {\n    chatInboxUpdated {\n      streamId\n    }\n  }\n": types.DashboardInboxUpdatedDocument,
    "\n  subscription DashboardMailRequestChanged {\n    mailRequestChanged {\n      requestId\n      kind\n      status\n      counsellorId\n      actorId\n    }\n  }\n": types.DashboardMailRequestChangedDocument,
    "\n  mutation DashboardSetPresence($input: SetPresenceStatusInput!) {\n    setPresenceStatus(input: $input) {\n      counsellorId\n      state\n    }\n  }\n": types.DashboardSetPresenceDocument,
    "\n  query DashboardAvailability($counsellorId: ID!, $from: DateTimeISO!, $to: DateTimeISO!) {\n    bookingTimes(counsellorId: $counsellorId) {\n      counsellorId\n      horizonWeeks\n      windows {\n        id\n        weekday\n        from\n        to\n        service {\n          id\n        }\n      }\n    }\n    counsellorChannels(counsellorId: $counsellorId) {\n      id\n      channel\n      externalUrl\n      address {\n        name\n        street\n        postcode\n        city\n        country\n      }\n    }\n    appointmentServices {\n      id\n      internalName\n      durationMinutes\n      followUpMinutes\n      channel\n    }\n    counsellor(id: $counsellorId) {\n      id\n      displayName\n      onlyRegularClients\n    }\n    calendar(scope: COUNSELLOR, counsellorId: $counsellorId, from: $from, to: $to, includeFreeSlots: true) {\n      freeSlots {\n        serviceId\n        starts\n      }\n    }\n  }\n": types.DashboardAvailabilityDocument,
    "\n  query DashboardAvailabilityCounsellors {\n    counsellors(filter: { active: true }, page: { first: 100 }) {\n      edges {\n        node {\n          id\n          displayName\n          firstName\n          lastName\n        }\n      }\n    }\n  }\n": types.DashboardAvailabilityCounsellorsDocument,
    "\n  mutation DashboardSetBookingTimes($input: SetBookingTimesInput!) {\n    setBookingTimes(input: $input) {\n      counsellorId\n      horizonWeeks\n    }\n  }\n": types.DashboardSetBookingTimesDocument,
    "\n  mutation DashboardSetCounsellorChannels($input: SetCounsellorChannelsInput!) {\n    setCounsellorChannels(input: $input) {\n      id\n    }\n  }\n": types.DashboardSetCounsellorChannelsDocument,
    "\n  mutation DashboardSetOnlyRegularClients($input: SetOnlyRegularClientsInput!) {\n    setOnlyRegularClients(input: $input) {\n      id\n      onlyRegularClients\n    }\n  }\n": types.DashboardSetOnlyRegularClientsDocument,
    "\n  query DashboardAbsences($counsellorId: ID!, $from: DateTimeISO!, $to: DateTimeISO!) {\n    absences(counsellorId: $counsellorId, from: $from, to: $to) {\n      id\n      start\n      end\n      note\n    }\n  }\n": types.DashboardAbsencesDocument,
    "\n  mutation DashboardCreateAbsence($input: CreateAbsenceInput!) {\n    createAbsence(input: $input) {\n      id\n    }\n  }\n": types.DashboardCreateAbsenceDocument,
    "\n  mutation DashboardDeleteAbsence($input: IdInput!) {\n    deleteAbsence(input: $input)\n  }\n": types.DashboardDeleteAbsenceDocument,
    "\n  mutation DashboardCreateAppointment($input: CreateAppointmentInput!) {\n    createAppointment(input: $input) {\n      __typename\n      ... on Appointment {\n        id\n      }\n      ... on SlotTaken {\n        message\n      }\n    }\n  }\n": types.DashboardCreateAppointmentDocument,
    "\n  mutation DashboardCreateBlocker($input: CreateBlockerInput!) {\n    createBlocker(input: $input) {\n      __typename\n      ... on Appointment {\n        id\n      }\n      ... on SlotTaken {\n        message\n      }\n    }\n  }\n": types.DashboardCreateBlockerDocument,
    "\n  mutation DashboardCreateGroupAppointment($input: CreateGroupAppointmentInput!) {\n    createGroupAppointment(input: $input) {\n      __typename\n      ... on Appointment {\n        id\n      }\n      ... on SlotTaken {\n        message\n      }\n    }\n  }\n": types.DashboardCreateGroupAppointmentDocument,
    "\n  mutation DashboardAddGroupParticipants($input: GroupParticipantsInput!) {\n    addGroupParticipants(input: $input) {\n      __typename\n      ... on Appointment {\n        id\n        participantCount\n      }\n      ... on GroupFull {\n        capacity\n      }\n    }\n  }\n": types.DashboardAddGroupParticipantsDocument,
    "\n  mutation DashboardCancelAppointment($input: IdInput!) {\n    cancelAppointment(input: $input) {\n      appointmentId\n      status\n    }\n  }\n": types.DashboardCancelAppointmentDocument,
    "\n  mutation DashboardStartVideo($input: AppointmentIdInput!) {\n    startVideo(input: $input) {\n      moderatorUrl\n      guestUrl\n      seminarUrl\n      external\n      expiresAt\n    }\n  }\n": types.DashboardStartVideoDocument,
    "\n  mutation DashboardRemoveGroupParticipant($input: RemoveGroupParticipantInput!) {\n    removeGroupParticipant(input: $input) {\n      id\n      participantCount\n      participants {\n        id\n        pseudonym\n        clientNumber\n      }\n    }\n  }\n": types.DashboardRemoveGroupParticipantDocument,
    "\n  query DashboardCalendarAppointment($id: ID!) {\n    appointment(id: $id) {\n      id\n      participantCount\n      participants {\n        id\n        pseudonym\n        clientNumber\n      }\n    }\n  }\n": types.DashboardCalendarAppointmentDocument,
    "\n  mutation DashboardUpdateGroupAppointment($input: UpdateGroupAppointmentInput!) {\n    updateGroupAppointment(input: $input) {\n      __typename\n      ... on Appointment {\n        id\n        title\n        maxParticipants\n        bookableByClients\n      }\n      ... on GroupFull {\n        capacity\n      }\n      ... on SlotTaken {\n        message\n      }\n    }\n  }\n": types.DashboardUpdateGroupAppointmentDocument,
    "\n  query DashboardCalendar(\n    $scope: CalendarScope!\n    $counsellorId: ID\n    $from: DateTimeISO!\n    $to: DateTimeISO!\n    $free: Boolean!\n    $absencesOf: ID!\n    $withAbsences: Boolean!\n  ) {\n    calendar(scope: $scope, counsellorId: $counsellorId, from: $from, to: $to, includeFreeSlots: $free) {\n      appointments {\n        id\n        kind\n        status\n        start\n        end\n        title\n        remarks\n        channel\n        followUpMinutes\n        maxParticipants\n        participantCount\n        bookableByClients\n        counsellor {\n          id\n          displayName\n        }\n        client {\n          id\n          pseudonym\n          clientNumber\n        }\n        participants {\n          id\n          pseudonym\n          clientNumber\n        }\n        service {\n          id\n          internalName\n        }\n      }\n      freeSlots {\n        counsellorId\n        serviceId\n        durationMinutes\n        starts\n      }\n    }\n    absences(counsellorId: $absencesOf, from: $from, to: $to) @include(if: $withAbsences) {\n      id\n      start\n      end\n      note\n    }\n  }\n": types.DashboardCalendarDocument,
    "\n  query DashboardCalendarSetup {\n    organisation {\n      id\n      publicKey\n    }\n    counsellors(filter: { active: true }, page: { first: 100 }) {\n      edges {\n        node {\n          id\n          displayName\n          firstName\n          lastName\n        }\n      }\n    }\n    appointmentServices {\n      id\n      internalName\n      durationMinutes\n      followUpMinutes\n      channel\n    }\n    mailRequests(page: { first: 100 }) {\n      edges {\n        node {\n          id\n          client {\n            id\n            pseudonym\n            clientNumber\n          }\n        }\n      }\n    }\n  }\n": types.DashboardCalendarSetupDocument,
    "\n  subscription DashboardAvailabilityChanged($key: String!) {\n    availabilityChanged(organisationKey: $key) {\n      counsellorId\n      reason\n    }\n  }\n": types.DashboardAvailabilityChangedDocument,
    "\n  query DashboardHome($from: DateTimeISO!, $to: DateTimeISO!) {\n    calendar(scope: OWN, from: $from, to: $to) {\n      appointments {\n        id\n        kind\n        status\n        start\n        end\n        title\n        channel\n        participantCount\n        client {\n          id\n          pseudonym\n        }\n        service {\n          id\n          internalName\n        }\n      }\n    }\n    mine: mailRequests(filter: { assignedToMe: true, status: [NEW, ASSIGNED, OPEN] }, page: { first: 100 }) {\n      totalCount\n      edges {\n        node {\n          id\n          subject\n          status\n          dueAt\n          overdue\n          waitingSince\n          client {\n            id\n            pseudonym\n            clientNumber\n          }\n        }\n      }\n    }\n    pool: mailRequests(filter: { status: [NEW, OPEN] }, page: { first: 1 }) {\n      totalCount\n    }\n    chatStreams(page: { first: 50 }) {\n      edges {\n        node {\n          id\n          title\n          kind\n          unreadCount\n          lastActivityAt\n        }\n      }\n    }\n  }\n": types.DashboardHomeDocument,
    "\n  mutation DashboardSetMailAvailability($input: SetMailAvailabilityInput!) {\n    setMailAvailability(input: $input) {\n      id\n      mailAvailability\n      mailCapacity\n    }\n  }\n": types.DashboardSetMailAvailabilityDocument,
    "\n  mutation DashboardRequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n": types.DashboardRequestPasswordResetDocument,
    "\n  query DashboardMailRequests($filter: MailRequestFilter, $page: PageInput) {\n    mailRequests(filter: $filter, page: $page) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          subject\n          status\n          createdAt\n          lastMessageAt\n          dueAt\n          overdue\n          client {\n            id\n            pseudonym\n            clientNumber\n          }\n          counsellor {\n            id\n            displayName\n          }\n          topic {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.DashboardMailRequestsDocument,
    "\n  query DashboardActiveCounsellors {\n    counsellors(filter: { active: true }, page: { first: 100 }) {\n      edges {\n        node {\n          id\n          displayName\n          firstName\n          lastName\n        }\n      }\n    }\n  }\n": types.DashboardActiveCounsellorsDocument,
    "\n  query DashboardMailRequest($id: ID!) {\n    mailRequest(id: $id) {\n      id\n      subject\n      status\n      createdAt\n      dueAt\n      overdue\n      waitingSince\n      canTakeOver\n      closedAt\n      client {\n        id\n        pseudonym\n        clientNumber\n      }\n      counsellor {\n        id\n        displayName\n      }\n      releasedBy {\n        id\n        displayName\n      }\n      topic {\n        id\n        name\n      }\n      requestData {\n        key\n        value\n      }\n      draft {\n        id\n        body\n        savedAt\n        author {\n          id\n          displayName\n        }\n      }\n      messages {\n        id\n        seq\n        authorKind\n        body\n        createdAt\n        counsellor {\n          id\n          displayName\n        }\n      }\n      previousRequests {\n        id\n        subject\n        status\n        createdAt\n      }\n    }\n  }\n": types.DashboardMailRequestDocument,
    "\n  mutation DashboardSaveMailDraft($input: SaveMailDraftInput!) {\n    saveMailDraft(input: $input) {\n      id\n      savedAt\n    }\n  }\n": types.DashboardSaveMailDraftDocument,
    "\n  mutation DashboardAnswerMailRequest($input: AnswerMailRequestInput!) {\n    answerMailRequest(input: $input) {\n      id\n      status\n    }\n  }\n": types.DashboardAnswerMailRequestDocument,
    "\n  mutation DashboardReleaseMailRequest($input: ReleaseMailRequestInput!) {\n    releaseMailRequest(input: $input) {\n      id\n      status\n    }\n  }\n": types.DashboardReleaseMailRequestDocument,
    "\n  mutation DashboardTakeOverMailRequest($input: TakeOverMailRequestInput!) {\n    takeOverMailRequest(input: $input) {\n      id\n      status\n    }\n  }\n": types.DashboardTakeOverMailRequestDocument,
    "\n  mutation DashboardCloseMailRequest($input: CloseMailRequestInput!) {\n    closeMailRequest(input: $input) {\n      id\n      status\n    }\n  }\n": types.DashboardCloseMailRequestDocument,
    "\n  mutation DashboardAssignMailRequest($input: AssignMailRequestInput!) {\n    assignMailRequest(input: $input) {\n      id\n      status\n    }\n  }\n": types.DashboardAssignMailRequestDocument,
    "\n  mutation DashboardCopyRequestData($input: CopyRequestDataToClientInput!) {\n    copyRequestDataToClient(input: $input) {\n      client {\n        id\n      }\n    }\n  }\n": types.DashboardCopyRequestDataDocument,
    "\n  query DashboardCounsellorName($id: ID!) {\n    counsellor(id: $id) {\n      id\n      displayName\n    }\n  }\n": types.DashboardCounsellorNameDocument,
    "\n  query DashboardAssignableCounsellors {\n    counsellors(filter: { active: true }, page: { first: 100 }) {\n      edges {\n        node {\n          id\n          displayName\n          firstName\n          lastName\n        }\n      }\n    }\n  }\n": types.DashboardAssignableCounsellorsDocument,
    "\n  query DashboardMe {\n    me {\n      id\n      counsellor {\n        id\n        displayName\n        firstName\n        lastName\n        loginName\n        role\n        presenceStatus\n        mailAvailability\n        mailCapacity\n        organisation {\n          id\n          name\n          timezone\n          opennessLevel\n          masterDataFields {\n            key\n            label\n          }\n        }\n      }\n    }\n  }\n": types.DashboardMeDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription DashboardInboxUpdated {\n    chatInboxUpdated {\n      streamId\n    }\n  }\n"): typeof import('./graphql.js').DashboardInboxUpdatedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription DashboardMailRequestChanged {\n    mailRequestChanged {\n      requestId\n      kind\n      status\n      counsellorId\n      actorId\n    }\n  }\n"): typeof import('./graphql.js').DashboardMailRequestChangedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DashboardSetPresence($input: SetPresenceStatusInput!) {\n    setPresenceStatus(input: $input) {\n      counsellorId\n      state\n    }\n  }\n"): typeof import('./graphql.js').DashboardSetPresenceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardAvailability($counsellorId: ID!, $from: DateTimeISO!, $to: DateTimeISO!) {\n    bookingTimes(counsellorId: $counsellorId) {\n      counsellorId\n      horizonWeeks\n      windows {\n        id\n        weekday\n        from\n        to\n        service {\n          id\n        }\n      }\n    }\n    counsellorChannels(counsellorId: $counsellorId) {\n      id\n      channel\n      externalUrl\n      address {\n        name\n        street\n        postcode\n        city\n        country\n      }\n    }\n    appointmentServices {\n      id\n      internalName\n      durationMinutes\n      followUpMinutes\n      channel\n    }\n    counsellor(id: $counsellorId) {\n      id\n      displayName\n      onlyRegularClients\n    }\n    calendar(scope: COUNSELLOR, counsellorId: $counsellorId, from: $from, to: $to, includeFreeSlots: true) {\n      freeSlots {\n        serviceId\n        starts\n      }\n    }\n  }\n"): typeof import('./graphql.js').DashboardAvailabilityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardAvailabilityCounsellors {\n    counsellors(filter: { active: true }, page: { first: 100 }) {\n      edges {\n        node {\n          id\n          displayName\n          firstName\n          lastName\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').DashboardAvailabilityCounsellorsDocument;
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
export function graphql(source: "\n  mutation DashboardCreateGroupAppointment($input: CreateGroupAppointmentInput!) {\n    createGroupAppointment(input: $input) {\n      __typename\n      ... on Appointment {\n        id\n      }\n      ... on SlotTaken {\n        message\n      }\n    }\n  }\n"): typeof import('./graphql.js').DashboardCreateGroupAppointmentDocument;
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
export function graphql(source: "\n  mutation DashboardUpdateGroupAppointment($input: UpdateGroupAppointmentInput!) {\n    updateGroupAppointment(input: $input) {\n      __typename\n      ... on Appointment {\n        id\n        title\n        maxParticipants\n        bookableByClients\n      }\n      ... on GroupFull {\n        capacity\n      }\n      ... on SlotTaken {\n        message\n      }\n    }\n  }\n"): typeof import('./graphql.js').DashboardUpdateGroupAppointmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardCalendar(\n    $scope: CalendarScope!\n    $counsellorId: ID\n    $from: DateTimeISO!\n    $to: DateTimeISO!\n    $free: Boolean!\n    $absencesOf: ID!\n    $withAbsences: Boolean!\n  ) {\n    calendar(scope: $scope, counsellorId: $counsellorId, from: $from, to: $to, includeFreeSlots: $free) {\n      appointments {\n        id\n        kind\n        status\n        start\n        end\n        title\n        remarks\n        channel\n        followUpMinutes\n        maxParticipants\n        participantCount\n        bookableByClients\n        counsellor {\n          id\n          displayName\n        }\n        client {\n          id\n          pseudonym\n          clientNumber\n        }\n        participants {\n          id\n          pseudonym\n          clientNumber\n        }\n        service {\n          id\n          internalName\n        }\n      }\n      freeSlots {\n        counsellorId\n        serviceId\n        durationMinutes\n        starts\n      }\n    }\n    absences(counsellorId: $absencesOf, from: $from, to: $to) @include(if: $withAbsences) {\n      id\n      start\n      end\n      note\n    }\n  }\n"): typeof import('./graphql.js').DashboardCalendarDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardCalendarSetup {\n    organisation {\n      id\n      publicKey\n    }\n    counsellors(filter: { active: true }, page: { first: 100 }) {\n      edges {\n        node {\n          id\n          displayName\n          firstName\n          lastName\n        }\n      }\n    }\n    appointmentServices {\n      id\n      internalName\n      durationMinutes\n      followUpMinutes\n      channel\n    }\n    mailRequests(page: { first: 100 }) {\n      edges {\n        node {\n          id\n          client {\n            id\n            pseudonym\n            clientNumber\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').DashboardCalendarSetupDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription DashboardAvailabilityChanged($key: String!) {\n    availabilityChanged(organisationKey: $key) {\n      counsellorId\n      reason\n    }\n  }\n"): typeof import('./graphql.js').DashboardAvailabilityChangedDocument;
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
export function graphql(source: "\n  query DashboardMailRequests($filter: MailRequestFilter, $page: PageInput) {\n    mailRequests(filter: $filter, page: $page) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          subject\n          status\n          createdAt\n          lastMessageAt\n          dueAt\n          overdue\n          client {\n            id\n            pseudonym\n            clientNumber\n          }\n          counsellor {\n            id\n            displayName\n          }\n          topic {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').DashboardMailRequestsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardActiveCounsellors {\n    counsellors(filter: { active: true }, page: { first: 100 }) {\n      edges {\n        node {\n          id\n          displayName\n          firstName\n          lastName\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').DashboardActiveCounsellorsDocument;
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
export function graphql(source: "\n  query DashboardAssignableCounsellors {\n    counsellors(filter: { active: true }, page: { first: 100 }) {\n      edges {\n        node {\n          id\n          displayName\n          firstName\n          lastName\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').DashboardAssignableCounsellorsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardMe {\n    me {\n      id\n      counsellor {\n        id\n        displayName\n        firstName\n        lastName\n        loginName\n        role\n        presenceStatus\n        mailAvailability\n        mailCapacity\n        organisation {\n          id\n          name\n          timezone\n          opennessLevel\n          masterDataFields {\n            key\n            label\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').DashboardMeDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
