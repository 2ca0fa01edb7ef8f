/* eslint-disable */
import * as types from './graphql';



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
    "\n  mutation DemoLogin($persona: DemoPersona!) {\n    demoLogin(persona: $persona) {\n      accessToken\n      refreshToken\n      expiresIn\n      user {\n        id\n        role\n        careMode\n      }\n    }\n  }\n": typeof types.DemoLoginDocument,
    "\n  mutation LoginWithWechat($code: String!) {\n    loginWithWechat(code: $code) {\n      accessToken\n      refreshToken\n      expiresIn\n      user {\n        id\n        role\n        careMode\n      }\n    }\n  }\n": typeof types.LoginWithWechatDocument,
    "\n  mutation StaffLogin($username: String!, $password: String!) {\n    staffLogin(username: $username, password: $password) {\n      accessToken\n      refreshToken\n      expiresIn\n      user {\n        id\n        role\n        careMode\n      }\n    }\n  }\n": typeof types.StaffLoginDocument,
    "\n  mutation RefreshSession($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) {\n      accessToken\n      refreshToken\n      expiresIn\n      user {\n        id\n        role\n        careMode\n      }\n    }\n  }\n": typeof types.RefreshSessionDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  mutation SetCareMode($enabled: Boolean!) {\n    setCareMode(enabled: $enabled) {\n      id\n      careMode\n    }\n  }\n": typeof types.SetCareModeDocument,
    "\n  query Me {\n    me {\n      id\n      role\n      careMode\n    }\n  }\n": typeof types.MeDocument,
    "\n  query HomePage($limit: Int!) {\n    hotServiceItems(limit: $limit) {\n      items {\n        code\n        name\n        departmentName\n        type\n        audiences\n        visitsNeeded\n        fullyOnline\n        committedDays\n      }\n      freshness {\n        syncedAt\n        stale\n        ageSeconds\n      }\n    }\n    mainHall {\n      name\n      phone\n      officeHours\n      address\n    }\n  }\n": typeof types.HomePageDocument,
    "\n  fragment FamilyLinkFields on FamilyLinkToMe {\n    id\n    ownerMaskedName\n    relation\n    status\n    createdAt\n  }\n": typeof types.FamilyLinkFieldsFragmentDoc,
    "\n  query FamilyLinksToMe {\n    familyLinksToMe {\n      ...FamilyLinkFields\n    }\n  }\n": typeof types.FamilyLinksToMeDocument,
    "\n  mutation RespondToFamilyLink($id: ID!, $accept: Boolean!) {\n    respondToFamilyLink(id: $id, accept: $accept) {\n      ...FamilyLinkFields\n    }\n  }\n": typeof types.RespondToFamilyLinkDocument,
    "\n  mutation RevokeFamilyLink($id: ID!) {\n    revokeFamilyLink(id: $id) {\n      ...FamilyLinkFields\n    }\n  }\n": typeof types.RevokeFamilyLinkDocument,
    "\n  query MeOverview {\n    me {\n      id\n      role\n      profile {\n        maskedName\n        maskedPhone\n        phoneVerified\n      }\n    }\n  }\n": typeof types.MeOverviewDocument,
    "\n  query ServicesPage {\n    departments {\n      code\n      name\n      shortName\n      itemCount\n    }\n    catalogueFacets {\n      topics {\n        name\n        count\n      }\n      lifeEvents {\n        name\n        count\n      }\n    }\n    themes {\n      code\n      name\n      description\n      itemCount\n      committedDays\n    }\n  }\n": typeof types.ServicesPageDocument,
    "\n  fragment AccountProfileFields on Profile {\n    maskedName\n    maskedIdNumber\n    maskedPhone\n    phoneVerified\n    age\n    suggestCareMode\n  }\n": typeof types.AccountProfileFieldsFragmentDoc,
    "\n  query AccountProfile {\n    me {\n      id\n      careMode\n      profile {\n        ...AccountProfileFields\n      }\n      address {\n        ...PostalAddressFields\n      }\n    }\n  }\n": typeof types.AccountProfileDocument,
    "\n  mutation SubmitRealName($input: RealNameInput!) {\n    submitRealName(input: $input) {\n      id\n      careMode\n      profile {\n        ...AccountProfileFields\n      }\n    }\n  }\n": typeof types.SubmitRealNameDocument,
    "\n  mutation RequestPhoneCode($phone: String!) {\n    requestPhoneCode(phone: $phone)\n  }\n": typeof types.RequestPhoneCodeDocument,
    "\n  mutation VerifyPhone($phone: String!, $code: String!) {\n    verifyPhone(phone: $phone, code: $code) {\n      id\n      careMode\n      profile {\n        ...AccountProfileFields\n      }\n    }\n  }\n": typeof types.VerifyPhoneDocument,
    "\n  fragment FamilyMemberFields on FamilyMember {\n    id\n    maskedName\n    maskedIdNumber\n    maskedPhone\n    relation\n    age\n    linkStatus\n    canActFor\n  }\n": typeof types.FamilyMemberFieldsFragmentDoc,
    "\n  query FamilyMembers {\n    familyMembers {\n      ...FamilyMemberFields\n    }\n  }\n": typeof types.FamilyMembersDocument,
    "\n  mutation AddFamilyMember($input: FamilyMemberInput!) {\n    addFamilyMember(input: $input) {\n      ...FamilyMemberFields\n    }\n  }\n": typeof types.AddFamilyMemberDocument,
    "\n  mutation RemoveFamilyMember($id: ID!) {\n    removeFamilyMember(id: $id)\n  }\n": typeof types.RemoveFamilyMemberDocument,
    "\n  fragment PostalAddressFields on PostalAddress {\n    region\n    masked\n  }\n": typeof types.PostalAddressFieldsFragmentDoc,
    "\n  mutation SetAddress($input: PostalAddressInput!) {\n    setAddress(input: $input) {\n      id\n      address {\n        ...PostalAddressFields\n      }\n    }\n  }\n": typeof types.SetAddressDocument,
    "\n  mutation ClearAddress {\n    clearAddress {\n      id\n      address {\n        ...PostalAddressFields\n      }\n    }\n  }\n": typeof types.ClearAddressDocument,
    "\n  fragment SavedChecklistFields on SavedChecklist {\n    id\n    kind\n    code\n    title\n    available\n    missingCount\n    unansweredCount\n    complete\n    updatedAt\n  }\n": typeof types.SavedChecklistFieldsFragmentDoc,
    "\n  query SavedChecklists {\n    savedChecklists {\n      ...SavedChecklistFields\n    }\n  }\n": typeof types.SavedChecklistsDocument,
    "\n  mutation DeleteSavedChecklist($id: ID!) {\n    deleteSavedChecklist(id: $id)\n  }\n": typeof types.DeleteSavedChecklistDocument,
    "\n  fragment AppointmentFields on Appointment {\n    id\n    hallName\n    categoryCode\n    categoryName\n    zoneName\n    date\n    startTime\n    endTime\n    startsAt\n    status\n    statusLabel\n    actedBy {\n      summary\n      forSelf\n      actorMaskedName\n      subjectMaskedName\n      relation\n    }\n    bookedByMe\n    canCancel\n    cancelDeadline\n    checkInOpensAt\n    checkInClosesAt\n    canCheckIn\n    checkInCode\n  }\n": typeof types.AppointmentFieldsFragmentDoc,
    "\n  mutation BookAppointment($input: BookAppointmentInput!) {\n    bookAppointment(input: $input) {\n      replayed\n      appointment {\n        ...AppointmentFields\n      }\n      reminderTemplates {\n        templateId\n        title\n      }\n    }\n  }\n": typeof types.BookAppointmentDocument,
    "\n  query Appointment($id: ID!) {\n    appointment(id: $id) {\n      ...AppointmentFields\n    }\n    subscribeTemplates(purposes: [APPOINTMENT_DAY_BEFORE, APPOINTMENT_HOUR_BEFORE]) {\n      templateId\n      title\n    }\n  }\n": typeof types.AppointmentDocument,
    "\n  query MyAppointments($scope: AppointmentScope!, $limit: Int!, $offset: Int!) {\n    myAppointments(scope: $scope, limit: $limit, offset: $offset) {\n      ...AppointmentFields\n    }\n  }\n": typeof types.MyAppointmentsDocument,
    "\n  mutation CancelAppointment($id: ID!) {\n    cancelAppointment(id: $id) {\n      ...AppointmentFields\n    }\n  }\n": typeof types.CancelAppointmentDocument,
    "\n  mutation CheckInAppointment($hallCode: String!, $qrToken: String!, $appointmentId: ID) {\n    checkInAppointment(hallCode: $hallCode, qrToken: $qrToken, appointmentId: $appointmentId) {\n      ...AppointmentFields\n    }\n  }\n": typeof types.CheckInAppointmentDocument,
    "\n  query MyBookingStatus($familyMemberId: ID) {\n    myBookingStatus(familyMemberId: $familyMemberId) {\n      forSelf\n      subjectMaskedName\n      canBook\n      reason\n      banned\n      bannedUntil\n      activeCount\n      activeLimit\n    }\n  }\n": typeof types.MyBookingStatusDocument,
    "\n  mutation RecordSubscription($templateIds: [String!]!, $accepted: [String!]!) {\n    recordSubscription(templateIds: $templateIds, accepted: $accepted) {\n      templateId\n      remaining\n    }\n  }\n": typeof types.RecordSubscriptionDocument,
    "\n  query BookingCategories($hallCode: String!) {\n    bookingCategories(hallCode: $hallCode) {\n      code\n      name\n      description\n      zoneName\n      bookable\n    }\n  }\n": typeof types.BookingCategoriesDocument,
    "\n  query BookingCalendar($hallCode: String!, $categoryCode: String!, $from: String!, $days: Int!) {\n    bookingCalendar(hallCode: $hallCode, categoryCode: $categoryCode, from: $from, days: $days) {\n      today\n      now\n      horizonEnd\n      days {\n        date\n        weekday\n        state\n        dayKind\n        holidayName\n        releasesAt\n        remaining\n      }\n    }\n  }\n": typeof types.BookingCalendarDocument,
    "\n  query BookingSlots($hallCode: String!, $categoryCode: String!, $date: String!) {\n    bookingSlots(hallCode: $hallCode, categoryCode: $categoryCode, date: $date) {\n      date\n      state\n      dayKind\n      holidayName\n      slots {\n        id\n        startTime\n        endTime\n        capacity\n        remaining\n        state\n        evening\n      }\n    }\n  }\n": typeof types.BookingSlotsDocument,
    "\n  query BookingPeople {\n    me {\n      id\n      profile {\n        maskedName\n      }\n    }\n    familyMembers {\n      id\n      maskedName\n      relation\n      linkStatus\n      canActFor\n    }\n  }\n": typeof types.BookingPeopleDocument,
    "\n  query HallBookingsStaff {\n    me {\n      id\n      staff {\n        hall {\n          code\n          name\n        }\n      }\n    }\n  }\n": typeof types.HallBookingsStaffDocument,
    "\n  query HallBookings($hallCode: String, $date: String!, $categoryCode: String) {\n    hallBookings(hallCode: $hallCode, date: $date, categoryCode: $categoryCode) {\n      date\n      counts {\n        total\n        booked\n        checkedIn\n        noShow\n        cancelled\n      }\n      bookings {\n        id\n        categoryCode\n        categoryName\n        startTime\n        endTime\n        status\n        statusLabel\n        subjectMaskedName\n        subjectMaskedIdNumber\n        actedBy {\n          summary\n          forSelf\n        }\n        checkInCode\n        checkedInAt\n      }\n    }\n  }\n": typeof types.HallBookingsDocument,
    "\n  mutation StaffCheckIn($checkInCode: String!) {\n    staffCheckIn(checkInCode: $checkInCode) {\n      id\n      subjectMaskedName\n      categoryName\n      startTime\n      statusLabel\n    }\n  }\n": typeof types.StaffCheckInDocument,
    "\n  query BrowseServiceItems($filter: ServiceItemFilter, $offset: Int!, $limit: Int!) {\n    browseServiceItems(filter: $filter, offset: $offset, limit: $limit) {\n      items {\n        code\n        name\n        departmentName\n        visitsNeeded\n        fullyOnline\n        committedDays\n      }\n      totalCount\n      hasMore\n      nextOffset\n      freshness {\n        syncedAt\n        stale\n        ageSeconds\n      }\n    }\n  }\n": typeof types.BrowseServiceItemsDocument,
    "\n  fragment ChecklistTemplateFields on ChecklistTemplate {\n    kind\n    code\n    title\n    questions {\n      id\n      text\n    }\n    materials {\n      code\n      name\n      required\n      questionId\n      forms {\n        original\n        copy\n        electronic\n      }\n      originalCopies\n      copyCopies\n      source\n      usedBy {\n        code\n        name\n      }\n    }\n  }\n": typeof types.ChecklistTemplateFieldsFragmentDoc,
    "\n  query ChecklistPage($subject: ChecklistSubjectInput!) {\n    checklist(subject: $subject) {\n      ...ChecklistTemplateFields\n    }\n  }\n": typeof types.ChecklistPageDocument,
    "\n  query SharedChecklistPage($token: String!) {\n    sharedChecklist(token: $token) {\n      token\n      createdAt\n      heldCodes\n      answers {\n        questionId\n        yes\n      }\n      template {\n        ...ChecklistTemplateFields\n      }\n    }\n  }\n": typeof types.SharedChecklistPageDocument,
    "\n  mutation ShareChecklist($input: ShareChecklistInput!) {\n    shareChecklist(input: $input) {\n      token\n    }\n  }\n": typeof types.ShareChecklistDocument,
    "\n  query AccountChecklist($subject: ChecklistSubjectInput!) {\n    savedChecklists(subject: $subject) {\n      id\n      answers {\n        questionId\n        yes\n      }\n      heldCodes\n      updatedAt\n    }\n  }\n": typeof types.AccountChecklistDocument,
    "\n  mutation SaveChecklist($input: SaveChecklistInput!) {\n    saveChecklist(input: $input) {\n      id\n      updatedAt\n    }\n  }\n": typeof types.SaveChecklistDocument,
    "\n  query ServiceItemPage($code: String!) {\n    serviceItem(code: $code) {\n      code\n      name\n      departmentName\n      type\n      audiences\n      visitsNeeded\n      fullyOnline\n      preReview\n      onlineUrl\n      committedDays\n      statutoryDays\n      conditions\n      legalBasis\n      materials {\n        code\n        name\n        required\n        condition\n        forms {\n          original\n          copy\n          electronic\n        }\n        originalCopies\n        copyCopies\n        source\n        blankFormUrl\n        sampleUrl\n        notes\n      }\n      steps {\n        name\n        description\n        actor\n      }\n      fees {\n        name\n        amount\n        unit\n        basis\n      }\n      free\n      zone\n      window\n      officeHours\n      phone\n      faq {\n        question\n        answer\n      }\n      results {\n        name\n        kind\n      }\n      deliveryOptions\n      bookingCategoryCode\n      themes {\n        code\n        name\n        itemCount\n        committedDays\n      }\n      freshness {\n        syncedAt\n        stale\n        ageSeconds\n      }\n    }\n  }\n": typeof types.ServiceItemPageDocument,
    "\n  query ThemePage($code: String!) {\n    theme(code: $code) {\n      code\n      name\n      description\n      committedDays\n      zone\n      window\n      bookingCategoryCode\n      items {\n        code\n        name\n        departmentName\n        visitsNeeded\n        fullyOnline\n        committedDays\n      }\n      materials {\n        code\n        name\n        required\n        condition\n        forms {\n          original\n          copy\n          electronic\n        }\n        originalCopies\n        copyCopies\n        source\n        usedBy {\n          code\n          name\n        }\n      }\n      flow {\n        stage\n        parallel\n        items {\n          code\n          name\n        }\n      }\n      saving {\n        materialsBefore\n        materialsAfter\n        stepsBefore\n        stepsAfter\n        daysBefore\n        daysAfter\n      }\n      freshness {\n        syncedAt\n        stale\n        ageSeconds\n      }\n    }\n  }\n": typeof types.ThemePageDocument,
    "\n  fragment QueueBoardFields on QueueBoard {\n    hallCode\n    hallName\n    calls {\n      number\n      windowLabel\n      windowNumber\n      zoneName\n      calledAt\n    }\n    waiting {\n      hallCode\n      code\n      name\n      zoneName\n      waitingCount\n      openWindowCount\n      paused\n    }\n  }\n": typeof types.QueueBoardFieldsFragmentDoc,
    "\n  query QueueBoard($hallCode: String!) {\n    queueBoard(hallCode: $hallCode) {\n      ...QueueBoardFields\n    }\n  }\n": typeof types.QueueBoardDocument,
    "\n  subscription QueueBoardChanged($hallCode: String!) {\n    queueBoardChanged(hallCode: $hallCode) {\n      ...QueueBoardFields\n    }\n  }\n": typeof types.QueueBoardChangedDocument,
    "\n  query HallDoorQr($hallCode: String!) {\n    hallDoorQr(hallCode: $hallCode) {\n      hallCode\n      content\n      validUntil\n      refreshSeconds\n    }\n  }\n": typeof types.HallDoorQrDocument,
    "\n  fragment QueueTicketFields on QueueTicket {\n    id\n    hallCode\n    categoryCode\n    categoryName\n    number\n    serviceDate\n    priority\n    status\n    source\n    ahead\n    estimatedWait {\n      minMinutes\n      maxMinutes\n    }\n    windowCode\n    windowNumber\n    windowLabel\n    zoneName\n    takenAt\n    calledAt\n    completedAt\n    requeued\n    canCancel\n    canRequeue\n    actedBy {\n      summary\n      forSelf\n    }\n  }\n": typeof types.QueueTicketFieldsFragmentDoc,
    "\n  fragment QueueCategoryFields on QueueCategoryStatus {\n    hallCode\n    code\n    name\n    zoneName\n    waitingCount\n    openWindowCount\n    estimatedWait {\n      minMinutes\n      maxMinutes\n    }\n    paused\n    pausedReason\n  }\n": typeof types.QueueCategoryFieldsFragmentDoc,
    "\n  query QueueTake($hallCode: String!) {\n    queueOpenState(hallCode: $hallCode) {\n      open\n      reason\n      opensAt\n      closesAt\n    }\n    queueCategories(hallCode: $hallCode) {\n      ...QueueCategoryFields\n    }\n  }\n": typeof types.QueueTakeDocument,
    "\n  query QueueAccount {\n    me {\n      id\n      profile {\n        age\n      }\n    }\n    myQueueTickets {\n      ...QueueTicketFields\n    }\n  }\n": typeof types.QueueAccountDocument,
    "\n  query MyQueueTickets {\n    myQueueTickets {\n      ...QueueTicketFields\n    }\n  }\n": typeof types.MyQueueTicketsDocument,
    "\n  query QueueTicket($id: ID!) {\n    queueTicket(id: $id) {\n      ...QueueTicketFields\n    }\n  }\n": typeof types.QueueTicketDocument,
    "\n  mutation TakeQueueTicket($input: TakeQueueTicketInput!) {\n    takeQueueTicket(input: $input) {\n      ...QueueTicketFields\n    }\n  }\n": typeof types.TakeQueueTicketDocument,
    "\n  mutation CancelQueueTicket($id: ID!) {\n    cancelQueueTicket(id: $id) {\n      ...QueueTicketFields\n    }\n  }\n": typeof types.CancelQueueTicketDocument,
    "\n  mutation RequeueQueueTicket($id: ID!) {\n    requeueQueueTicket(id: $id) {\n      ...QueueTicketFields\n    }\n  }\n": typeof types.RequeueQueueTicketDocument,
    "\n  subscription QueueTicketChanged($id: ID!) {\n    queueTicketChanged(id: $id) {\n      ...QueueTicketFields\n    }\n  }\n": typeof types.QueueTicketChangedDocument,
    "\n  subscription QueueTakeBoard($hallCode: String!) {\n    queueBoardChanged(hallCode: $hallCode) {\n      hallCode\n      waiting {\n        ...QueueCategoryFields\n      }\n    }\n  }\n": typeof types.QueueTakeBoardDocument,
    "\n  query SearchCatalogue($query: String!, $limit: Int!) {\n    searchCatalogue(query: $query, limit: $limit) {\n      query\n      totalCount\n      hotFallback\n      hits {\n        kind\n        code\n        name\n        departmentName\n        match\n      }\n      freshness {\n        syncedAt\n        stale\n        ageSeconds\n      }\n    }\n  }\n": typeof types.SearchCatalogueDocument,
    "\n  query SearchSuggestions($prefix: String!, $limit: Int!) {\n    searchSuggestions(prefix: $prefix, limit: $limit) {\n      text\n      kind\n      code\n    }\n  }\n": typeof types.SearchSuggestionsDocument,
    "\n  query SearchHall {\n    mainHall {\n      name\n      phone\n    }\n  }\n": typeof types.SearchHallDocument,
    "\n  query StaffHome {\n    me {\n      id\n      role\n      staff {\n        username\n        displayName\n        role\n        hall {\n          code\n          name\n        }\n        zones {\n          code\n          name\n        }\n        windows {\n          code\n          number\n          label\n        }\n      }\n    }\n  }\n": typeof types.StaffHomeDocument,
    "\n  query StaffHall {\n    me {\n      id\n      staff {\n        hall {\n          code\n          name\n        }\n      }\n    }\n  }\n": typeof types.StaffHallDocument,
    "\n  query HallCheckInQr($hallCode: String!) {\n    hallCheckInQr(hallCode: $hallCode) {\n      hallCode\n      content\n      validOn\n      validUntil\n    }\n  }\n": typeof types.HallCheckInQrDocument,
    "\n  fragment ConsoleTicketFields on QueueTicket {\n    id\n    number\n    categoryCode\n    categoryName\n    status\n    priority\n    source\n    takenAt\n    calledAt\n    requeued\n    subjectName\n  }\n": typeof types.ConsoleTicketFieldsFragmentDoc,
    "\n  fragment ServiceWindowConsoleFields on ServiceWindowConsole {\n    code\n    hallCode\n    number\n    label\n    zoneName\n    status\n    categoryCodes\n    allowedCategoryCodes\n    currentTicket {\n      ...ConsoleTicketFields\n    }\n    heldTickets {\n      ...ConsoleTicketFields\n    }\n    waiting {\n      code\n      name\n      waitingCount\n      openWindowCount\n      paused\n      pausedReason\n    }\n    servedToday\n  }\n": typeof types.ServiceWindowConsoleFieldsFragmentDoc,
    "\n  query ServiceWindowConsole($windowCode: String!) {\n    serviceWindowConsole(windowCode: $windowCode) {\n      ...ServiceWindowConsoleFields\n    }\n  }\n": typeof types.ServiceWindowConsoleDocument,
    "\n  query HallWindows($hallCode: String!) {\n    serviceWindows(hallCode: $hallCode) {\n      code\n      number\n      label\n      zoneName\n      status\n      categoryCodes\n      allowedCategoryCodes\n    }\n    queueCategories(hallCode: $hallCode) {\n      code\n      name\n      paused\n    }\n  }\n": typeof types.HallWindowsDocument,
    "\n  subscription ServiceWindowChanged($windowCode: String!) {\n    serviceWindowChanged(windowCode: $windowCode) {\n      ...ServiceWindowConsoleFields\n    }\n  }\n": typeof types.ServiceWindowChangedDocument,
    "\n  mutation OpenServiceWindow($windowCode: String!, $categoryCodes: [String!]) {\n    openServiceWindow(windowCode: $windowCode, categoryCodes: $categoryCodes) {\n      ...ServiceWindowConsoleFields\n    }\n  }\n": typeof types.OpenServiceWindowDocument,
    "\n  mutation PauseServiceWindow($windowCode: String!) {\n    pauseServiceWindow(windowCode: $windowCode) {\n      ...ServiceWindowConsoleFields\n    }\n  }\n": typeof types.PauseServiceWindowDocument,
    "\n  mutation CloseServiceWindow($windowCode: String!) {\n    closeServiceWindow(windowCode: $windowCode) {\n      ...ServiceWindowConsoleFields\n    }\n  }\n": typeof types.CloseServiceWindowDocument,
    "\n  mutation CallNextTicket($windowCode: String!) {\n    callNextTicket(windowCode: $windowCode) {\n      ...ServiceWindowConsoleFields\n    }\n  }\n": typeof types.CallNextTicketDocument,
    "\n  mutation RecallTicket($windowCode: String!) {\n    recallTicket(windowCode: $windowCode) {\n      ...ServiceWindowConsoleFields\n    }\n  }\n": typeof types.RecallTicketDocument,
    "\n  mutation SkipTicket($windowCode: String!) {\n    skipTicket(windowCode: $windowCode) {\n      ...ServiceWindowConsoleFields\n    }\n  }\n": typeof types.SkipTicketDocument,
    "\n  mutation HoldTicket($windowCode: String!) {\n    holdTicket(windowCode: $windowCode) {\n      ...ServiceWindowConsoleFields\n    }\n  }\n": typeof types.HoldTicketDocument,
    "\n  mutation ResumeTicket($windowCode: String!, $ticketId: ID!) {\n    resumeTicket(windowCode: $windowCode, ticketId: $ticketId) {\n      ...ServiceWindowConsoleFields\n    }\n  }\n": typeof types.ResumeTicketDocument,
    "\n  mutation CompleteTicket($windowCode: String!) {\n    completeTicket(windowCode: $windowCode) {\n      ...ServiceWindowConsoleFields\n    }\n  }\n": typeof types.CompleteTicketDocument,
    "\n  mutation TransferTicket($windowCode: String!, $input: TransferTicketInput!) {\n    transferTicket(windowCode: $windowCode, input: $input) {\n      ...ServiceWindowConsoleFields\n    }\n  }\n": typeof types.TransferTicketDocument,
};
const documents: Documents = {
    "\n  mutation DemoLogin($persona: DemoPersona!) {\n    demoLogin(persona: $persona) {\n      accessToken\n      refreshToken\n      expiresIn\n      user {\n        id\n        role\n        careMode\n      }\n    }\n  }\n": types.DemoLoginDocument,
    "\n  mutation LoginWithWechat($code: String!) {\n    loginWithWechat(code: $code) {\n      accessToken\n      refreshToken\n      expiresIn\n      user {\n        id\n        role\n        careMode\n      }\n    }\n  }\n": types.LoginWithWechatDocument,
    "\n  mutation StaffLogin($username: String!, $password: String!) {\n    staffLogin(username: $username, password: $password) {\n      accessToken\n      refreshToken\n      expiresIn\n      user {\n        id\n        role\n        careMode\n      }\n    }\n  }\n": types.StaffLoginDocument,
    "\n  mutation RefreshSession($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) {\n      accessToken\n      refreshToken\n      expiresIn\n      user {\n        id\n        role\n        careMode\n      }\n    }\n  }\n": types.RefreshSessionDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  mutation SetCareMode($enabled: Boolean!) {\n    setCareMode(enabled: $enabled) {\n      id\n      careMode\n    }\n  }\n": types.SetCareModeDocument,
    "\n  query Me {\n    me {\n      id\n      role\n      careMode\n    }\n  }\n": types.MeDocument,
    "\n  query HomePage($limit: Int!) {\n    hotServiceItems(limit: $limit) {\n      items {\n        code\n        name\n        departmentName\n        type\n        audiences\n        visitsNeeded\n        fullyOnline\n        committedDays\n      }\n      freshness {\n        syncedAt\n        stale\n        ageSeconds\n      }\n    }\n    mainHall {\n      name\n      phone\n      officeHours\n      address\n    }\n  }\n": types.HomePageDocument,
    "\n  fragment FamilyLinkFields on FamilyLinkToMe {\n    id\n    ownerMaskedName\n    relation\n    status\n    createdAt\n  }\n": types.FamilyLinkFieldsFragmentDoc,
    "\n  query FamilyLinksToMe {\n    familyLinksToMe {\n      ...FamilyLinkFields\n    }\n  }\n": types.FamilyLinksToMeDocument,
    "\n  mutation RespondToFamilyLink($id: ID!, $accept: Boolean!) {\n    respondToFamilyLink(id: $id, accept: $accept) {\n      ...FamilyLinkFields\n    }\n  }\n": types.RespondToFamilyLinkDocument,
    "\n  mutation RevokeFamilyLink($id: ID!) {\n    revokeFamilyLink(id: $id) {\n      ...FamilyLinkFields\n    }\n  }\n": types.RevokeFamilyLinkDocument,
    "\n  query MeOverview {\n    me {\n      id\n      role\n      profile {\n        maskedName\n        maskedPhone\n        phoneVerified\n      }\n    }\n  }\n": types.MeOverviewDocument,
    "\n  query ServicesPage {\n    departments {\n      code\n      name\n      shortName\n      itemCount\n    }\n    catalogueFacets {\n      topics {\n        name\n        count\n      }\n      lifeEvents {\n        name\n        count\n      }\n    }\n    themes {\n      code\n      name\n      description\n      itemCount\n      committedDays\n    }\n  }\n": types.ServicesPageDocument,
    "\n  fragment AccountProfileFields on Profile {\n    maskedName\n    maskedIdNumber\n    maskedPhone\n    phoneVerified\n    age\n    suggestCareMode\n  }\n": types.AccountProfileFieldsFragmentDoc,
    "\n  query AccountProfile {\n    me {\n      id\n      careMode\n      profile {\n        ...AccountProfileFields\n      }\n      address {\n        ...PostalAddressFields\n      }\n    }\n  }\n": types.AccountProfileDocument,
    "\n  mutation SubmitRealName($input: RealNameInput!) {\n    submitRealName(input: $input) {\n      id\n      careMode\n      profile {\n        ...AccountProfileFields\n      }\n    }\n  }\n": types.SubmitRealNameDocument,
    "\n  mutation RequestPhoneCode($phone: String!) {\n    requestPhoneCode(phone: $phone)\n  }\n": types.RequestPhoneCodeDocument,
    "\n  mutation VerifyPhone($phone: String!, $code: String!) {\n    verifyPhone(phone: $phone, code: $code) {\n      id\n      careMode\n      profile {\n        ...AccountProfileFields\n      }\n    }\n  }\n": types.VerifyPhoneDocument,
    "\n  fragment FamilyMemberFields on FamilyMember {\n    id\n    maskedName\n    maskedIdNumber\n    maskedPhone\n    relation\n    age\n    linkStatus\n    canActFor\n  }\n": types.FamilyMemberFieldsFragmentDoc,
    "\n  query FamilyMembers {\n    familyMembers {\n      ...FamilyMemberFields\n    }\n  }\n": types.FamilyMembersDocument,
    "\n  mutation AddFamilyMember($input: FamilyMemberInput!) {\n    addFamilyMember(input: $input) {\n      ...FamilyMemberFields\n    }\n  }\n": types.AddFamilyMemberDocument,
    "\n  mutation RemoveFamilyMember($id: ID!) {\n    removeFamilyMember(id: $id)\n  }\n": types.RemoveFamilyMemberDocument,
    "\n  fragment PostalAddressFields on PostalAddress {\n    region\n    masked\n  }\n": types.PostalAddressFieldsFragmentDoc,
    "\n  mutation SetAddress($input: PostalAddressInput!) {\n    setAddress(input: $input) {\n      id\n      address {\n        ...PostalAddressFields\n      }\n    }\n  }\n": types.SetAddressDocument,
    "\n  mutation ClearAddress {\n    clearAddress {\n      id\n      address {\n        ...PostalAddressFields\n      }\n    }\n  }\n": types.ClearAddressDocument,
    "\n  fragment SavedChecklistFields on SavedChecklist {\n    id\n    kind\n    code\n    title\n    available\n    missingCount\n    unansweredCount\n    complete\n    updatedAt\n  }\n": types.SavedChecklistFieldsFragmentDoc,
    "\n  query SavedChecklists {\n    savedChecklists {\n      ...SavedChecklistFields\n    }\n  }\n": types.SavedChecklistsDocument,
    "\n  mutation DeleteSavedChecklist($id: ID!) {\n    deleteSavedChecklist(id: $id)\n  }\n": types.DeleteSavedChecklistDocument,
    "\n  fragment AppointmentFields on Appointment {\n    id\n    hallName\n    categoryCode\n    categoryName\n    zoneName\n    date\n    startTime\n    endTime\n    startsAt\n    status\n    statusLabel\n    actedBy {\n      summary\n      forSelf\n      actorMaskedName\n      subjectMaskedName\n      relation\n    }\n    bookedByMe\n    canCancel\n    cancelDeadline\n    checkInOpensAt\n    checkInClosesAt\n    canCheckIn\n    checkInCode\n  }\n": types.AppointmentFieldsFragmentDoc,
    "\n  mutation BookAppointment($input: BookAppointmentInput!) {\n    bookAppointment(input: $input) {\n      replayed\n      appointment {\n        ...AppointmentFields\n      }\n      reminderTemplates {\n        templateId\n        title\n      }\n    }\n  }\n": types.BookAppointmentDocument,
    "\n  query Appointment($id: ID!) {\n    appointment(id: $id) {\n      ...AppointmentFields\n    }\n    subscribeTemplates(purposes: [APPOINTMENT_DAY_BEFORE, APPOINTMENT_HOUR_BEFORE]) {\n      templateId\n      title\n    }\n  }\n": types.AppointmentDocument,
    "\n  query MyAppointments($scope: AppointmentScope!, $limit: Int!, $offset: Int!) {\n    myAppointments(scope: $scope, limit: $limit, offset: $offset) {\n      ...AppointmentFields\n    }\n  }\n": types.MyAppointmentsDocument,
    "\n  mutation CancelAppointment($id: ID!) {\n    cancelAppointment(id: $id) {\n      ...AppointmentFields\n    }\n  }\n": types.CancelAppointmentDocument,
    "\n  mutation CheckInAppointment($hallCode: String!, $qrToken: String!, $appointmentId: ID) {\n    checkInAppointment(hallCode: $hallCode, qrToken: $qrToken, appointmentId: $appointmentId) {\n      ...AppointmentFields\n    }\n  }\n": types.CheckInAppointmentDocument,
    "\n  query MyBookingStatus($familyMemberId: ID) {\n    myBookingStatus(familyMemberId: $familyMemberId) {\n      forSelf\n      subjectMaskedName\n      canBook\n      reason\n      banned\n      bannedUntil\n      activeCount\n      activeLimit\n    }\n  }\n": types.MyBookingStatusDocument,
    "\n  mutation RecordSubscription($templateIds: [String!]!, $accepted: [String!]!) {\n    recordSubscription(templateIds: $templateIds, accepted: $accepted) {\n      templateId\n      remaining\n    }\n  }\n": types.RecordSubscriptionDocument,
    "\n  query BookingCategories($hallCode: String!) {\n    bookingCategories(hallCode: $hallCode) {\n      code\n      name\n      description\n      zoneName\n      bookable\n    }\n  }\n": types.BookingCategoriesDocument,
    "\n  query BookingCalendar($hallCode: String!, $categoryCode: String!, $from: String!, $days: Int!) {\n    bookingCalendar(hallCode: $hallCode, categoryCode: $categoryCode, from: $from, days: $days) {\n      today\n      now\n      horizonEnd\n      days {\n        date\n        weekday\n        state\n        dayKind\n        holidayName\n        releasesAt\n        remaining\n      }\n    }\n  }\n": types.BookingCalendarDocument,
    "\n  query BookingSlots($hallCode: String!, $categoryCode: String!, $date: String!) {\n    bookingSlots(hallCode: $hallCode, categoryCode: $categoryCode, date: $date) {\n      date\n      state\n      dayKind\n      holidayName\n      slots {\n        id\n        startTime\n        endTime\n        capacity\n        remaining\n        state\n        evening\n      }\n    }\n  }\n": types.BookingSlotsDocument,
    "\n  query BookingPeople {\n    me {\n      id\n      profile {\n        maskedName\n      }\n    }\n    familyMembers {\n      id\n      maskedName\n      relation\n      linkStatus\n      canActFor\n    }\n  }\n": types.BookingPeopleDocument,
    "\n  query HallBookingsStaff {\n    me {\n      id\n      staff {\n        hall {\n          code\n          name\n        }\n      }\n    }\n  }\n": types.HallBookingsStaffDocument,
    "\n  query HallBookings($hallCode: String, $date: String!, $categoryCode: String) {\n    hallBookings(hallCode: $hallCode, date: $date, categoryCode: $categoryCode) {\n      date\n      counts {\n        total\n        booked\n        checkedIn\n        noShow\n        cancelled\n      }\n      bookings {\n        id\n        categoryCode\n        categoryName\n        startTime\n        endTime\n        status\n        statusLabel\n        subjectMaskedName\n        subjectMaskedIdNumber\n        actedBy {\n          summary\n          forSelf\n        }\n        checkInCode\n        checkedInAt\n      }\n    }\n  }\n": types.HallBookingsDocument,
    "\n  mutation StaffCheckIn($checkInCode: String!) {\n    staffCheckIn(checkInCode: $checkInCode) {\n      id\n      subjectMaskedName\n      categoryName\n      startTime\n      statusLabel\n    }\n  }\n": types.StaffCheckInDocument,
    "\n  query BrowseServiceItems($filter: ServiceItemFilter, $offset: Int!, $limit: Int!) {\n    browseServiceItems(filter: $filter, offset: $offset, limit: $limit) {\n      items {\n        code\n        name\n        departmentName\n        visitsNeeded\n        fullyOnline\n        committedDays\n      }\n      totalCount\n      hasMore\n      nextOffset\n      freshness {\n        syncedAt\n        stale\n        ageSeconds\n      }\n    }\n  }\n": types.BrowseServiceItemsDocument,
    "\n  fragment ChecklistTemplateFields on ChecklistTemplate {\n    kind\n    code\n    title\n    questions {\n      id\n      text\n    }\n    materials {\n      code\n      name\n      required\n      questionId\n      forms {\n        original\n        copy\n        electronic\n      }\n      originalCopies\n      copyCopies\n      source\n      usedBy {\n        code\n        name\n      }\n    }\n  }\n": types.ChecklistTemplateFieldsFragmentDoc,
    "\n  query ChecklistPage($subject: ChecklistSubjectInput!) {\n    checklist(subject: $subject) {\n      ...ChecklistTemplateFields\n    }\n  }\n": types.ChecklistPageDocument,
    "\n  query SharedChecklistPage($token: String!) {\n    sharedChecklist(token: $token) {\n      token\n      createdAt\n      heldCodes\n      answers {\n        questionId\n        yes\n      }\n      template {\n        ...ChecklistTemplateFields\n      }\n    }\n  }\n": types.SharedChecklistPageDocument,
    "\n  mutation ShareChecklist($input: ShareChecklistInput!) {\n    shareChecklist(input: $input) {\n      token\n    }\n  }\n": types.ShareChecklistDocument,
    "\n  query AccountChecklist($subject: ChecklistSubjectInput!) {\n    savedChecklists(subject: $subject) {\n      id\n      answers {\n        questionId\n        yes\n      }\n      heldCodes\n      updatedAt\n    }\n  }\n": types.AccountChecklistDocument,
    "\n  mutation SaveChecklist($input: SaveChecklistInput!) {\n    saveChecklist(input: $input) {\n      id\n      updatedAt\n    }\n  }\n": types.SaveChecklistDocument,
    "\n  query ServiceItemPage($code: String!) {\n    serviceItem(code: $code) {\n      code\n      name\n      departmentName\n      type\n      audiences\n      visitsNeeded\n      fullyOnline\n      preReview\n      onlineUrl\n      committedDays\n      statutoryDays\n      conditions\n      legalBasis\n      materials {\n        code\n        name\n        required\n        condition\n        forms {\n          original\n          copy\n          electronic\n        }\n        originalCopies\n        copyCopies\n        source\n        blankFormUrl\n        sampleUrl\n        notes\n      }\n      steps {\n        name\n        description\n        actor\n      }\n      fees {\n        name\n        amount\n        unit\n        basis\n      }\n      free\n      zone\n      window\n      officeHours\n      phone\n      faq {\n        question\n        answer\n      }\n      results {\n        name\n        kind\n      }\n      deliveryOptions\n      bookingCategoryCode\n      themes {\n        code\n        name\n        itemCount\n        committedDays\n      }\n      freshness {\n        syncedAt\n        stale\n        ageSeconds\n      }\n    }\n  }\n": types.ServiceItemPageDocument,
    "\n  query ThemePage($code: String!) {\n    theme(code: $code) {\n      code\n      name\n      description\n      committedDays\n      zone\n      window\n      bookingCategoryCode\n      items {\n        code\n        name\n        departmentName\n        visitsNeeded\n        fullyOnline\n        committedDays\n      }\n      materials {\n        code\n        name\n        required\n        condition\n        forms {\n          original\n          copy\n          electronic\n        }\n        originalCopies\n        copyCopies\n        source\n        usedBy {\n          code\n          name\n        }\n      }\n      flow {\n        stage\n        parallel\n        items {\n          code\n          name\n        }\n      }\n      saving {\n        materialsBefore\n        materialsAfter\n        stepsBefore\n        stepsAfter\n        daysBefore\n        daysAfter\n      }\n      freshness {\n        syncedAt\n        stale\n        ageSeconds\n      }\n    }\n  }\n": types.ThemePageDocument,
    "\n  fragment QueueBoardFields on QueueBoard {\n    hallCode\n    hallName\n    calls {\n      number\n      windowLabel\n      windowNumber\n      zoneName\n      calledAt\n    }\n    waiting {\n      hallCode\n      code\n      name\n      zoneName\n      waitingCount\n      openWindowCount\n      paused\n    }\n  }\n": types.QueueBoardFieldsFragmentDoc,
    "\n  query QueueBoard($hallCode: String!) {\n    queueBoard(hallCode: $hallCode) {\n      ...QueueBoardFields\n    }\n  }\n": types.QueueBoardDocument,
    "\n  subscription QueueBoardChanged($hallCode: String!) {\n    queueBoardChanged(hallCode: $hallCode) {\n      ...QueueBoardFields\n    }\n  }\n": types.QueueBoardChangedDocument,
    "\n  query HallDoorQr($hallCode: String!) {\n    hallDoorQr(hallCode: $hallCode) {\n      hallCode\n      content\n      validUntil\n      refreshSeconds\n    }\n  }\n": types.HallDoorQrDocument,
    "\n  fragment QueueTicketFields on QueueTicket {\n    id\n    hallCode\n    categoryCode\n    categoryName\n    number\n    serviceDate\n    priority\n    status\n    source\n    ahead\n    estimatedWait {\n      minMinutes\n      maxMinutes\n    }\n    windowCode\n    windowNumber\n    windowLabel\n    zoneName\n    takenAt\n    calledAt\n    completedAt\n    requeued\n    canCancel\n    canRequeue\n    actedBy {\n      summary\n      forSelf\n    }\n  }\n": types.QueueTicketFieldsFragmentDoc,
    "\n  fragment QueueCategoryFields on QueueCategoryStatus {\n    hallCode\n    code\n    name\n    zoneName\n    waitingCount\n    openWindowCount\n    estimatedWait {\n      minMinutes\n      maxMinutes\n    }\n    paused\n    pausedReason\n  }\n": types.QueueCategoryFieldsFragmentDoc,
    "\n  query QueueTake($hallCode: String!) {\n    queueOpenState(hallCode: $hallCode) {\n      open\n      reason\n      opensAt\n      closesAt\n    }\n    queueCategories(hallCode: $hallCode) {\n      ...QueueCategoryFields\n    }\n  }\n": types.QueueTakeDocument,
    "\n  query QueueAccount {\n    me {\n      id\n      profile {\n        age\n      }\n    }\n    myQueueTickets {\n      ...QueueTicketFields\n    }\n  }\n": types.QueueAccountDocument,
    "\n  query MyQueueTickets {\n    myQueueTickets {\n      ...QueueTicketFields\n    }\n  }\n": types.MyQueueTicketsDocument,
    "\n  query QueueTicket($id: ID!) {\n    queueTicket(id: $id) {\n      ...QueueTicketFields\n    }\n  }\n": types.QueueTicketDocument,
    "\n  mutation TakeQueueTicket($input: TakeQueueTicketInput!) {\n    takeQueueTicket(input: $input) {\n      ...QueueTicketFields\n    }\n  }\n": types.TakeQueueTicketDocument,
    "\n  mutation CancelQueueTicket($id: ID!) {\n    cancelQueueTicket(id: $id) {\n      ...QueueTicketFields\n    }\n  }\n": types.CancelQueueTicketDocument,
    "\n  mutation RequeueQueueTicket($id: ID!) {\n    requeueQueueTicket(id: $id) {\n      ...QueueTicketFields\n    }\n  }\n": types.RequeueQueueTicketDocument,
    "\n  subscription QueueTicketChanged($id: ID!) {\n    queueTicketChanged(id: $id) {\n      ...QueueTicketFields\n    }\n  }\n": types.QueueTicketChangedDocument,
    "\n  subscription QueueTakeBoard($hallCode: String!) {\n    queueBoardChanged(hallCode: $hallCode) {\n      hallCode\n      waiting {\n        ...QueueCategoryFields\n      }\n    }\n  }\n": types.QueueTakeBoardDocument,
    "\n  query SearchCatalogue($query: String!, $limit: Int!) {\n    searchCatalogue(query: $query, limit: $limit) {\n      query\n      totalCount\n      hotFallback\n      hits {\n        kind\n        code\n        name\n        departmentName\n        match\n      }\n      freshness {\n        syncedAt\n        stale\n        ageSeconds\n      }\n    }\n  }\n": types.SearchCatalogueDocument,
    "\n  query SearchSuggestions($prefix: String!, $limit: Int!) {\n    searchSuggestions(prefix: $prefix, limit: $limit) {\n      text\n      kind\n      code\n    }\n  }\n": types.SearchSuggestionsDocument,
    "\n  query SearchHall {\n    mainHall {\n      name\n      phone\n    }\n  }\n": types.SearchHallDocument,
    "\n  query StaffHome {\n    me {\n      id\n      role\n      staff {\n        username\n        displayName\n        role\n        hall {\n          code\n          name\n        }\n        zones {\n          code\n          name\n        }\n        windows {\n          code\n          number\n          label\n        }\n      }\n    }\n  }\n": types.StaffHomeDocument,
    "\n  query StaffHall {\n    me {\n      id\n      staff {\n        hall {\n          code\n          name\n        }\n      }\n    }\n  }\n": types.StaffHallDocument,
    "\n  query HallCheckInQr($hallCode: String!) {\n    hallCheckInQr(hallCode: $hallCode) {\n      hallCode\n      content\n      validOn\n      validUntil\n    }\n  }\n": types.HallCheckInQrDocument,
    "\n  fragment ConsoleTicketFields on QueueTicket {\n    id\n    number\n    categoryCode\n    categoryName\n    status\n    priority\n    source\n    takenAt\n    calledAt\n    requeued\n    subjectName\n  }\n": types.ConsoleTicketFieldsFragmentDoc,
    "\n  fragment ServiceWindowConsoleFields on ServiceWindowConsole {\n    code\n    hallCode\n    number\n    label\n    zoneName\n    status\n    categoryCodes\n    allowedCategoryCodes\n    currentTicket {\n      ...ConsoleTicketFields\n    }\n    heldTickets {\n      ...ConsoleTicketFields\n    }\n    waiting {\n      code\n      name\n      waitingCount\n      openWindowCount\n      paused\n      pausedReason\n    }\n    servedToday\n  }\n": types.ServiceWindowConsoleFieldsFragmentDoc,
    "\n  query ServiceWindowConsole($windowCode: String!) {\n    serviceWindowConsole(windowCode: $windowCode) {\n      ...ServiceWindowConsoleFields\n    }\n  }\n": types.ServiceWindowConsoleDocument,
    "\n  query HallWindows($hallCode: String!) {\n    serviceWindows(hallCode: $hallCode) {\n      code\n      number\n      label\n      zoneName\n      status\n      categoryCodes\n      allowedCategoryCodes\n    }\n    queueCategories(hallCode: $hallCode) {\n      code\n      name\n      paused\n    }\n  }\n": types.HallWindowsDocument,
    "\n  subscription ServiceWindowChanged($windowCode: String!) {\n    serviceWindowChanged(windowCode: $windowCode) {\n      ...ServiceWindowConsoleFields\n    }\n  }\n": types.ServiceWindowChangedDocument,
    "\n  mutation OpenServiceWindow($windowCode: String!, $categoryCodes: [String!]) {\n    openServiceWindow(windowCode: $windowCode, categoryCodes: $categoryCodes) {\n      ...ServiceWindowConsoleFields\n    }\n  }\n": types.OpenServiceWindowDocument,
    "\n  mutation PauseServiceWindow($windowCode: String!) {\n    pauseServiceWindow(windowCode: $windowCode) {\n      ...ServiceWindowConsoleFields\n    }\n  }\n": types.PauseServiceWindowDocument,
    "\n  mutation CloseServiceWindow($windowCode: String!) {\n    closeServiceWindow(windowCode: $windowCode) {\n      ...ServiceWindowConsoleFields\n    }\n  }\n": types.CloseServiceWindowDocument,
    "\n  mutation CallNextTicket($windowCode: String!) {\n    callNextTicket(windowCode: $windowCode) {\n      ...ServiceWindowConsoleFields\n    }\n  }\n": types.CallNextTicketDocument,
    "\n  mutation RecallTicket($windowCode: String!) {\n    recallTicket(windowCode: $windowCode) {\n      ...ServiceWindowConsoleFields\n    }\n  }\n": types.RecallTicketDocument,
    "\n  mutation SkipTicket($windowCode: String!) {\n    skipTicket(windowCode: $windowCode) {\n      ...ServiceWindowConsoleFields\n    }\n  }\n": types.SkipTicketDocument,
    "\n  mutation HoldTicket($windowCode: String!) {\n    holdTicket(windowCode: $windowCode) {\n      ...ServiceWindowConsoleFields\n    }\n  }\n": types.HoldTicketDocument,
    "\n  mutation ResumeTicket($windowCode: String!, $ticketId: ID!) {\n    resumeTicket(windowCode: $windowCode, ticketId: $ticketId) {\n      ...ServiceWindowConsoleFields\n    }\n  }\n": types.ResumeTicketDocument,
    "\n  mutation CompleteTicket($windowCode: String!) {\n    completeTicket(windowCode: $windowCode) {\n      ...ServiceWindowConsoleFields\n    }\n  }\n": types.CompleteTicketDocument,
    "\n  mutation TransferTicket($windowCode: String!, $input: TransferTicketInput!) {\n    transferTicket(windowCode: $windowCode, input: $input) {\n      ...ServiceWindowConsoleFields\n    }\n  }\n": types.TransferTicketDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DemoLogin($persona: DemoPersona!) {\n    demoLogin(persona: $persona) {\n      accessToken\n      refreshToken\n      expiresIn\n      user {\n        id\n        role\n        careMode\n      }\n    }\n  }\n"): typeof import('./graphql').DemoLoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LoginWithWechat($code: String!) {\n    loginWithWechat(code: $code) {\n      accessToken\n      refreshToken\n      expiresIn\n      user {\n        id\n        role\n        careMode\n      }\n    }\n  }\n"): typeof import('./graphql').LoginWithWechatDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StaffLogin($username: String!, $password: String!) {\n    staffLogin(username: $username, password: $password) {\n      accessToken\n      refreshToken\n      expiresIn\n      user {\n        id\n        role\n        careMode\n      }\n    }\n  }\n"): typeof import('./graphql').StaffLoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RefreshSession($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) {\n      accessToken\n      refreshToken\n      expiresIn\n      user {\n        id\n        role\n        careMode\n      }\n    }\n  }\n"): typeof import('./graphql').RefreshSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): typeof import('./graphql').LogoutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetCareMode($enabled: Boolean!) {\n    setCareMode(enabled: $enabled) {\n      id\n      careMode\n    }\n  }\n"): typeof import('./graphql').SetCareModeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      id\n      role\n      careMode\n    }\n  }\n"): typeof import('./graphql').MeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HomePage($limit: Int!) {\n    hotServiceItems(limit: $limit) {\n      items {\n        code\n        name\n        departmentName\n        type\n        audiences\n        visitsNeeded\n        fullyOnline\n        committedDays\n      }\n      freshness {\n        syncedAt\n        stale\n        ageSeconds\n      }\n    }\n    mainHall {\n      name\n      phone\n      officeHours\n      address\n    }\n  }\n"): typeof import('./graphql').HomePageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FamilyLinkFields on FamilyLinkToMe {\n    id\n    ownerMaskedName\n    relation\n    status\n    createdAt\n  }\n"): typeof import('./graphql').FamilyLinkFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FamilyLinksToMe {\n    familyLinksToMe {\n      ...FamilyLinkFields\n    }\n  }\n"): typeof import('./graphql').FamilyLinksToMeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RespondToFamilyLink($id: ID!, $accept: Boolean!) {\n    respondToFamilyLink(id: $id, accept: $accept) {\n      ...FamilyLinkFields\n    }\n  }\n"): typeof import('./graphql').RespondToFamilyLinkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeFamilyLink($id: ID!) {\n    revokeFamilyLink(id: $id) {\n      ...FamilyLinkFields\n    }\n  }\n"): typeof import('./graphql').RevokeFamilyLinkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeOverview {\n    me {\n      id\n      role\n      profile {\n        maskedName\n        maskedPhone\n        phoneVerified\n      }\n    }\n  }\n"): typeof import('./graphql').MeOverviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ServicesPage {\n    departments {\n      code\n      name\n      shortName\n      itemCount\n    }\n    catalogueFacets {\n      topics {\n        name\n        count\n      }\n      lifeEvents {\n        name\n        count\n      }\n    }\n    themes {\n      code\n      name\n      description\n      itemCount\n      committedDays\n    }\n  }\n"): typeof import('./graphql').ServicesPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AccountProfileFields on Profile {\n    maskedName\n    maskedIdNumber\n    maskedPhone\n    phoneVerified\n    age\n    suggestCareMode\n  }\n"): typeof import('./graphql').AccountProfileFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccountProfile {\n    me {\n      id\n      careMode\n      profile {\n        ...AccountProfileFields\n      }\n      address {\n        ...PostalAddressFields\n      }\n    }\n  }\n"): typeof import('./graphql').AccountProfileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitRealName($input: RealNameInput!) {\n    submitRealName(input: $input) {\n      id\n      careMode\n      profile {\n        ...AccountProfileFields\n      }\n    }\n  }\n"): typeof import('./graphql').SubmitRealNameDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPhoneCode($phone: String!) {\n    requestPhoneCode(phone: $phone)\n  }\n"): typeof import('./graphql').RequestPhoneCodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerifyPhone($phone: String!, $code: String!) {\n    verifyPhone(phone: $phone, code: $code) {\n      id\n      careMode\n      profile {\n        ...AccountProfileFields\n      }\n    }\n  }\n"): typeof import('./graphql').VerifyPhoneDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FamilyMemberFields on FamilyMember {\n    id\n    maskedName\n    maskedIdNumber\n    maskedPhone\n    relation\n    age\n    linkStatus\n    canActFor\n  }\n"): typeof import('./graphql').FamilyMemberFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FamilyMembers {\n    familyMembers {\n      ...FamilyMemberFields\n    }\n  }\n"): typeof import('./graphql').FamilyMembersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddFamilyMember($input: FamilyMemberInput!) {\n    addFamilyMember(input: $input) {\n      ...FamilyMemberFields\n    }\n  }\n"): typeof import('./graphql').AddFamilyMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveFamilyMember($id: ID!) {\n    removeFamilyMember(id: $id)\n  }\n"): typeof import('./graphql').RemoveFamilyMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PostalAddressFields on PostalAddress {\n    region\n    masked\n  }\n"): typeof import('./graphql').PostalAddressFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetAddress($input: PostalAddressInput!) {\n    setAddress(input: $input) {\n      id\n      address {\n        ...PostalAddressFields\n      }\n    }\n  }\n"): typeof import('./graphql').SetAddressDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClearAddress {\n    clearAddress {\n      id\n      address {\n        ...PostalAddressFields\n      }\n    }\n  }\n"): typeof import('./graphql').ClearAddressDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SavedChecklistFields on SavedChecklist {\n    id\n    kind\n    code\n    title\n    available\n    missingCount\n    unansweredCount\n    complete\n    updatedAt\n  }\n"): typeof import('./graphql').SavedChecklistFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SavedChecklists {\n    savedChecklists {\n      ...SavedChecklistFields\n    }\n  }\n"): typeof import('./graphql').SavedChecklistsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteSavedChecklist($id: ID!) {\n    deleteSavedChecklist(id: $id)\n  }\n"): typeof import('./graphql').DeleteSavedChecklistDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AppointmentFields on Appointment {\n    id\n    hallName\n    categoryCode\n    categoryName\n    zoneName\n    date\n    startTime\n    endTime\n    startsAt\n    status\n    statusLabel\n    actedBy {\n      summary\n      forSelf\n      actorMaskedName\n      subjectMaskedName\n      relation\n    }\n    bookedByMe\n    canCancel\n    cancelDeadline\n    checkInOpensAt\n    checkInClosesAt\n    canCheckIn\n    checkInCode\n  }\n"): typeof import('./graphql').AppointmentFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BookAppointment($input: BookAppointmentInput!) {\n    bookAppointment(input: $input) {\n      replayed\n      appointment {\n        ...AppointmentFields\n      }\n      reminderTemplates {\n        templateId\n        title\n      }\n    }\n  }\n"): typeof import('./graphql').BookAppointmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Appointment($id: ID!) {\n    appointment(id: $id) {\n      ...AppointmentFields\n    }\n    subscribeTemplates(purposes: [APPOINTMENT_DAY_BEFORE, APPOINTMENT_HOUR_BEFORE]) {\n      templateId\n      title\n    }\n  }\n"): typeof import('./graphql').AppointmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyAppointments($scope: AppointmentScope!, $limit: Int!, $offset: Int!) {\n    myAppointments(scope: $scope, limit: $limit, offset: $offset) {\n      ...AppointmentFields\n    }\n  }\n"): typeof import('./graphql').MyAppointmentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelAppointment($id: ID!) {\n    cancelAppointment(id: $id) {\n      ...AppointmentFields\n    }\n  }\n"): typeof import('./graphql').CancelAppointmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CheckInAppointment($hallCode: String!, $qrToken: String!, $appointmentId: ID) {\n    checkInAppointment(hallCode: $hallCode, qrToken: $qrToken, appointmentId: $appointmentId) {\n      ...AppointmentFields\n    }\n  }\n"): typeof import('./graphql').CheckInAppointmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyBookingStatus($familyMemberId: ID) {\n    myBookingStatus(familyMemberId: $familyMemberId) {\n      forSelf\n      subjectMaskedName\n      canBook\n      reason\n      banned\n      bannedUntil\n      activeCount\n      activeLimit\n    }\n  }\n"): typeof import('./graphql').MyBookingStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordSubscription($templateIds: [String!]!, $accepted: [String!]!) {\n    recordSubscription(templateIds: $templateIds, accepted: $accepted) {\n      templateId\n      remaining\n    }\n  }\n"): typeof import('./graphql').RecordSubscriptionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BookingCategories($hallCode: String!) {\n    bookingCategories(hallCode: $hallCode) {\n      code\n      name\n      description\n      zoneName\n      bookable\n    }\n  }\n"): typeof import('./graphql').BookingCategoriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BookingCalendar($hallCode: String!, $categoryCode: String!, $from: String!, $days: Int!) {\n    bookingCalendar(hallCode: $hallCode, categoryCode: $categoryCode, from: $from, days: $days) {\n      today\n      now\n      horizonEnd\n      days {\n        date\n        weekday\n        state\n        dayKind\n        holidayName\n        releasesAt\n        remaining\n      }\n    }\n  }\n"): typeof import('./graphql').BookingCalendarDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BookingSlots($hallCode: String!, $categoryCode: String!, $date: String!) {\n    bookingSlots(hallCode: $hallCode, categoryCode: $categoryCode, date: $date) {\n      date\n      state\n      dayKind\n      holidayName\n      slots {\n        id\n        startTime\n        endTime\n        capacity\n        remaining\n        state\n        evening\n      }\n    }\n  }\n"): typeof import('./graphql').BookingSlotsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BookingPeople {\n    me {\n      id\n      profile {\n        maskedName\n      }\n    }\n    familyMembers {\n      id\n      maskedName\n      relation\n      linkStatus\n      canActFor\n    }\n  }\n"): typeof import('./graphql').BookingPeopleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HallBookingsStaff {\n    me {\n      id\n      staff {\n        hall {\n          code\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').HallBookingsStaffDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HallBookings($hallCode: String, $date: String!, $categoryCode: String) {\n    hallBookings(hallCode: $hallCode, date: $date, categoryCode: $categoryCode) {\n      date\n      counts {\n        total\n        booked\n        checkedIn\n        noShow\n        cancelled\n      }\n      bookings {\n        id\n        categoryCode\n        categoryName\n        startTime\n        endTime\n        status\n        statusLabel\n        subjectMaskedName\n        subjectMaskedIdNumber\n        actedBy {\n          summary\n          forSelf\n        }\n        checkInCode\n        checkedInAt\n      }\n    }\n  }\n"): typeof import('./graphql').HallBookingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StaffCheckIn($checkInCode: String!) {\n    staffCheckIn(checkInCode: $checkInCode) {\n      id\n      subjectMaskedName\n      categoryName\n      startTime\n      statusLabel\n    }\n  }\n"): typeof import('./graphql').StaffCheckInDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BrowseServiceItems($filter: ServiceItemFilter, $offset: Int!, $limit: Int!) {\n    browseServiceItems(filter: $filter, offset: $offset, limit: $limit) {\n      items {\n        code\n        name\n        departmentName\n        visitsNeeded\n        fullyOnline\n        committedDays\n      }\n      totalCount\n      hasMore\n      nextOffset\n      freshness {\n        syncedAt\n        stale\n        ageSeconds\n      }\n    }\n  }\n"): typeof import('./graphql').BrowseServiceItemsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ChecklistTemplateFields on ChecklistTemplate {\n    kind\n    code\n    title\n    questions {\n      id\n      text\n    }\n    materials {\n      code\n      name\n      required\n      questionId\n      forms {\n        original\n        copy\n        electronic\n      }\n      originalCopies\n      copyCopies\n      source\n      usedBy {\n        code\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').ChecklistTemplateFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChecklistPage($subject: ChecklistSubjectInput!) {\n    checklist(subject: $subject) {\n      ...ChecklistTemplateFields\n    }\n  }\n"): typeof import('./graphql').ChecklistPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SharedChecklistPage($token: String!) {\n    sharedChecklist(token: $token) {\n      token\n      createdAt\n      heldCodes\n      answers {\n        questionId\n        yes\n      }\n      template {\n        ...ChecklistTemplateFields\n      }\n    }\n  }\n"): typeof import('./graphql').SharedChecklistPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ShareChecklist($input: ShareChecklistInput!) {\n    shareChecklist(input: $input) {\n      token\n    }\n  }\n"): typeof import('./graphql').ShareChecklistDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccountChecklist($subject: ChecklistSubjectInput!) {\n    savedChecklists(subject: $subject) {\n      id\n      answers {\n        questionId\n        yes\n      }\n      heldCodes\n      updatedAt\n    }\n  }\n"): typeof import('./graphql').AccountChecklistDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveChecklist($input: SaveChecklistInput!) {\n    saveChecklist(input: $input) {\n      id\n      updatedAt\n    }\n  }\n"): typeof import('./graphql').SaveChecklistDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ServiceItemPage($code: String!) {\n    serviceItem(code: $code) {\n      code\n      name\n      departmentName\n      type\n      audiences\n      visitsNeeded\n      fullyOnline\n      preReview\n      onlineUrl\n      committedDays\n      statutoryDays\n      conditions\n      legalBasis\n      materials {\n        code\n        name\n        required\n        condition\n        forms {\n          original\n          copy\n          electronic\n        }\n        originalCopies\n        copyCopies\n        source\n        blankFormUrl\n        sampleUrl\n        notes\n      }\n      steps {\n        name\n        description\n        actor\n      }\n      fees {\n        name\n        amount\n        unit\n        basis\n      }\n      free\n      zone\n      window\n      officeHours\n      phone\n      faq {\n        question\n        answer\n      }\n      results {\n        name\n        kind\n      }\n      deliveryOptions\n      bookingCategoryCode\n      themes {\n        code\n        name\n        itemCount\n        committedDays\n      }\n      freshness {\n        syncedAt\n        stale\n        ageSeconds\n      }\n    }\n  }\n"): typeof import('./graphql').ServiceItemPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ThemePage($code: String!) {\n    theme(code: $code) {\n      code\n      name\n      description\n      committedDays\n      zone\n      window\n      bookingCategoryCode\n      items {\n        code\n        name\n        departmentName\n        visitsNeeded\n        fullyOnline\n        committedDays\n      }\n      materials {\n        code\n        name\n        required\n        condition\n        forms {\n          original\n          copy\n          electronic\n        }\n        originalCopies\n        copyCopies\n        source\n        usedBy {\n          code\n          name\n        }\n      }\n      flow {\n        stage\n        parallel\n        items {\n          code\n          name\n        }\n      }\n      saving {\n        materialsBefore\n        materialsAfter\n        stepsBefore\n        stepsAfter\n        daysBefore\n        daysAfter\n      }\n      freshness {\n        syncedAt\n        stale\n        ageSeconds\n      }\n    }\n  }\n"): typeof import('./graphql').ThemePageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment QueueBoardFields on QueueBoard {\n    hallCode\n    hallName\n    calls {\n      number\n      windowLabel\n      windowNumber\n      zoneName\n      calledAt\n    }\n    waiting {\n      hallCode\n      code\n      name\n      zoneName\n      waitingCount\n      openWindowCount\n      paused\n    }\n  }\n"): typeof import('./graphql').QueueBoardFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QueueBoard($hallCode: String!) {\n    queueBoard(hallCode: $hallCode) {\n      ...QueueBoardFields\n    }\n  }\n"): typeof import('./graphql').QueueBoardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription QueueBoardChanged($hallCode: String!) {\n    queueBoardChanged(hallCode: $hallCode) {\n      ...QueueBoardFields\n    }\n  }\n"): typeof import('./graphql').QueueBoardChangedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HallDoorQr($hallCode: String!) {\n    hallDoorQr(hallCode: $hallCode) {\n      hallCode\n      content\n      validUntil\n      refreshSeconds\n    }\n  }\n"): typeof import('./graphql').HallDoorQrDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment QueueTicketFields on QueueTicket {\n    id\n    hallCode\n    categoryCode\n    categoryName\n    number\n    serviceDate\n    priority\n    status\n    source\n    ahead\n    estimatedWait {\n      minMinutes\n      maxMinutes\n    }\n    windowCode\n    windowNumber\n    windowLabel\n    zoneName\n    takenAt\n    calledAt\n    completedAt\n    requeued\n    canCancel\n    canRequeue\n    actedBy {\n      summary\n      forSelf\n    }\n  }\n"): typeof import('./graphql').QueueTicketFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment QueueCategoryFields on QueueCategoryStatus {\n    hallCode\n    code\n    name\n    zoneName\n    waitingCount\n    openWindowCount\n    estimatedWait {\n      minMinutes\n      maxMinutes\n    }\n    paused\n    pausedReason\n  }\n"): typeof import('./graphql').QueueCategoryFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QueueTake($hallCode: String!) {\n    queueOpenState(hallCode: $hallCode) {\n      open\n      reason\n      opensAt\n      closesAt\n    }\n    queueCategories(hallCode: $hallCode) {\n      ...QueueCategoryFields\n    }\n  }\n"): typeof import('./graphql').QueueTakeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QueueAccount {\n    me {\n      id\n      profile {\n        age\n      }\n    }\n    myQueueTickets {\n      ...QueueTicketFields\n    }\n  }\n"): typeof import('./graphql').QueueAccountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyQueueTickets {\n    myQueueTickets {\n      ...QueueTicketFields\n    }\n  }\n"): typeof import('./graphql').MyQueueTicketsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QueueTicket($id: ID!) {\n    queueTicket(id: $id) {\n      ...QueueTicketFields\n    }\n  }\n"): typeof import('./graphql').QueueTicketDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TakeQueueTicket($input: TakeQueueTicketInput!) {\n    takeQueueTicket(input: $input) {\n      ...QueueTicketFields\n    }\n  }\n"): typeof import('./graphql').TakeQueueTicketDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelQueueTicket($id: ID!) {\n    cancelQueueTicket(id: $id) {\n      ...QueueTicketFields\n    }\n  }\n"): typeof import('./graphql').CancelQueueTicketDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequeueQueueTicket($id: ID!) {\n    requeueQueueTicket(id: $id) {\n      ...QueueTicketFields\n    }\n  }\n"): typeof import('./graphql').RequeueQueueTicketDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription QueueTicketChanged($id: ID!) {\n    queueTicketChanged(id: $id) {\n      ...QueueTicketFields\n    }\n  }\n"): typeof import('./graphql').QueueTicketChangedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription QueueTakeBoard($hallCode: String!) {\n    queueBoardChanged(hallCode: $hallCode) {\n      hallCode\n      waiting {\n        ...QueueCategoryFields\n      }\n    }\n  }\n"): typeof import('./graphql').QueueTakeBoardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchCatalogue($query: String!, $limit: Int!) {\n    searchCatalogue(query: $query, limit: $limit) {\n      query\n      totalCount\n      hotFallback\n      hits {\n        kind\n        code\n        name\n        departmentName\n        match\n      }\n      freshness {\n        syncedAt\n        stale\n        ageSeconds\n      }\n    }\n  }\n"): typeof import('./graphql').SearchCatalogueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchSuggestions($prefix: String!, $limit: Int!) {\n    searchSuggestions(prefix: $prefix, limit: $limit) {\n      text\n      kind\n      code\n    }\n  }\n"): typeof import('./graphql').SearchSuggestionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchHall {\n    mainHall {\n      name\n      phone\n    }\n  }\n"): typeof import('./graphql').SearchHallDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffHome {\n    me {\n      id\n      role\n      staff {\n        username\n        displayName\n        role\n        hall {\n          code\n          name\n        }\n        zones {\n          code\n          name\n        }\n        windows {\n          code\n          number\n          label\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').StaffHomeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffHall {\n    me {\n      id\n      staff {\n        hall {\n          code\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').StaffHallDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HallCheckInQr($hallCode: String!) {\n    hallCheckInQr(hallCode: $hallCode) {\n      hallCode\n      content\n      validOn\n      validUntil\n    }\n  }\n"): typeof import('./graphql').HallCheckInQrDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ConsoleTicketFields on QueueTicket {\n    id\n    number\n    categoryCode\n    categoryName\n    status\n    priority\n    source\n    takenAt\n    calledAt\n    requeued\n    subjectName\n  }\n"): typeof import('./graphql').ConsoleTicketFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ServiceWindowConsoleFields on ServiceWindowConsole {\n    code\n    hallCode\n    number\n    label\n    zoneName\n    status\n    categoryCodes\n    allowedCategoryCodes\n    currentTicket {\n      ...ConsoleTicketFields\n    }\n    heldTickets {\n      ...ConsoleTicketFields\n    }\n    waiting {\n      code\n      name\n      waitingCount\n      openWindowCount\n      paused\n      pausedReason\n    }\n    servedToday\n  }\n"): typeof import('./graphql').ServiceWindowConsoleFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ServiceWindowConsole($windowCode: String!) {\n    serviceWindowConsole(windowCode: $windowCode) {\n      ...ServiceWindowConsoleFields\n    }\n  }\n"): typeof import('./graphql').ServiceWindowConsoleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HallWindows($hallCode: String!) {\n    serviceWindows(hallCode: $hallCode) {\n      code\n      number\n      label\n      zoneName\n      status\n      categoryCodes\n      allowedCategoryCodes\n    }\n    queueCategories(hallCode: $hallCode) {\n      code\n      name\n      paused\n    }\n  }\n"): typeof import('./graphql').HallWindowsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ServiceWindowChanged($windowCode: String!) {\n    serviceWindowChanged(windowCode: $windowCode) {\n      ...ServiceWindowConsoleFields\n    }\n  }\n"): typeof import('./graphql').ServiceWindowChangedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpenServiceWindow($windowCode: String!, $categoryCodes: [String!]) {\n    openServiceWindow(windowCode: $windowCode, categoryCodes: $categoryCodes) {\n      ...ServiceWindowConsoleFields\n    }\n  }\n"): typeof import('./graphql').OpenServiceWindowDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PauseServiceWindow($windowCode: String!) {\n    pauseServiceWindow(windowCode: $windowCode) {\n      ...ServiceWindowConsoleFields\n    }\n  }\n"): typeof import('./graphql').PauseServiceWindowDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseServiceWindow($windowCode: String!) {\n    closeServiceWindow(windowCode: $windowCode) {\n      ...ServiceWindowConsoleFields\n    }\n  }\n"): typeof import('./graphql').CloseServiceWindowDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CallNextTicket($windowCode: String!) {\n    callNextTicket(windowCode: $windowCode) {\n      ...ServiceWindowConsoleFields\n    }\n  }\n"): typeof import('./graphql').CallNextTicketDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecallTicket($windowCode: String!) {\n    recallTicket(windowCode: $windowCode) {\n      ...ServiceWindowConsoleFields\n    }\n  }\n"): typeof import('./graphql').RecallTicketDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SkipTicket($windowCode: String!) {\n    skipTicket(windowCode: $windowCode) {\n      ...ServiceWindowConsoleFields\n    }\n  }\n"): typeof import('./graphql').SkipTicketDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HoldTicket($windowCode: String!) {\n    holdTicket(windowCode: $windowCode) {\n      ...ServiceWindowConsoleFields\n    }\n  }\n"): typeof import('./graphql').HoldTicketDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResumeTicket($windowCode: String!, $ticketId: ID!) {\n    resumeTicket(windowCode: $windowCode, ticketId: $ticketId) {\n      ...ServiceWindowConsoleFields\n    }\n  }\n"): typeof import('./graphql').ResumeTicketDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteTicket($windowCode: String!) {\n    completeTicket(windowCode: $windowCode) {\n      ...ServiceWindowConsoleFields\n    }\n  }\n"): typeof import('./graphql').CompleteTicketDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TransferTicket($windowCode: String!, $input: TransferTicketInput!) {\n    transferTicket(windowCode: $windowCode, input: $input) {\n      ...ServiceWindowConsoleFields\n    }\n  }\n"): typeof import('./graphql').TransferTicketDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
