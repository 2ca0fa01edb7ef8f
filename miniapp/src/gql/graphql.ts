/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** UPCOMING: booked or checked in and not over yet, soonest first; PAST: everything else (over, cancelled, no-show), latest first */
export type AppointmentScope =
  | 'PAST'
  | 'UPCOMING';

/** BOOKED 待签到, CANCELLED 已取消, CHECKED_IN 已签到, NO_SHOW 未到（爽约）, COMPLETED 已办结 */
export type AppointmentStatus =
  | 'BOOKED'
  | 'CANCELLED'
  | 'CHECKED_IN'
  | 'COMPLETED'
  | 'NO_SHOW';

/** Who an item serves: 个人 (INDIVIDUAL) or 法人 (LEGAL_PERSON) */
export type Audience =
  | 'INDIVIDUAL'
  | 'LEGAL_PERSON';

export type BookAppointmentInput = {
  /** The category the user chose; a slot of another category is refused (SLOT_CATEGORY_MISMATCH) */
  categoryCode?: string | null | undefined;
  /** Book for this family member (家人代办); left out: for yourself */
  familyMemberId?: string | number | null | undefined;
  /** Made by the page once per booking attempt (e.g. a UUID) and sent again on every retry of it: the same key books once. 8–64 letters, digits, - or _ */
  idempotencyKey: string;
  /** A slot id from bookingSlots */
  slotId: string | number;
};

/** OPEN: places left; FULL: booked out; HOLIDAY; CLOSED: no service for the category; NOT_RELEASED: opens at releasesAt; BEYOND_HORIZON; PAST; NO_HOLIDAY_DATA: the year’s holidays are not published, never bookable */
export type BookingDayState =
  | 'BEYOND_HORIZON'
  | 'CLOSED'
  | 'FULL'
  | 'HOLIDAY'
  | 'NOT_RELEASED'
  | 'NO_HOLIDAY_DATA'
  | 'OPEN'
  | 'PAST';

export type BookingSlotState =
  | 'AVAILABLE'
  | 'FULL'
  | 'STARTED';

export type ChecklistAnswerInput = {
  questionId: string;
  yes: boolean;
};

export type ChecklistSubjectInput = {
  code: string;
  kind: ChecklistSubjectKind;
};

/** A checklist is for one service item or for a 一件事 theme */
export type ChecklistSubjectKind =
  | 'ITEM'
  | 'THEME';

/** 工作日, 周末, 法定节假日 or 调休上班 (a weekend day worked in exchange for a holiday) */
export type DayKind =
  | 'HOLIDAY'
  | 'MAKEUP_WORKDAY'
  | 'WEEKEND'
  | 'WORKDAY';

/** Seeded test citizens and demo staff for the demo login (development and tests only) */
export type DemoPersona =
  | 'CITIZEN_A'
  | 'CITIZEN_B'
  | 'HALL_ADMIN_SZ'
  | 'STAFF_STREET'
  | 'STAFF_SZ'
  | 'SYSTEM_ADMIN';

/** Consent of the family member: PENDING (待对方确认), CONFIRMED (已确认), DECLINED (对方已拒绝), REVOKED (对方已撤销), NO_ACCOUNT (无需确认: the member has no account; active at once) */
export type FamilyLinkStatus =
  | 'CONFIRMED'
  | 'DECLINED'
  | 'NO_ACCOUNT'
  | 'PENDING'
  | 'REVOKED';

export type FamilyMemberInput = {
  idNumber: string;
  /** As on the ID card */
  name: string;
  /** A Chinese mobile number (optional) */
  phone?: string | null | undefined;
  relation: FamilyRelation;
};

/** How a family member is related to the citizen acting for them */
export type FamilyRelation =
  | 'CHILD'
  | 'GRANDCHILD'
  | 'GRANDPARENT'
  | 'OTHER'
  | 'PARENT'
  | 'SIBLING'
  | 'SPOUSE';

export type PostalAddressInput = {
  /** Street, building, room: 2–100 characters */
  detail: string;
  /** Province, city and district (区/县), e.g. 山东省济南市市中区 */
  region: string;
};

/** NORMAL 普通; priority tickets, called first (after K priority calls a normal one is called): APPOINTMENT 预约签到, GREEN_CHANNEL 绿色通道 (issued by staff), ELDERLY 老年人优先 (70+) */
export type QueuePriority =
  | 'APPOINTMENT'
  | 'ELDERLY'
  | 'GREEN_CHANNEL'
  | 'NORMAL';

/** DOOR_QR: scanned the hall’s door code; REMOTE: taken near the hall; APPOINTMENT: an appointment check-in; STAFF: issued by staff (green channel) */
export type QueueTicketSource =
  | 'APPOINTMENT'
  | 'DOOR_QR'
  | 'REMOTE'
  | 'STAFF';

/** WAITING 排队中, CALLED 已叫号 (go to the window), HELD 挂起 (e.g. fetching a document), SKIPPED 过号 (may re-queue once), COMPLETED 已办结, CANCELLED 已取消 */
export type QueueTicketStatus =
  | 'CALLED'
  | 'CANCELLED'
  | 'COMPLETED'
  | 'HELD'
  | 'SKIPPED'
  | 'WAITING';

export type RealNameInput = {
  /** 18 characters; spaces and a lower-case x are accepted */
  idNumber: string;
  /** As on the ID card */
  name: string;
};

export type SaveChecklistInput = {
  answers: Array<ChecklistAnswerInput>;
  heldCodes: Array<string>;
  subject: ChecklistSubjectInput;
};

/** A service item or an 一件事 theme */
export type SearchHitKind =
  | 'ITEM'
  | 'THEME';

/** How a hit matched the query, best first (hot items in a fallback count as NAME) */
export type SearchMatch =
  | 'DEPARTMENT'
  | 'INITIALS'
  | 'MATERIAL'
  | 'NAME'
  | 'PINYIN'
  | 'SYNONYM'
  | 'TYPO';

/** Every given value must match */
export type ServiceItemFilter = {
  audience?: Audience | null | undefined;
  departmentCode?: string | null | undefined;
  lifeEvent?: string | null | undefined;
  topic?: string | null | undefined;
};

/** OPEN: calling tickets; PAUSED: open but not calling; CLOSED */
export type ServiceWindowStatus =
  | 'CLOSED'
  | 'OPEN'
  | 'PAUSED';

export type ShareChecklistInput = {
  answers: Array<ChecklistAnswerInput>;
  heldCodes: Array<string>;
  subject: ChecklistSubjectInput;
};

export type TakeQueueTicketInput = {
  /** A–H (queueCategories) */
  categoryCode: string;
  /** The scanned door code (SZHB:DOOR:… or its token). Left out: a remote take, which needs latitude and longitude within QUEUE_REMOTE_MAX_METERS of the hall */
  doorCode?: string | null | undefined;
  /** 老年人优先: only for people aged 70 or over (QUEUE_ELDERLY_NOT_ELIGIBLE) */
  elderlyPriority?: boolean;
  hallCode: string;
  /** Made by the page once per take (e.g. a UUID) and sent again on every retry of it: the same key takes one ticket. 8–64 letters, digits, - or _ */
  idempotencyKey: string;
  /** GCJ-02 (what wx.getLocation gives) */
  latitude?: number | null | undefined;
  longitude?: number | null | undefined;
};

export type TransferTicketInput = {
  /** The window’s current ticket or one it holds */
  ticketId: string | number;
  /** Into this category’s queue */
  toCategoryCode?: string | null | undefined;
  /** To this window: only it calls the ticket, before anyone else */
  toWindowCode?: string | null | undefined;
};

/** Citizen (WeChat login), hall staff, hall admin or system admin */
export type UserRole =
  | 'CITIZEN'
  | 'HALL_ADMIN'
  | 'STAFF'
  | 'SYSTEM_ADMIN';

export type DemoLoginMutationVariables = Exact<{
  persona: DemoPersona;
}>;


export type DemoLoginMutation = { demoLogin: { accessToken: string, refreshToken: string, expiresIn: number, user: { id: string, role: UserRole, careMode: boolean } } };

export type LoginWithWechatMutationVariables = Exact<{
  code: string;
}>;


export type LoginWithWechatMutation = { loginWithWechat: { accessToken: string, refreshToken: string, expiresIn: number, user: { id: string, role: UserRole, careMode: boolean } } };

export type StaffLoginMutationVariables = Exact<{
  username: string;
  password: string;
}>;


export type StaffLoginMutation = { staffLogin: { accessToken: string, refreshToken: string, expiresIn: number, user: { id: string, role: UserRole, careMode: boolean } } };

export type RefreshSessionMutationVariables = Exact<{
  refreshToken: string;
}>;


export type RefreshSessionMutation = { refreshSession: { accessToken: string, refreshToken: string, expiresIn: number, user: { id: string, role: UserRole, careMode: boolean } } };

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { logout: boolean };

export type SetCareModeMutationVariables = Exact<{
  enabled: boolean;
}>;


export type SetCareModeMutation = { setCareMode: { id: string, careMode: boolean } };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { id: string, role: UserRole, careMode: boolean } | null };

export type HomePageQueryVariables = Exact<{
  limit: number;
}>;


export type HomePageQuery = { hotServiceItems: { items: Array<{ code: string, name: string, departmentName: string, type: string, audiences: Array<string>, visitsNeeded: number, fullyOnline: boolean, committedDays: number }>, freshness: { syncedAt: string | null, stale: boolean, ageSeconds: number | null } }, mainHall: { name: string, phone: string, officeHours: string, address: string } };

export type FamilyLinkFieldsFragment = { id: string, ownerMaskedName: string | null, relation: FamilyRelation, status: FamilyLinkStatus, createdAt: string };

export type FamilyLinksToMeQueryVariables = Exact<{ [key: string]: never; }>;


export type FamilyLinksToMeQuery = { familyLinksToMe: Array<{ id: string, ownerMaskedName: string | null, relation: FamilyRelation, status: FamilyLinkStatus, createdAt: string }> };

export type RespondToFamilyLinkMutationVariables = Exact<{
  id: string | number;
  accept: boolean;
}>;


export type RespondToFamilyLinkMutation = { respondToFamilyLink: { id: string, ownerMaskedName: string | null, relation: FamilyRelation, status: FamilyLinkStatus, createdAt: string } };

export type RevokeFamilyLinkMutationVariables = Exact<{
  id: string | number;
}>;


export type RevokeFamilyLinkMutation = { revokeFamilyLink: { id: string, ownerMaskedName: string | null, relation: FamilyRelation, status: FamilyLinkStatus, createdAt: string } };

export type MeOverviewQueryVariables = Exact<{ [key: string]: never; }>;


export type MeOverviewQuery = { me: { id: string, role: UserRole, profile: { maskedName: string, maskedPhone: string | null, phoneVerified: boolean } | null } | null };

export type ServicesPageQueryVariables = Exact<{ [key: string]: never; }>;


export type ServicesPageQuery = { departments: Array<{ code: string, name: string, shortName: string, itemCount: number }>, catalogueFacets: { topics: Array<{ name: string, count: number }>, lifeEvents: Array<{ name: string, count: number }> }, themes: Array<{ code: string, name: string, description: string, itemCount: number, committedDays: number }> };

export type AccountProfileFieldsFragment = { maskedName: string, maskedIdNumber: string, maskedPhone: string | null, phoneVerified: boolean, age: number, suggestCareMode: boolean };

export type AccountProfileQueryVariables = Exact<{ [key: string]: never; }>;


export type AccountProfileQuery = { me: { id: string, careMode: boolean, profile: { maskedName: string, maskedIdNumber: string, maskedPhone: string | null, phoneVerified: boolean, age: number, suggestCareMode: boolean } | null, address: { region: string, masked: string } | null } | null };

export type SubmitRealNameMutationVariables = Exact<{
  input: RealNameInput;
}>;


export type SubmitRealNameMutation = { submitRealName: { id: string, careMode: boolean, profile: { maskedName: string, maskedIdNumber: string, maskedPhone: string | null, phoneVerified: boolean, age: number, suggestCareMode: boolean } | null } };

export type RequestPhoneCodeMutationVariables = Exact<{
  phone: string;
}>;


export type RequestPhoneCodeMutation = { requestPhoneCode: boolean };

export type VerifyPhoneMutationVariables = Exact<{
  phone: string;
  code: string;
}>;


export type VerifyPhoneMutation = { verifyPhone: { id: string, careMode: boolean, profile: { maskedName: string, maskedIdNumber: string, maskedPhone: string | null, phoneVerified: boolean, age: number, suggestCareMode: boolean } | null } };

export type FamilyMemberFieldsFragment = { id: string, maskedName: string, maskedIdNumber: string, maskedPhone: string | null, relation: FamilyRelation, age: number, linkStatus: FamilyLinkStatus, canActFor: boolean };

export type FamilyMembersQueryVariables = Exact<{ [key: string]: never; }>;


export type FamilyMembersQuery = { familyMembers: Array<{ id: string, maskedName: string, maskedIdNumber: string, maskedPhone: string | null, relation: FamilyRelation, age: number, linkStatus: FamilyLinkStatus, canActFor: boolean }> };

export type AddFamilyMemberMutationVariables = Exact<{
  input: FamilyMemberInput;
}>;


export type AddFamilyMemberMutation = { addFamilyMember: { id: string, maskedName: string, maskedIdNumber: string, maskedPhone: string | null, relation: FamilyRelation, age: number, linkStatus: FamilyLinkStatus, canActFor: boolean } };

export type RemoveFamilyMemberMutationVariables = Exact<{
  id: string | number;
}>;


export type RemoveFamilyMemberMutation = { removeFamilyMember: boolean };

export type PostalAddressFieldsFragment = { region: string, masked: string };

export type SetAddressMutationVariables = Exact<{
  input: PostalAddressInput;
}>;


export type SetAddressMutation = { setAddress: { id: string, address: { region: string, masked: string } | null } };

export type ClearAddressMutationVariables = Exact<{ [key: string]: never; }>;


export type ClearAddressMutation = { clearAddress: { id: string, address: { region: string, masked: string } | null } };

export type SavedChecklistFieldsFragment = { id: string, kind: ChecklistSubjectKind, code: string, title: string, available: boolean, missingCount: number | null, unansweredCount: number | null, complete: boolean, updatedAt: string };

export type SavedChecklistsQueryVariables = Exact<{ [key: string]: never; }>;


export type SavedChecklistsQuery = { savedChecklists: Array<{ id: string, kind: ChecklistSubjectKind, code: string, title: string, available: boolean, missingCount: number | null, unansweredCount: number | null, complete: boolean, updatedAt: string }> };

export type DeleteSavedChecklistMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteSavedChecklistMutation = { deleteSavedChecklist: boolean };

export type AppointmentFieldsFragment = { id: string, hallName: string, categoryCode: string, categoryName: string, zoneName: string, date: string, startTime: string, endTime: string, startsAt: string, status: AppointmentStatus, statusLabel: string, bookedByMe: boolean, canCancel: boolean, cancelDeadline: string, checkInOpensAt: string, checkInClosesAt: string, canCheckIn: boolean, checkInCode: string | null, actedBy: { summary: string, forSelf: boolean, actorMaskedName: string, subjectMaskedName: string, relation: FamilyRelation | null } };

export type BookAppointmentMutationVariables = Exact<{
  input: BookAppointmentInput;
}>;


export type BookAppointmentMutation = { bookAppointment: { replayed: boolean, appointment: { id: string, hallName: string, categoryCode: string, categoryName: string, zoneName: string, date: string, startTime: string, endTime: string, startsAt: string, status: AppointmentStatus, statusLabel: string, bookedByMe: boolean, canCancel: boolean, cancelDeadline: string, checkInOpensAt: string, checkInClosesAt: string, canCheckIn: boolean, checkInCode: string | null, actedBy: { summary: string, forSelf: boolean, actorMaskedName: string, subjectMaskedName: string, relation: FamilyRelation | null } }, reminderTemplates: Array<{ templateId: string, title: string }> } };

export type AppointmentQueryVariables = Exact<{
  id: string | number;
}>;


export type AppointmentQuery = { appointment: { id: string, hallName: string, categoryCode: string, categoryName: string, zoneName: string, date: string, startTime: string, endTime: string, startsAt: string, status: AppointmentStatus, statusLabel: string, bookedByMe: boolean, canCancel: boolean, cancelDeadline: string, checkInOpensAt: string, checkInClosesAt: string, canCheckIn: boolean, checkInCode: string | null, actedBy: { summary: string, forSelf: boolean, actorMaskedName: string, subjectMaskedName: string, relation: FamilyRelation | null } }, subscribeTemplates: Array<{ templateId: string, title: string }> };

export type MyAppointmentsQueryVariables = Exact<{
  scope: AppointmentScope;
  limit: number;
  offset: number;
}>;


export type MyAppointmentsQuery = { myAppointments: Array<{ id: string, hallName: string, categoryCode: string, categoryName: string, zoneName: string, date: string, startTime: string, endTime: string, startsAt: string, status: AppointmentStatus, statusLabel: string, bookedByMe: boolean, canCancel: boolean, cancelDeadline: string, checkInOpensAt: string, checkInClosesAt: string, canCheckIn: boolean, checkInCode: string | null, actedBy: { summary: string, forSelf: boolean, actorMaskedName: string, subjectMaskedName: string, relation: FamilyRelation | null } }> };

export type CancelAppointmentMutationVariables = Exact<{
  id: string | number;
}>;


export type CancelAppointmentMutation = { cancelAppointment: { id: string, hallName: string, categoryCode: string, categoryName: string, zoneName: string, date: string, startTime: string, endTime: string, startsAt: string, status: AppointmentStatus, statusLabel: string, bookedByMe: boolean, canCancel: boolean, cancelDeadline: string, checkInOpensAt: string, checkInClosesAt: string, canCheckIn: boolean, checkInCode: string | null, actedBy: { summary: string, forSelf: boolean, actorMaskedName: string, subjectMaskedName: string, relation: FamilyRelation | null } } };

export type CheckInAppointmentMutationVariables = Exact<{
  hallCode: string;
  qrToken: string;
  appointmentId?: string | number | null | undefined;
}>;


export type CheckInAppointmentMutation = { checkInAppointment: Array<{ id: string, hallName: string, categoryCode: string, categoryName: string, zoneName: string, date: string, startTime: string, endTime: string, startsAt: string, status: AppointmentStatus, statusLabel: string, bookedByMe: boolean, canCancel: boolean, cancelDeadline: string, checkInOpensAt: string, checkInClosesAt: string, canCheckIn: boolean, checkInCode: string | null, actedBy: { summary: string, forSelf: boolean, actorMaskedName: string, subjectMaskedName: string, relation: FamilyRelation | null } }> };

export type MyBookingStatusQueryVariables = Exact<{
  familyMemberId?: string | number | null | undefined;
}>;


export type MyBookingStatusQuery = { myBookingStatus: { forSelf: boolean, subjectMaskedName: string, canBook: boolean, reason: string | null, banned: boolean, bannedUntil: string | null, activeCount: number, activeLimit: number } };

export type RecordSubscriptionMutationVariables = Exact<{
  templateIds: Array<string> | string;
  accepted: Array<string> | string;
}>;


export type RecordSubscriptionMutation = { recordSubscription: Array<{ templateId: string, remaining: number }> };

export type BookingCategoriesQueryVariables = Exact<{
  hallCode: string;
}>;


export type BookingCategoriesQuery = { bookingCategories: Array<{ code: string, name: string, description: string, zoneName: string, bookable: boolean }> };

export type BookingCalendarQueryVariables = Exact<{
  hallCode: string;
  categoryCode: string;
  from: string;
  days: number;
}>;


export type BookingCalendarQuery = { bookingCalendar: { today: string, now: string, horizonEnd: string, days: Array<{ date: string, weekday: number, state: BookingDayState, dayKind: DayKind | null, holidayName: string | null, releasesAt: string | null, remaining: number | null }> } };

export type BookingSlotsQueryVariables = Exact<{
  hallCode: string;
  categoryCode: string;
  date: string;
}>;


export type BookingSlotsQuery = { bookingSlots: { date: string, state: BookingDayState, dayKind: DayKind | null, holidayName: string | null, slots: Array<{ id: string, startTime: string, endTime: string, capacity: number, remaining: number, state: BookingSlotState, evening: boolean }> } };

export type BookingPeopleQueryVariables = Exact<{ [key: string]: never; }>;


export type BookingPeopleQuery = { me: { id: string, profile: { maskedName: string } | null } | null, familyMembers: Array<{ id: string, maskedName: string, relation: FamilyRelation, linkStatus: FamilyLinkStatus, canActFor: boolean }> };

export type HallBookingsStaffQueryVariables = Exact<{ [key: string]: never; }>;


export type HallBookingsStaffQuery = { me: { id: string, staff: { hall: { code: string, name: string } | null } | null } | null };

export type HallBookingsQueryVariables = Exact<{
  hallCode?: string | null | undefined;
  date: string;
  categoryCode?: string | null | undefined;
}>;


export type HallBookingsQuery = { hallBookings: { date: string, counts: { total: number, booked: number, checkedIn: number, noShow: number, cancelled: number }, bookings: Array<{ id: string, categoryCode: string, categoryName: string, startTime: string, endTime: string, status: AppointmentStatus, statusLabel: string, subjectMaskedName: string, subjectMaskedIdNumber: string, checkInCode: string, checkedInAt: string | null, actedBy: { summary: string, forSelf: boolean } }> } };

export type StaffCheckInMutationVariables = Exact<{
  checkInCode: string;
}>;


export type StaffCheckInMutation = { staffCheckIn: { id: string, subjectMaskedName: string, categoryName: string, startTime: string, statusLabel: string } };

export type BrowseServiceItemsQueryVariables = Exact<{
  filter?: ServiceItemFilter | null | undefined;
  offset: number;
  limit: number;
}>;


export type BrowseServiceItemsQuery = { browseServiceItems: { totalCount: number, hasMore: boolean, nextOffset: number | null, items: Array<{ code: string, name: string, departmentName: string, visitsNeeded: number, fullyOnline: boolean, committedDays: number }>, freshness: { syncedAt: string | null, stale: boolean, ageSeconds: number | null } } };

export type ChecklistTemplateFieldsFragment = { kind: ChecklistSubjectKind, code: string, title: string, questions: Array<{ id: string, text: string }>, materials: Array<{ code: string, name: string, required: boolean, questionId: string | null, originalCopies: number, copyCopies: number, source: string, forms: { original: boolean, copy: boolean, electronic: boolean }, usedBy: Array<{ code: string, name: string }> }> };

export type ChecklistPageQueryVariables = Exact<{
  subject: ChecklistSubjectInput;
}>;


export type ChecklistPageQuery = { checklist: { kind: ChecklistSubjectKind, code: string, title: string, questions: Array<{ id: string, text: string }>, materials: Array<{ code: string, name: string, required: boolean, questionId: string | null, originalCopies: number, copyCopies: number, source: string, forms: { original: boolean, copy: boolean, electronic: boolean }, usedBy: Array<{ code: string, name: string }> }> } | null };

export type SharedChecklistPageQueryVariables = Exact<{
  token: string;
}>;


export type SharedChecklistPageQuery = { sharedChecklist: { token: string, createdAt: string, heldCodes: Array<string>, answers: Array<{ questionId: string, yes: boolean }>, template: { kind: ChecklistSubjectKind, code: string, title: string, questions: Array<{ id: string, text: string }>, materials: Array<{ code: string, name: string, required: boolean, questionId: string | null, originalCopies: number, copyCopies: number, source: string, forms: { original: boolean, copy: boolean, electronic: boolean }, usedBy: Array<{ code: string, name: string }> }> } } | null };

export type ShareChecklistMutationVariables = Exact<{
  input: ShareChecklistInput;
}>;


export type ShareChecklistMutation = { shareChecklist: { token: string } };

export type AccountChecklistQueryVariables = Exact<{
  subject: ChecklistSubjectInput;
}>;


export type AccountChecklistQuery = { savedChecklists: Array<{ id: string, heldCodes: Array<string>, updatedAt: string, answers: Array<{ questionId: string, yes: boolean }> }> };

export type SaveChecklistMutationVariables = Exact<{
  input: SaveChecklistInput;
}>;


export type SaveChecklistMutation = { saveChecklist: { id: string, updatedAt: string } };

export type ServiceItemPageQueryVariables = Exact<{
  code: string;
}>;


export type ServiceItemPageQuery = { serviceItem: { code: string, name: string, departmentName: string, type: string, audiences: Array<string>, visitsNeeded: number, fullyOnline: boolean, preReview: boolean, onlineUrl: string | null, committedDays: number, statutoryDays: number, conditions: Array<string>, legalBasis: Array<string>, free: boolean, zone: string, window: string, officeHours: string, phone: string, deliveryOptions: Array<string>, bookingCategoryCode: string | null, materials: Array<{ code: string, name: string, required: boolean, condition: string | null, originalCopies: number, copyCopies: number, source: string, blankFormUrl: string | null, sampleUrl: string | null, notes: string | null, forms: { original: boolean, copy: boolean, electronic: boolean } }>, steps: Array<{ name: string, description: string, actor: string }>, fees: Array<{ name: string, amount: number, unit: string, basis: string }>, faq: Array<{ question: string, answer: string }>, results: Array<{ name: string, kind: string }>, themes: Array<{ code: string, name: string, itemCount: number, committedDays: number }>, freshness: { syncedAt: string | null, stale: boolean, ageSeconds: number | null } } | null };

export type ThemePageQueryVariables = Exact<{
  code: string;
}>;


export type ThemePageQuery = { theme: { code: string, name: string, description: string, committedDays: number, zone: string, window: string, bookingCategoryCode: string | null, items: Array<{ code: string, name: string, departmentName: string, visitsNeeded: number, fullyOnline: boolean, committedDays: number }>, materials: Array<{ code: string, name: string, required: boolean, condition: string | null, originalCopies: number, copyCopies: number, source: string, forms: { original: boolean, copy: boolean, electronic: boolean }, usedBy: Array<{ code: string, name: string }> }>, flow: Array<{ stage: string, parallel: boolean, items: Array<{ code: string, name: string }> }>, saving: { materialsBefore: number, materialsAfter: number, stepsBefore: number, stepsAfter: number, daysBefore: number, daysAfter: number }, freshness: { syncedAt: string | null, stale: boolean, ageSeconds: number | null } } | null };

export type QueueBoardFieldsFragment = { hallCode: string, hallName: string, calls: Array<{ number: string, windowLabel: string, windowNumber: number, zoneName: string, calledAt: string }>, waiting: Array<{ hallCode: string, code: string, name: string, zoneName: string, waitingCount: number, openWindowCount: number, paused: boolean }> };

export type QueueBoardQueryVariables = Exact<{
  hallCode: string;
}>;


export type QueueBoardQuery = { queueBoard: { hallCode: string, hallName: string, calls: Array<{ number: string, windowLabel: string, windowNumber: number, zoneName: string, calledAt: string }>, waiting: Array<{ hallCode: string, code: string, name: string, zoneName: string, waitingCount: number, openWindowCount: number, paused: boolean }> } };

export type QueueBoardChangedSubscriptionVariables = Exact<{
  hallCode: string;
}>;


export type QueueBoardChangedSubscription = { queueBoardChanged: { hallCode: string, hallName: string, calls: Array<{ number: string, windowLabel: string, windowNumber: number, zoneName: string, calledAt: string }>, waiting: Array<{ hallCode: string, code: string, name: string, zoneName: string, waitingCount: number, openWindowCount: number, paused: boolean }> } };

export type HallDoorQrQueryVariables = Exact<{
  hallCode: string;
}>;


export type HallDoorQrQuery = { hallDoorQr: { hallCode: string, content: string, validUntil: string, refreshSeconds: number } };

export type QueueTicketFieldsFragment = { id: string, hallCode: string, categoryCode: string, categoryName: string, number: string, serviceDate: string, priority: QueuePriority, status: QueueTicketStatus, source: QueueTicketSource, ahead: number | null, windowCode: string | null, windowNumber: number | null, windowLabel: string | null, zoneName: string | null, takenAt: string, calledAt: string | null, completedAt: string | null, requeued: boolean, canCancel: boolean, canRequeue: boolean, estimatedWait: { minMinutes: number, maxMinutes: number } | null, actedBy: { summary: string, forSelf: boolean } | null };

export type QueueCategoryFieldsFragment = { hallCode: string, code: string, name: string, zoneName: string, waitingCount: number, openWindowCount: number, paused: boolean, pausedReason: string | null, estimatedWait: { minMinutes: number, maxMinutes: number } | null };

export type QueueTakeQueryVariables = Exact<{
  hallCode: string;
}>;


export type QueueTakeQuery = { queueOpenState: { open: boolean, reason: string | null, opensAt: string | null, closesAt: string | null }, queueCategories: Array<{ hallCode: string, code: string, name: string, zoneName: string, waitingCount: number, openWindowCount: number, paused: boolean, pausedReason: string | null, estimatedWait: { minMinutes: number, maxMinutes: number } | null }> };

export type QueueAccountQueryVariables = Exact<{ [key: string]: never; }>;


export type QueueAccountQuery = { me: { id: string, profile: { age: number } | null } | null, myQueueTickets: Array<{ id: string, hallCode: string, categoryCode: string, categoryName: string, number: string, serviceDate: string, priority: QueuePriority, status: QueueTicketStatus, source: QueueTicketSource, ahead: number | null, windowCode: string | null, windowNumber: number | null, windowLabel: string | null, zoneName: string | null, takenAt: string, calledAt: string | null, completedAt: string | null, requeued: boolean, canCancel: boolean, canRequeue: boolean, estimatedWait: { minMinutes: number, maxMinutes: number } | null, actedBy: { summary: string, forSelf: boolean } | null }> };

export type MyQueueTicketsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyQueueTicketsQuery = { myQueueTickets: Array<{ id: string, hallCode: string, categoryCode: string, categoryName: string, number: string, serviceDate: string, priority: QueuePriority, status: QueueTicketStatus, source: QueueTicketSource, ahead: number | null, windowCode: string | null, windowNumber: number | null, windowLabel: string | null, zoneName: string | null, takenAt: string, calledAt: string | null, completedAt: string | null, requeued: boolean, canCancel: boolean, canRequeue: boolean, estimatedWait: { minMinutes: number, maxMinutes: number } | null, actedBy: { summary: string, forSelf: boolean } | null }> };

export type QueueTicketQueryVariables = Exact<{
  id: string | number;
}>;


export type QueueTicketQuery = { queueTicket: { id: string, hallCode: string, categoryCode: string, categoryName: string, number: string, serviceDate: string, priority: QueuePriority, status: QueueTicketStatus, source: QueueTicketSource, ahead: number | null, windowCode: string | null, windowNumber: number | null, windowLabel: string | null, zoneName: string | null, takenAt: string, calledAt: string | null, completedAt: string | null, requeued: boolean, canCancel: boolean, canRequeue: boolean, estimatedWait: { minMinutes: number, maxMinutes: number } | null, actedBy: { summary: string, forSelf: boolean } | null } };

export type TakeQueueTicketMutationVariables = Exact<{
  input: TakeQueueTicketInput;
}>;


export type TakeQueueTicketMutation = { takeQueueTicket: { id: string, hallCode: string, categoryCode: string, categoryName: string, number: string, serviceDate: string, priority: QueuePriority, status: QueueTicketStatus, source: QueueTicketSource, ahead: number | null, windowCode: string | null, windowNumber: number | null, windowLabel: string | null, zoneName: string | null, takenAt: string, calledAt: string | null, completedAt: string | null, requeued: boolean, canCancel: boolean, canRequeue: boolean, estimatedWait: { minMinutes: number, maxMinutes: number } | null, actedBy: { summary: string, forSelf: boolean } | null } };

export type CancelQueueTicketMutationVariables = Exact<{
  id: string | number;
}>;


export type CancelQueueTicketMutation = { cancelQueueTicket: { id: string, hallCode: string, categoryCode: string, categoryName: string, number: string, serviceDate: string, priority: QueuePriority, status: QueueTicketStatus, source: QueueTicketSource, ahead: number | null, windowCode: string | null, windowNumber: number | null, windowLabel: string | null, zoneName: string | null, takenAt: string, calledAt: string | null, completedAt: string | null, requeued: boolean, canCancel: boolean, canRequeue: boolean, estimatedWait: { minMinutes: number, maxMinutes: number } | null, actedBy: { summary: string, forSelf: boolean } | null } };

export type RequeueQueueTicketMutationVariables = Exact<{
  id: string | number;
}>;


export type RequeueQueueTicketMutation = { requeueQueueTicket: { id: string, hallCode: string, categoryCode: string, categoryName: string, number: string, serviceDate: string, priority: QueuePriority, status: QueueTicketStatus, source: QueueTicketSource, ahead: number | null, windowCode: string | null, windowNumber: number | null, windowLabel: string | null, zoneName: string | null, takenAt: string, calledAt: string | null, completedAt: string | null, requeued: boolean, canCancel: boolean, canRequeue: boolean, estimatedWait: { minMinutes: number, maxMinutes: number } | null, actedBy: { summary: string, forSelf: boolean } | null } };

export type QueueTicketChangedSubscriptionVariables = Exact<{
  id: string | number;
}>;


export type QueueTicketChangedSubscription = { queueTicketChanged: { id: string, hallCode: string, categoryCode: string, categoryName: string, number: string, serviceDate: string, priority: QueuePriority, status: QueueTicketStatus, source: QueueTicketSource, ahead: number | null, windowCode: string | null, windowNumber: number | null, windowLabel: string | null, zoneName: string | null, takenAt: string, calledAt: string | null, completedAt: string | null, requeued: boolean, canCancel: boolean, canRequeue: boolean, estimatedWait: { minMinutes: number, maxMinutes: number } | null, actedBy: { summary: string, forSelf: boolean } | null } };

export type QueueTakeBoardSubscriptionVariables = Exact<{
  hallCode: string;
}>;


export type QueueTakeBoardSubscription = { queueBoardChanged: { hallCode: string, waiting: Array<{ hallCode: string, code: string, name: string, zoneName: string, waitingCount: number, openWindowCount: number, paused: boolean, pausedReason: string | null, estimatedWait: { minMinutes: number, maxMinutes: number } | null }> } };

export type SearchCatalogueQueryVariables = Exact<{
  query: string;
  limit: number;
}>;


export type SearchCatalogueQuery = { searchCatalogue: { query: string, totalCount: number, hotFallback: boolean, hits: Array<{ kind: SearchHitKind, code: string, name: string, departmentName: string | null, match: SearchMatch }>, freshness: { syncedAt: string | null, stale: boolean, ageSeconds: number | null } } };

export type SearchSuggestionsQueryVariables = Exact<{
  prefix: string;
  limit: number;
}>;


export type SearchSuggestionsQuery = { searchSuggestions: Array<{ text: string, kind: SearchHitKind, code: string }> };

export type SearchHallQueryVariables = Exact<{ [key: string]: never; }>;


export type SearchHallQuery = { mainHall: { name: string, phone: string } };

export type StaffHomeQueryVariables = Exact<{ [key: string]: never; }>;


export type StaffHomeQuery = { me: { id: string, role: UserRole, staff: { username: string, displayName: string, role: UserRole, hall: { code: string, name: string } | null, zones: Array<{ code: string, name: string }>, windows: Array<{ code: string, number: number, label: string }> } | null } | null };

export type StaffHallQueryVariables = Exact<{ [key: string]: never; }>;


export type StaffHallQuery = { me: { id: string, staff: { hall: { code: string, name: string } | null } | null } | null };

export type HallCheckInQrQueryVariables = Exact<{
  hallCode: string;
}>;


export type HallCheckInQrQuery = { hallCheckInQr: { hallCode: string, content: string, validOn: string, validUntil: string } };

export type ConsoleTicketFieldsFragment = { id: string, number: string, categoryCode: string, categoryName: string, status: QueueTicketStatus, priority: QueuePriority, source: QueueTicketSource, takenAt: string, calledAt: string | null, requeued: boolean, subjectName: string | null };

export type ServiceWindowConsoleFieldsFragment = { code: string, hallCode: string, number: number, label: string, zoneName: string, status: ServiceWindowStatus, categoryCodes: Array<string>, allowedCategoryCodes: Array<string>, servedToday: number, currentTicket: { id: string, number: string, categoryCode: string, categoryName: string, status: QueueTicketStatus, priority: QueuePriority, source: QueueTicketSource, takenAt: string, calledAt: string | null, requeued: boolean, subjectName: string | null } | null, heldTickets: Array<{ id: string, number: string, categoryCode: string, categoryName: string, status: QueueTicketStatus, priority: QueuePriority, source: QueueTicketSource, takenAt: string, calledAt: string | null, requeued: boolean, subjectName: string | null }>, waiting: Array<{ code: string, name: string, waitingCount: number, openWindowCount: number, paused: boolean, pausedReason: string | null }> };

export type ServiceWindowConsoleQueryVariables = Exact<{
  windowCode: string;
}>;


export type ServiceWindowConsoleQuery = { serviceWindowConsole: { code: string, hallCode: string, number: number, label: string, zoneName: string, status: ServiceWindowStatus, categoryCodes: Array<string>, allowedCategoryCodes: Array<string>, servedToday: number, currentTicket: { id: string, number: string, categoryCode: string, categoryName: string, status: QueueTicketStatus, priority: QueuePriority, source: QueueTicketSource, takenAt: string, calledAt: string | null, requeued: boolean, subjectName: string | null } | null, heldTickets: Array<{ id: string, number: string, categoryCode: string, categoryName: string, status: QueueTicketStatus, priority: QueuePriority, source: QueueTicketSource, takenAt: string, calledAt: string | null, requeued: boolean, subjectName: string | null }>, waiting: Array<{ code: string, name: string, waitingCount: number, openWindowCount: number, paused: boolean, pausedReason: string | null }> } };

export type HallWindowsQueryVariables = Exact<{
  hallCode: string;
}>;


export type HallWindowsQuery = { serviceWindows: Array<{ code: string, number: number, label: string, zoneName: string, status: ServiceWindowStatus, categoryCodes: Array<string>, allowedCategoryCodes: Array<string> }>, queueCategories: Array<{ code: string, name: string, paused: boolean }> };

export type ServiceWindowChangedSubscriptionVariables = Exact<{
  windowCode: string;
}>;


export type ServiceWindowChangedSubscription = { serviceWindowChanged: { code: string, hallCode: string, number: number, label: string, zoneName: string, status: ServiceWindowStatus, categoryCodes: Array<string>, allowedCategoryCodes: Array<string>, servedToday: number, currentTicket: { id: string, number: string, categoryCode: string, categoryName: string, status: QueueTicketStatus, priority: QueuePriority, source: QueueTicketSource, takenAt: string, calledAt: string | null, requeued: boolean, subjectName: string | null } | null, heldTickets: Array<{ id: string, number: string, categoryCode: string, categoryName: string, status: QueueTicketStatus, priority: QueuePriority, source: QueueTicketSource, takenAt: string, calledAt: string | null, requeued: boolean, subjectName: string | null }>, waiting: Array<{ code: string, name: string, waitingCount: number, openWindowCount: number, paused: boolean, pausedReason: string | null }> } };

export type OpenServiceWindowMutationVariables = Exact<{
  windowCode: string;
  categoryCodes?: Array<string> | string | null | undefined;
}>;


export type OpenServiceWindowMutation = { openServiceWindow: { code: string, hallCode: string, number: number, label: string, zoneName: string, status: ServiceWindowStatus, categoryCodes: Array<string>, allowedCategoryCodes: Array<string>, servedToday: number, currentTicket: { id: string, number: string, categoryCode: string, categoryName: string, status: QueueTicketStatus, priority: QueuePriority, source: QueueTicketSource, takenAt: string, calledAt: string | null, requeued: boolean, subjectName: string | null } | null, heldTickets: Array<{ id: string, number: string, categoryCode: string, categoryName: string, status: QueueTicketStatus, priority: QueuePriority, source: QueueTicketSource, takenAt: string, calledAt: string | null, requeued: boolean, subjectName: string | null }>, waiting: Array<{ code: string, name: string, waitingCount: number, openWindowCount: number, paused: boolean, pausedReason: string | null }> } };

export type PauseServiceWindowMutationVariables = Exact<{
  windowCode: string;
}>;


export type PauseServiceWindowMutation = { pauseServiceWindow: { code: string, hallCode: string, number: number, label: string, zoneName: string, status: ServiceWindowStatus, categoryCodes: Array<string>, allowedCategoryCodes: Array<string>, servedToday: number, currentTicket: { id: string, number: string, categoryCode: string, categoryName: string, status: QueueTicketStatus, priority: QueuePriority, source: QueueTicketSource, takenAt: string, calledAt: string | null, requeued: boolean, subjectName: string | null } | null, heldTickets: Array<{ id: string, number: string, categoryCode: string, categoryName: string, status: QueueTicketStatus, priority: QueuePriority, source: QueueTicketSource, takenAt: string, calledAt: string | null, requeued: boolean, subjectName: string | null }>, waiting: Array<{ code: string, name: string, waitingCount: number, openWindowCount: number, paused: boolean, pausedReason: string | null }> } };

export type CloseServiceWindowMutationVariables = Exact<{
  windowCode: string;
}>;


export type CloseServiceWindowMutation = { closeServiceWindow: { code: string, hallCode: string, number: number, label: string, zoneName: string, status: ServiceWindowStatus, categoryCodes: Array<string>, allowedCategoryCodes: Array<string>, servedToday: number, currentTicket: { id: string, number: string, categoryCode: string, categoryName: string, status: QueueTicketStatus, priority: QueuePriority, source: QueueTicketSource, takenAt: string, calledAt: string | null, requeued: boolean, subjectName: string | null } | null, heldTickets: Array<{ id: string, number: string, categoryCode: string, categoryName: string, status: QueueTicketStatus, priority: QueuePriority, source: QueueTicketSource, takenAt: string, calledAt: string | null, requeued: boolean, subjectName: string | null }>, waiting: Array<{ code: string, name: string, waitingCount: number, openWindowCount: number, paused: boolean, pausedReason: string | null }> } };

export type CallNextTicketMutationVariables = Exact<{
  windowCode: string;
}>;


export type CallNextTicketMutation = { callNextTicket: { code: string, hallCode: string, number: number, label: string, zoneName: string, status: ServiceWindowStatus, categoryCodes: Array<string>, allowedCategoryCodes: Array<string>, servedToday: number, currentTicket: { id: string, number: string, categoryCode: string, categoryName: string, status: QueueTicketStatus, priority: QueuePriority, source: QueueTicketSource, takenAt: string, calledAt: string | null, requeued: boolean, subjectName: string | null } | null, heldTickets: Array<{ id: string, number: string, categoryCode: string, categoryName: string, status: QueueTicketStatus, priority: QueuePriority, source: QueueTicketSource, takenAt: string, calledAt: string | null, requeued: boolean, subjectName: string | null }>, waiting: Array<{ code: string, name: string, waitingCount: number, openWindowCount: number, paused: boolean, pausedReason: string | null }> } };

export type RecallTicketMutationVariables = Exact<{
  windowCode: string;
}>;


export type RecallTicketMutation = { recallTicket: { code: string, hallCode: string, number: number, label: string, zoneName: string, status: ServiceWindowStatus, categoryCodes: Array<string>, allowedCategoryCodes: Array<string>, servedToday: number, currentTicket: { id: string, number: string, categoryCode: string, categoryName: string, status: QueueTicketStatus, priority: QueuePriority, source: QueueTicketSource, takenAt: string, calledAt: string | null, requeued: boolean, subjectName: string | null } | null, heldTickets: Array<{ id: string, number: string, categoryCode: string, categoryName: string, status: QueueTicketStatus, priority: QueuePriority, source: QueueTicketSource, takenAt: string, calledAt: string | null, requeued: boolean, subjectName: string | null }>, waiting: Array<{ code: string, name: string, waitingCount: number, openWindowCount: number, paused: boolean, pausedReason: string | null }> } };

export type SkipTicketMutationVariables = Exact<{
  windowCode: string;
}>;


export type SkipTicketMutation = { skipTicket: { code: string, hallCode: string, number: number, label: string, zoneName: string, status: ServiceWindowStatus, categoryCodes: Array<string>, allowedCategoryCodes: Array<string>, servedToday: number, currentTicket: { id: string, number: string, categoryCode: string, categoryName: string, status: QueueTicketStatus, priority: QueuePriority, source: QueueTicketSource, takenAt: string, calledAt: string | null, requeued: boolean, subjectName: string | null } | null, heldTickets: Array<{ id: string, number: string, categoryCode: string, categoryName: string, status: QueueTicketStatus, priority: QueuePriority, source: QueueTicketSource, takenAt: string, calledAt: string | null, requeued: boolean, subjectName: string | null }>, waiting: Array<{ code: string, name: string, waitingCount: number, openWindowCount: number, paused: boolean, pausedReason: string | null }> } };

export type HoldTicketMutationVariables = Exact<{
  windowCode: string;
}>;


export type HoldTicketMutation = { holdTicket: { code: string, hallCode: string, number: number, label: string, zoneName: string, status: ServiceWindowStatus, categoryCodes: Array<string>, allowedCategoryCodes: Array<string>, servedToday: number, currentTicket: { id: string, number: string, categoryCode: string, categoryName: string, status: QueueTicketStatus, priority: QueuePriority, source: QueueTicketSource, takenAt: string, calledAt: string | null, requeued: boolean, subjectName: string | null } | null, heldTickets: Array<{ id: string, number: string, categoryCode: string, categoryName: string, status: QueueTicketStatus, priority: QueuePriority, source: QueueTicketSource, takenAt: string, calledAt: string | null, requeued: boolean, subjectName: string | null }>, waiting: Array<{ code: string, name: string, waitingCount: number, openWindowCount: number, paused: boolean, pausedReason: string | null }> } };

export type ResumeTicketMutationVariables = Exact<{
  windowCode: string;
  ticketId: string | number;
}>;


export type ResumeTicketMutation = { resumeTicket: { code: string, hallCode: string, number: number, label: string, zoneName: string, status: ServiceWindowStatus, categoryCodes: Array<string>, allowedCategoryCodes: Array<string>, servedToday: number, currentTicket: { id: string, number: string, categoryCode: string, categoryName: string, status: QueueTicketStatus, priority: QueuePriority, source: QueueTicketSource, takenAt: string, calledAt: string | null, requeued: boolean, subjectName: string | null } | null, heldTickets: Array<{ id: string, number: string, categoryCode: string, categoryName: string, status: QueueTicketStatus, priority: QueuePriority, source: QueueTicketSource, takenAt: string, calledAt: string | null, requeued: boolean, subjectName: string | null }>, waiting: Array<{ code: string, name: string, waitingCount: number, openWindowCount: number, paused: boolean, pausedReason: string | null }> } };

export type CompleteTicketMutationVariables = Exact<{
  windowCode: string;
}>;


export type CompleteTicketMutation = { completeTicket: { code: string, hallCode: string, number: number, label: string, zoneName: string, status: ServiceWindowStatus, categoryCodes: Array<string>, allowedCategoryCodes: Array<string>, servedToday: number, currentTicket: { id: string, number: string, categoryCode: string, categoryName: string, status: QueueTicketStatus, priority: QueuePriority, source: QueueTicketSource, takenAt: string, calledAt: string | null, requeued: boolean, subjectName: string | null } | null, heldTickets: Array<{ id: string, number: string, categoryCode: string, categoryName: string, status: QueueTicketStatus, priority: QueuePriority, source: QueueTicketSource, takenAt: string, calledAt: string | null, requeued: boolean, subjectName: string | null }>, waiting: Array<{ code: string, name: string, waitingCount: number, openWindowCount: number, paused: boolean, pausedReason: string | null }> } };

export type TransferTicketMutationVariables = Exact<{
  windowCode: string;
  input: TransferTicketInput;
}>;


export type TransferTicketMutation = { transferTicket: { code: string, hallCode: string, number: number, label: string, zoneName: string, status: ServiceWindowStatus, categoryCodes: Array<string>, allowedCategoryCodes: Array<string>, servedToday: number, currentTicket: { id: string, number: string, categoryCode: string, categoryName: string, status: QueueTicketStatus, priority: QueuePriority, source: QueueTicketSource, takenAt: string, calledAt: string | null, requeued: boolean, subjectName: string | null } | null, heldTickets: Array<{ id: string, number: string, categoryCode: string, categoryName: string, status: QueueTicketStatus, priority: QueuePriority, source: QueueTicketSource, takenAt: string, calledAt: string | null, requeued: boolean, subjectName: string | null }>, waiting: Array<{ code: string, name: string, waitingCount: number, openWindowCount: number, paused: boolean, pausedReason: string | null }> } };

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
export const FamilyLinkFieldsFragmentDoc = new TypedDocumentString(`
    fragment FamilyLinkFields on FamilyLinkToMe {
  id
  ownerMaskedName
  relation
  status
  createdAt
}
    `, {"fragmentName":"FamilyLinkFields"}) as unknown as TypedDocumentString<FamilyLinkFieldsFragment, unknown>;
export const AccountProfileFieldsFragmentDoc = new TypedDocumentString(`
    fragment AccountProfileFields on Profile {
  maskedName
  maskedIdNumber
  maskedPhone
  phoneVerified
  age
  suggestCareMode
}
    `, {"fragmentName":"AccountProfileFields"}) as unknown as TypedDocumentString<AccountProfileFieldsFragment, unknown>;
export const FamilyMemberFieldsFragmentDoc = new TypedDocumentString(`
    fragment FamilyMemberFields on FamilyMember {
  id
  maskedName
  maskedIdNumber
  maskedPhone
  relation
  age
  linkStatus
  canActFor
}
    `, {"fragmentName":"FamilyMemberFields"}) as unknown as TypedDocumentString<FamilyMemberFieldsFragment, unknown>;
export const PostalAddressFieldsFragmentDoc = new TypedDocumentString(`
    fragment PostalAddressFields on PostalAddress {
  region
  masked
}
    `, {"fragmentName":"PostalAddressFields"}) as unknown as TypedDocumentString<PostalAddressFieldsFragment, unknown>;
export const SavedChecklistFieldsFragmentDoc = new TypedDocumentString(`
    fragment SavedChecklistFields on SavedChecklist {
  id
  kind
  code
  title
  available
  missingCount
  unansweredCount
  complete
  updatedAt
}
    `, {"fragmentName":"SavedChecklistFields"}) as unknown as TypedDocumentString<SavedChecklistFieldsFragment, unknown>;
export const AppointmentFieldsFragmentDoc = new TypedDocumentString(`
    fragment AppointmentFields on Appointment {
  id
  hallName
  categoryCode
  categoryName
  zoneName
  date
  startTime
  endTime
  startsAt
  status
  statusLabel
  actedBy {
    summary
    forSelf
    actorMaskedName
    subjectMaskedName
    relation
  }
  bookedByMe
  canCancel
  cancelDeadline
  checkInOpensAt
  checkInClosesAt
  canCheckIn
  checkInCode
}
    `, {"fragmentName":"AppointmentFields"}) as unknown as TypedDocumentString<AppointmentFieldsFragment, unknown>;
export const ChecklistTemplateFieldsFragmentDoc = new TypedDocumentString(`
    fragment ChecklistTemplateFields on ChecklistTemplate {
  kind
  code
  title
  questions {
    id
    text
  }
  materials {
    code
    name
    required
    questionId
    forms {
      original
      copy
      electronic
    }
    originalCopies
    copyCopies
    source
    usedBy {
      code
      name
    }
  }
}
    `, {"fragmentName":"ChecklistTemplateFields"}) as unknown as TypedDocumentString<ChecklistTemplateFieldsFragment, unknown>;
export const QueueBoardFieldsFragmentDoc = new TypedDocumentString(`
    fragment QueueBoardFields on QueueBoard {
  hallCode
  hallName
  calls {
    number
    windowLabel
    windowNumber
    zoneName
    calledAt
  }
  waiting {
    hallCode
    code
    name
    zoneName
    waitingCount
    openWindowCount
    paused
  }
}
    `, {"fragmentName":"QueueBoardFields"}) as unknown as TypedDocumentString<QueueBoardFieldsFragment, unknown>;
export const QueueTicketFieldsFragmentDoc = new TypedDocumentString(`
    fragment QueueTicketFields on QueueTicket {
  id
  hallCode
  categoryCode
  categoryName
  number
  serviceDate
  priority
  status
  source
  ahead
  estimatedWait {
    minMinutes
    maxMinutes
  }
  windowCode
  windowNumber
  windowLabel
  zoneName
  takenAt
  calledAt
  completedAt
  requeued
  canCancel
  canRequeue
  actedBy {
    summary
    forSelf
  }
}
    `, {"fragmentName":"QueueTicketFields"}) as unknown as TypedDocumentString<QueueTicketFieldsFragment, unknown>;
export const QueueCategoryFieldsFragmentDoc = new TypedDocumentString(`
    fragment QueueCategoryFields on QueueCategoryStatus {
  hallCode
  code
  name
  zoneName
  waitingCount
  openWindowCount
  estimatedWait {
    minMinutes
    maxMinutes
  }
  paused
  pausedReason
}
    `, {"fragmentName":"QueueCategoryFields"}) as unknown as TypedDocumentString<QueueCategoryFieldsFragment, unknown>;
export const ConsoleTicketFieldsFragmentDoc = new TypedDocumentString(`
    fragment ConsoleTicketFields on QueueTicket {
  id
  number
  categoryCode
  categoryName
  status
  priority
  source
  takenAt
  calledAt
  requeued
  subjectName
}
    `, {"fragmentName":"ConsoleTicketFields"}) as unknown as TypedDocumentString<ConsoleTicketFieldsFragment, unknown>;
export const ServiceWindowConsoleFieldsFragmentDoc = new TypedDocumentString(`
    fragment ServiceWindowConsoleFields on ServiceWindowConsole {
  code
  hallCode
  number
  label
  zoneName
  status
  categoryCodes
  allowedCategoryCodes
  currentTicket {
    ...ConsoleTicketFields
  }
  heldTickets {
    ...ConsoleTicketFields
  }
  waiting {
    code
    name
    waitingCount
    openWindowCount
    paused
    pausedReason
  }
  servedToday
}
    fragment ConsoleTicketFields on QueueTicket {
  id
  number
  categoryCode
  categoryName
  status
  priority
  source
  takenAt
  calledAt
  requeued
  subjectName
}`, {"fragmentName":"ServiceWindowConsoleFields"}) as unknown as TypedDocumentString<ServiceWindowConsoleFieldsFragment, unknown>;
export const DemoLoginDocument = new TypedDocumentString(`
    mutation DemoLogin($persona: DemoPersona!) {
  demoLogin(persona: $persona) {
    accessToken
    refreshToken
    expiresIn
    user {
      id
      role
      careMode
    }
  }
}
    `) as unknown as TypedDocumentString<DemoLoginMutation, DemoLoginMutationVariables>;
export const LoginWithWechatDocument = new TypedDocumentString(`
    mutation LoginWithWechat($code: String!) {
  loginWithWechat(code: $code) {
    accessToken
    refreshToken
    expiresIn
    user {
      id
      role
      careMode
    }
  }
}
    `) as unknown as TypedDocumentString<LoginWithWechatMutation, LoginWithWechatMutationVariables>;
export const StaffLoginDocument = new TypedDocumentString(`
    mutation StaffLogin($username: String!, $password: String!) {
  staffLogin(username: $username, password: $password) {
    accessToken
    refreshToken
    expiresIn
    user {
      id
      role
      careMode
    }
  }
}
    `) as unknown as TypedDocumentString<StaffLoginMutation, StaffLoginMutationVariables>;
export const RefreshSessionDocument = new TypedDocumentString(`
    mutation RefreshSession($refreshToken: String!) {
  refreshSession(refreshToken: $refreshToken) {
    accessToken
    refreshToken
    expiresIn
    user {
      id
      role
      careMode
    }
  }
}
    `) as unknown as TypedDocumentString<RefreshSessionMutation, RefreshSessionMutationVariables>;
export const LogoutDocument = new TypedDocumentString(`
    mutation Logout {
  logout
}
    `) as unknown as TypedDocumentString<LogoutMutation, LogoutMutationVariables>;
export const SetCareModeDocument = new TypedDocumentString(`
    mutation SetCareMode($enabled: Boolean!) {
  setCareMode(enabled: $enabled) {
    id
    careMode
  }
}
    `) as unknown as TypedDocumentString<SetCareModeMutation, SetCareModeMutationVariables>;
export const MeDocument = new TypedDocumentString(`
    query Me {
  me {
    id
    role
    careMode
  }
}
    `) as unknown as TypedDocumentString<MeQuery, MeQueryVariables>;
export const HomePageDocument = new TypedDocumentString(`
    query HomePage($limit: Int!) {
  hotServiceItems(limit: $limit) {
    items {
      code
      name
      departmentName
      type
      audiences
      visitsNeeded
      fullyOnline
      committedDays
    }
    freshness {
      syncedAt
      stale
      ageSeconds
    }
  }
  mainHall {
    name
    phone
    officeHours
    address
  }
}
    `) as unknown as TypedDocumentString<HomePageQuery, HomePageQueryVariables>;
export const FamilyLinksToMeDocument = new TypedDocumentString(`
    query FamilyLinksToMe {
  familyLinksToMe {
    ...FamilyLinkFields
  }
}
    fragment FamilyLinkFields on FamilyLinkToMe {
  id
  ownerMaskedName
  relation
  status
  createdAt
}`) as unknown as TypedDocumentString<FamilyLinksToMeQuery, FamilyLinksToMeQueryVariables>;
export const RespondToFamilyLinkDocument = new TypedDocumentString(`
    mutation RespondToFamilyLink($id: ID!, $accept: Boolean!) {
  respondToFamilyLink(id: $id, accept: $accept) {
    ...FamilyLinkFields
  }
}
    fragment FamilyLinkFields on FamilyLinkToMe {
  id
  ownerMaskedName
  relation
  status
  createdAt
}`) as unknown as TypedDocumentString<RespondToFamilyLinkMutation, RespondToFamilyLinkMutationVariables>;
export const RevokeFamilyLinkDocument = new TypedDocumentString(`
    mutation RevokeFamilyLink($id: ID!) {
  revokeFamilyLink(id: $id) {
    ...FamilyLinkFields
  }
}
    fragment FamilyLinkFields on FamilyLinkToMe {
  id
  ownerMaskedName
  relation
  status
  createdAt
}`) as unknown as TypedDocumentString<RevokeFamilyLinkMutation, RevokeFamilyLinkMutationVariables>;
export const MeOverviewDocument = new TypedDocumentString(`
    query MeOverview {
  me {
    id
    role
    profile {
      maskedName
      maskedPhone
      phoneVerified
    }
  }
}
    `) as unknown as TypedDocumentString<MeOverviewQuery, MeOverviewQueryVariables>;
export const ServicesPageDocument = new TypedDocumentString(`
    query ServicesPage {
  departments {
    code
    name
    shortName
    itemCount
  }
  catalogueFacets {
    topics {
      name
      count
    }
    lifeEvents {
      name
      count
    }
  }
  themes {
    code
    name
    description
    itemCount
    committedDays
  }
}
    `) as unknown as TypedDocumentString<ServicesPageQuery, ServicesPageQueryVariables>;
export const AccountProfileDocument = new TypedDocumentString(`
    query AccountProfile {
  me {
    id
    careMode
    profile {
      ...AccountProfileFields
    }
    address {
      ...PostalAddressFields
    }
  }
}
    fragment AccountProfileFields on Profile {
  maskedName
  maskedIdNumber
  maskedPhone
  phoneVerified
  age
  suggestCareMode
}
fragment PostalAddressFields on PostalAddress {
  region
  masked
}`) as unknown as TypedDocumentString<AccountProfileQuery, AccountProfileQueryVariables>;
export const SubmitRealNameDocument = new TypedDocumentString(`
    mutation SubmitRealName($input: RealNameInput!) {
  submitRealName(input: $input) {
    id
    careMode
    profile {
      ...AccountProfileFields
    }
  }
}
    fragment AccountProfileFields on Profile {
  maskedName
  maskedIdNumber
  maskedPhone
  phoneVerified
  age
  suggestCareMode
}`) as unknown as TypedDocumentString<SubmitRealNameMutation, SubmitRealNameMutationVariables>;
export const RequestPhoneCodeDocument = new TypedDocumentString(`
    mutation RequestPhoneCode($phone: String!) {
  requestPhoneCode(phone: $phone)
}
    `) as unknown as TypedDocumentString<RequestPhoneCodeMutation, RequestPhoneCodeMutationVariables>;
export const VerifyPhoneDocument = new TypedDocumentString(`
    mutation VerifyPhone($phone: String!, $code: String!) {
  verifyPhone(phone: $phone, code: $code) {
    id
    careMode
    profile {
      ...AccountProfileFields
    }
  }
}
    fragment AccountProfileFields on Profile {
  maskedName
  maskedIdNumber
  maskedPhone
  phoneVerified
  age
  suggestCareMode
}`) as unknown as TypedDocumentString<VerifyPhoneMutation, VerifyPhoneMutationVariables>;
export const FamilyMembersDocument = new TypedDocumentString(`
    query FamilyMembers {
  familyMembers {
    ...FamilyMemberFields
  }
}
    fragment FamilyMemberFields on FamilyMember {
  id
  maskedName
  maskedIdNumber
  maskedPhone
  relation
  age
  linkStatus
  canActFor
}`) as unknown as TypedDocumentString<FamilyMembersQuery, FamilyMembersQueryVariables>;
export const AddFamilyMemberDocument = new TypedDocumentString(`
    mutation AddFamilyMember($input: FamilyMemberInput!) {
  addFamilyMember(input: $input) {
    ...FamilyMemberFields
  }
}
    fragment FamilyMemberFields on FamilyMember {
  id
  maskedName
  maskedIdNumber
  maskedPhone
  relation
  age
  linkStatus
  canActFor
}`) as unknown as TypedDocumentString<AddFamilyMemberMutation, AddFamilyMemberMutationVariables>;
export const RemoveFamilyMemberDocument = new TypedDocumentString(`
    mutation RemoveFamilyMember($id: ID!) {
  removeFamilyMember(id: $id)
}
    `) as unknown as TypedDocumentString<RemoveFamilyMemberMutation, RemoveFamilyMemberMutationVariables>;
export const SetAddressDocument = new TypedDocumentString(`
    mutation SetAddress($input: PostalAddressInput!) {
  setAddress(input: $input) {
    id
    address {
      ...PostalAddressFields
    }
  }
}
    fragment PostalAddressFields on PostalAddress {
  region
  masked
}`) as unknown as TypedDocumentString<SetAddressMutation, SetAddressMutationVariables>;
export const ClearAddressDocument = new TypedDocumentString(`
    mutation ClearAddress {
  clearAddress {
    id
    address {
      ...PostalAddressFields
    }
  }
}
    fragment PostalAddressFields on PostalAddress {
  region
  masked
}`) as unknown as TypedDocumentString<ClearAddressMutation, ClearAddressMutationVariables>;
export const SavedChecklistsDocument = new TypedDocumentString(`
    query SavedChecklists {
  savedChecklists {
    ...SavedChecklistFields
  }
}
    fragment SavedChecklistFields on SavedChecklist {
  id
  kind
  code
  title
  available
  missingCount
  unansweredCount
  complete
  updatedAt
}`) as unknown as TypedDocumentString<SavedChecklistsQuery, SavedChecklistsQueryVariables>;
export const DeleteSavedChecklistDocument = new TypedDocumentString(`
    mutation DeleteSavedChecklist($id: ID!) {
  deleteSavedChecklist(id: $id)
}
    `) as unknown as TypedDocumentString<DeleteSavedChecklistMutation, DeleteSavedChecklistMutationVariables>;
export const BookAppointmentDocument = new TypedDocumentString(`
    mutation BookAppointment($input: BookAppointmentInput!) {
  bookAppointment(input: $input) {
    replayed
    appointment {
      ...AppointmentFields
    }
    reminderTemplates {
      templateId
      title
    }
  }
}
    fragment AppointmentFields on Appointment {
  id
  hallName
  categoryCode
  categoryName
  zoneName
  date
  startTime
  endTime
  startsAt
  status
  statusLabel
  actedBy {
    summary
    forSelf
    actorMaskedName
    subjectMaskedName
    relation
  }
  bookedByMe
  canCancel
  cancelDeadline
  checkInOpensAt
  checkInClosesAt
  canCheckIn
  checkInCode
}`) as unknown as TypedDocumentString<BookAppointmentMutation, BookAppointmentMutationVariables>;
export const AppointmentDocument = new TypedDocumentString(`
    query Appointment($id: ID!) {
  appointment(id: $id) {
    ...AppointmentFields
  }
  subscribeTemplates(purposes: [APPOINTMENT_DAY_BEFORE, APPOINTMENT_HOUR_BEFORE]) {
    templateId
    title
  }
}
    fragment AppointmentFields on Appointment {
  id
  hallName
  categoryCode
  categoryName
  zoneName
  date
  startTime
  endTime
  startsAt
  status
  statusLabel
  actedBy {
    summary
    forSelf
    actorMaskedName
    subjectMaskedName
    relation
  }
  bookedByMe
  canCancel
  cancelDeadline
  checkInOpensAt
  checkInClosesAt
  canCheckIn
  checkInCode
}`) as unknown as TypedDocumentString<AppointmentQuery, AppointmentQueryVariables>;
export const MyAppointmentsDocument = new TypedDocumentString(`
    query MyAppointments($scope: AppointmentScope!, $limit: Int!, $offset: Int!) {
  myAppointments(scope: $scope, limit: $limit, offset: $offset) {
    ...AppointmentFields
  }
}
    fragment AppointmentFields on Appointment {
  id
  hallName
  categoryCode
  categoryName
  zoneName
  date
  startTime
  endTime
  startsAt
  status
  statusLabel
  actedBy {
    summary
    forSelf
    actorMaskedName
    subjectMaskedName
    relation
  }
  bookedByMe
  canCancel
  cancelDeadline
  checkInOpensAt
  checkInClosesAt
  canCheckIn
  checkInCode
}`) as unknown as TypedDocumentString<MyAppointmentsQuery, MyAppointmentsQueryVariables>;
export const CancelAppointmentDocument = new TypedDocumentString(`
    mutation CancelAppointment($id: ID!) {
  cancelAppointment(id: $id) {
    ...AppointmentFields
  }
}
    fragment AppointmentFields on Appointment {
  id
  hallName
  categoryCode
  categoryName
  zoneName
  date
  startTime
  endTime
  startsAt
  status
  statusLabel
  actedBy {
    summary
    forSelf
    actorMaskedName
    subjectMaskedName
    relation
  }
  bookedByMe
  canCancel
  cancelDeadline
  checkInOpensAt
  checkInClosesAt
  canCheckIn
  checkInCode
}`) as unknown as TypedDocumentString<CancelAppointmentMutation, CancelAppointmentMutationVariables>;
export const CheckInAppointmentDocument = new TypedDocumentString(`
    mutation CheckInAppointment($hallCode: String!, $qrToken: String!, $appointmentId: ID) {
  checkInAppointment(
    hallCode: $hallCode
    qrToken: $qrToken
    appointmentId: $appointmentId
  ) {
    ...AppointmentFields
  }
}
    fragment AppointmentFields on Appointment {
  id
  hallName
  categoryCode
  categoryName
  zoneName
  date
  startTime
  endTime
  startsAt
  status
  statusLabel
  actedBy {
    summary
    forSelf
    actorMaskedName
    subjectMaskedName
    relation
  }
  bookedByMe
  canCancel
  cancelDeadline
  checkInOpensAt
  checkInClosesAt
  canCheckIn
  checkInCode
}`) as unknown as TypedDocumentString<CheckInAppointmentMutation, CheckInAppointmentMutationVariables>;
export const MyBookingStatusDocument = new TypedDocumentString(`
    query MyBookingStatus($familyMemberId: ID) {
  myBookingStatus(familyMemberId: $familyMemberId) {
    forSelf
    subjectMaskedName
    canBook
    reason
    banned
    bannedUntil
    activeCount
    activeLimit
  }
}
    `) as unknown as TypedDocumentString<MyBookingStatusQuery, MyBookingStatusQueryVariables>;
export const RecordSubscriptionDocument = new TypedDocumentString(`
    mutation RecordSubscription($templateIds: [String!]!, $accepted: [String!]!) {
  recordSubscription(templateIds: $templateIds, accepted: $accepted) {
    templateId
    remaining
  }
}
    `) as unknown as TypedDocumentString<RecordSubscriptionMutation, RecordSubscriptionMutationVariables>;
export const BookingCategoriesDocument = new TypedDocumentString(`
    query BookingCategories($hallCode: String!) {
  bookingCategories(hallCode: $hallCode) {
    code
    name
    description
    zoneName
    bookable
  }
}
    `) as unknown as TypedDocumentString<BookingCategoriesQuery, BookingCategoriesQueryVariables>;
export const BookingCalendarDocument = new TypedDocumentString(`
    query BookingCalendar($hallCode: String!, $categoryCode: String!, $from: String!, $days: Int!) {
  bookingCalendar(
    hallCode: $hallCode
    categoryCode: $categoryCode
    from: $from
    days: $days
  ) {
    today
    now
    horizonEnd
    days {
      date
      weekday
      state
      dayKind
      holidayName
      releasesAt
      remaining
    }
  }
}
    `) as unknown as TypedDocumentString<BookingCalendarQuery, BookingCalendarQueryVariables>;
export const BookingSlotsDocument = new TypedDocumentString(`
    query BookingSlots($hallCode: String!, $categoryCode: String!, $date: String!) {
  bookingSlots(hallCode: $hallCode, categoryCode: $categoryCode, date: $date) {
    date
    state
    dayKind
    holidayName
    slots {
      id
      startTime
      endTime
      capacity
      remaining
      state
      evening
    }
  }
}
    `) as unknown as TypedDocumentString<BookingSlotsQuery, BookingSlotsQueryVariables>;
export const BookingPeopleDocument = new TypedDocumentString(`
    query BookingPeople {
  me {
    id
    profile {
      maskedName
    }
  }
  familyMembers {
    id
    maskedName
    relation
    linkStatus
    canActFor
  }
}
    `) as unknown as TypedDocumentString<BookingPeopleQuery, BookingPeopleQueryVariables>;
export const HallBookingsStaffDocument = new TypedDocumentString(`
    query HallBookingsStaff {
  me {
    id
    staff {
      hall {
        code
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<HallBookingsStaffQuery, HallBookingsStaffQueryVariables>;
export const HallBookingsDocument = new TypedDocumentString(`
    query HallBookings($hallCode: String, $date: String!, $categoryCode: String) {
  hallBookings(hallCode: $hallCode, date: $date, categoryCode: $categoryCode) {
    date
    counts {
      total
      booked
      checkedIn
      noShow
      cancelled
    }
    bookings {
      id
      categoryCode
      categoryName
      startTime
      endTime
      status
      statusLabel
      subjectMaskedName
      subjectMaskedIdNumber
      actedBy {
        summary
        forSelf
      }
      checkInCode
      checkedInAt
    }
  }
}
    `) as unknown as TypedDocumentString<HallBookingsQuery, HallBookingsQueryVariables>;
export const StaffCheckInDocument = new TypedDocumentString(`
    mutation StaffCheckIn($checkInCode: String!) {
  staffCheckIn(checkInCode: $checkInCode) {
    id
    subjectMaskedName
    categoryName
    startTime
    statusLabel
  }
}
    `) as unknown as TypedDocumentString<StaffCheckInMutation, StaffCheckInMutationVariables>;
export const BrowseServiceItemsDocument = new TypedDocumentString(`
    query BrowseServiceItems($filter: ServiceItemFilter, $offset: Int!, $limit: Int!) {
  browseServiceItems(filter: $filter, offset: $offset, limit: $limit) {
    items {
      code
      name
      departmentName
      visitsNeeded
      fullyOnline
      committedDays
    }
    totalCount
    hasMore
    nextOffset
    freshness {
      syncedAt
      stale
      ageSeconds
    }
  }
}
    `) as unknown as TypedDocumentString<BrowseServiceItemsQuery, BrowseServiceItemsQueryVariables>;
export const ChecklistPageDocument = new TypedDocumentString(`
    query ChecklistPage($subject: ChecklistSubjectInput!) {
  checklist(subject: $subject) {
    ...ChecklistTemplateFields
  }
}
    fragment ChecklistTemplateFields on ChecklistTemplate {
  kind
  code
  title
  questions {
    id
    text
  }
  materials {
    code
    name
    required
    questionId
    forms {
      original
      copy
      electronic
    }
    originalCopies
    copyCopies
    source
    usedBy {
      code
      name
    }
  }
}`) as unknown as TypedDocumentString<ChecklistPageQuery, ChecklistPageQueryVariables>;
export const SharedChecklistPageDocument = new TypedDocumentString(`
    query SharedChecklistPage($token: String!) {
  sharedChecklist(token: $token) {
    token
    createdAt
    heldCodes
    answers {
      questionId
      yes
    }
    template {
      ...ChecklistTemplateFields
    }
  }
}
    fragment ChecklistTemplateFields on ChecklistTemplate {
  kind
  code
  title
  questions {
    id
    text
  }
  materials {
    code
    name
    required
    questionId
    forms {
      original
      copy
      electronic
    }
    originalCopies
    copyCopies
    source
    usedBy {
      code
      name
    }
  }
}`) as unknown as TypedDocumentString<SharedChecklistPageQuery, SharedChecklistPageQueryVariables>;
export const ShareChecklistDocument = new TypedDocumentString(`
    mutation ShareChecklist($input: ShareChecklistInput!) {
  shareChecklist(input: $input) {
    token
  }
}
    `) as unknown as TypedDocumentString<ShareChecklistMutation, ShareChecklistMutationVariables>;
export const AccountChecklistDocument = new TypedDocumentString(`
    query AccountChecklist($subject: ChecklistSubjectInput!) {
  savedChecklists(subject: $subject) {
    id
    answers {
      questionId
      yes
    }
    heldCodes
    updatedAt
  }
}
    `) as unknown as TypedDocumentString<AccountChecklistQuery, AccountChecklistQueryVariables>;
export const SaveChecklistDocument = new TypedDocumentString(`
    mutation SaveChecklist($input: SaveChecklistInput!) {
  saveChecklist(input: $input) {
    id
    updatedAt
  }
}
    `) as unknown as TypedDocumentString<SaveChecklistMutation, SaveChecklistMutationVariables>;
export const ServiceItemPageDocument = new TypedDocumentString(`
    query ServiceItemPage($code: String!) {
  serviceItem(code: $code) {
    code
    name
    departmentName
    type
    audiences
    visitsNeeded
    fullyOnline
    preReview
    onlineUrl
    committedDays
    statutoryDays
    conditions
    legalBasis
    materials {
      code
      name
      required
      condition
      forms {
        original
        copy
        electronic
      }
      originalCopies
      copyCopies
      source
      blankFormUrl
      sampleUrl
      notes
    }
    steps {
      name
      description
      actor
    }
    fees {
      name
      amount
      unit
      basis
    }
    free
    zone
    window
    officeHours
    phone
    faq {
      question
      answer
    }
    results {
      name
      kind
    }
    deliveryOptions
    bookingCategoryCode
    themes {
      code
      name
      itemCount
      committedDays
    }
    freshness {
      syncedAt
      stale
      ageSeconds
    }
  }
}
    `) as unknown as TypedDocumentString<ServiceItemPageQuery, ServiceItemPageQueryVariables>;
export const ThemePageDocument = new TypedDocumentString(`
    query ThemePage($code: String!) {
  theme(code: $code) {
    code
    name
    description
    committedDays
    zone
    window
    bookingCategoryCode
    items {
      code
      name
      departmentName
      visitsNeeded
      fullyOnline
      committedDays
    }
    materials {
      code
      name
      required
      condition
      forms {
        original
        copy
        electronic
      }
      originalCopies
      copyCopies
      source
      usedBy {
        code
        name
      }
    }
    flow {
      stage
      parallel
      items {
        code
        name
      }
    }
    saving {
      materialsBefore
      materialsAfter
      stepsBefore
      stepsAfter
      daysBefore
      daysAfter
    }
    freshness {
      syncedAt
      stale
      ageSeconds
    }
  }
}
    `) as unknown as TypedDocumentString<ThemePageQuery, ThemePageQueryVariables>;
export const QueueBoardDocument = new TypedDocumentString(`
    query QueueBoard($hallCode: String!) {
  queueBoard(hallCode: $hallCode) {
    ...QueueBoardFields
  }
}
    fragment QueueBoardFields on QueueBoard {
  hallCode
  hallName
  calls {
    number
    windowLabel
    windowNumber
    zoneName
    calledAt
  }
  waiting {
    hallCode
    code
    name
    zoneName
    waitingCount
    openWindowCount
    paused
  }
}`) as unknown as TypedDocumentString<QueueBoardQuery, QueueBoardQueryVariables>;
export const QueueBoardChangedDocument = new TypedDocumentString(`
    subscription QueueBoardChanged($hallCode: String!) {
  queueBoardChanged(hallCode: $hallCode) {
    ...QueueBoardFields
  }
}
    fragment QueueBoardFields on QueueBoard {
  hallCode
  hallName
  calls {
    number
    windowLabel
    windowNumber
    zoneName
    calledAt
  }
  waiting {
    hallCode
    code
    name
    zoneName
    waitingCount
    openWindowCount
    paused
  }
}`) as unknown as TypedDocumentString<QueueBoardChangedSubscription, QueueBoardChangedSubscriptionVariables>;
export const HallDoorQrDocument = new TypedDocumentString(`
    query HallDoorQr($hallCode: String!) {
  hallDoorQr(hallCode: $hallCode) {
    hallCode
    content
    validUntil
    refreshSeconds
  }
}
    `) as unknown as TypedDocumentString<HallDoorQrQuery, HallDoorQrQueryVariables>;
export const QueueTakeDocument = new TypedDocumentString(`
    query QueueTake($hallCode: String!) {
  queueOpenState(hallCode: $hallCode) {
    open
    reason
    opensAt
    closesAt
  }
  queueCategories(hallCode: $hallCode) {
    ...QueueCategoryFields
  }
}
    fragment QueueCategoryFields on QueueCategoryStatus {
  hallCode
  code
  name
  zoneName
  waitingCount
  openWindowCount
  estimatedWait {
    minMinutes
    maxMinutes
  }
  paused
  pausedReason
}`) as unknown as TypedDocumentString<QueueTakeQuery, QueueTakeQueryVariables>;
export const QueueAccountDocument = new TypedDocumentString(`
    query QueueAccount {
  me {
    id
    profile {
      age
    }
  }
  myQueueTickets {
    ...QueueTicketFields
  }
}
    fragment QueueTicketFields on QueueTicket {
  id
  hallCode
  categoryCode
  categoryName
  number
  serviceDate
  priority
  status
  source
  ahead
  estimatedWait {
    minMinutes
    maxMinutes
  }
  windowCode
  windowNumber
  windowLabel
  zoneName
  takenAt
  calledAt
  completedAt
  requeued
  canCancel
  canRequeue
  actedBy {
    summary
    forSelf
  }
}`) as unknown as TypedDocumentString<QueueAccountQuery, QueueAccountQueryVariables>;
export const MyQueueTicketsDocument = new TypedDocumentString(`
    query MyQueueTickets {
  myQueueTickets {
    ...QueueTicketFields
  }
}
    fragment QueueTicketFields on QueueTicket {
  id
  hallCode
  categoryCode
  categoryName
  number
  serviceDate
  priority
  status
  source
  ahead
  estimatedWait {
    minMinutes
    maxMinutes
  }
  windowCode
  windowNumber
  windowLabel
  zoneName
  takenAt
  calledAt
  completedAt
  requeued
  canCancel
  canRequeue
  actedBy {
    summary
    forSelf
  }
}`) as unknown as TypedDocumentString<MyQueueTicketsQuery, MyQueueTicketsQueryVariables>;
export const QueueTicketDocument = new TypedDocumentString(`
    query QueueTicket($id: ID!) {
  queueTicket(id: $id) {
    ...QueueTicketFields
  }
}
    fragment QueueTicketFields on QueueTicket {
  id
  hallCode
  categoryCode
  categoryName
  number
  serviceDate
  priority
  status
  source
  ahead
  estimatedWait {
    minMinutes
    maxMinutes
  }
  windowCode
  windowNumber
  windowLabel
  zoneName
  takenAt
  calledAt
  completedAt
  requeued
  canCancel
  canRequeue
  actedBy {
    summary
    forSelf
  }
}`) as unknown as TypedDocumentString<QueueTicketQuery, QueueTicketQueryVariables>;
export const TakeQueueTicketDocument = new TypedDocumentString(`
    mutation TakeQueueTicket($input: TakeQueueTicketInput!) {
  takeQueueTicket(input: $input) {
    ...QueueTicketFields
  }
}
    fragment QueueTicketFields on QueueTicket {
  id
  hallCode
  categoryCode
  categoryName
  number
  serviceDate
  priority
  status
  source
  ahead
  estimatedWait {
    minMinutes
    maxMinutes
  }
  windowCode
  windowNumber
  windowLabel
  zoneName
  takenAt
  calledAt
  completedAt
  requeued
  canCancel
  canRequeue
  actedBy {
    summary
    forSelf
  }
}`) as unknown as TypedDocumentString<TakeQueueTicketMutation, TakeQueueTicketMutationVariables>;
export const CancelQueueTicketDocument = new TypedDocumentString(`
    mutation CancelQueueTicket($id: ID!) {
  cancelQueueTicket(id: $id) {
    ...QueueTicketFields
  }
}
    fragment QueueTicketFields on QueueTicket {
  id
  hallCode
  categoryCode
  categoryName
  number
  serviceDate
  priority
  status
  source
  ahead
  estimatedWait {
    minMinutes
    maxMinutes
  }
  windowCode
  windowNumber
  windowLabel
  zoneName
  takenAt
  calledAt
  completedAt
  requeued
  canCancel
  canRequeue
  actedBy {
    summary
    forSelf
  }
}`) as unknown as TypedDocumentString<CancelQueueTicketMutation, CancelQueueTicketMutationVariables>;
export const RequeueQueueTicketDocument = new TypedDocumentString(`
    mutation RequeueQueueTicket($id: ID!) {
  requeueQueueTicket(id: $id) {
    ...QueueTicketFields
  }
}
    fragment QueueTicketFields on QueueTicket {
  id
  hallCode
  categoryCode
  categoryName
  number
  serviceDate
  priority
  status
  source
  ahead
  estimatedWait {
    minMinutes
    maxMinutes
  }
  windowCode
  windowNumber
  windowLabel
  zoneName
  takenAt
  calledAt
  completedAt
  requeued
  canCancel
  canRequeue
  actedBy {
    summary
    forSelf
  }
}`) as unknown as TypedDocumentString<RequeueQueueTicketMutation, RequeueQueueTicketMutationVariables>;
export const QueueTicketChangedDocument = new TypedDocumentString(`
    subscription QueueTicketChanged($id: ID!) {
  queueTicketChanged(id: $id) {
    ...QueueTicketFields
  }
}
    fragment QueueTicketFields on QueueTicket {
  id
  hallCode
  categoryCode
  categoryName
  number
  serviceDate
  priority
  status
  source
  ahead
  estimatedWait {
    minMinutes
    maxMinutes
  }
  windowCode
  windowNumber
  windowLabel
  zoneName
  takenAt
  calledAt
  completedAt
  requeued
  canCancel
  canRequeue
  actedBy {
    summary
    forSelf
  }
}`) as unknown as TypedDocumentString<QueueTicketChangedSubscription, QueueTicketChangedSubscriptionVariables>;
export const QueueTakeBoardDocument = new TypedDocumentString(`
    subscription QueueTakeBoard($hallCode: String!) {
  queueBoardChanged(hallCode: $hallCode) {
    hallCode
    waiting {
      ...QueueCategoryFields
    }
  }
}
    fragment QueueCategoryFields on QueueCategoryStatus {
  hallCode
  code
  name
  zoneName
  waitingCount
  openWindowCount
  estimatedWait {
    minMinutes
    maxMinutes
  }
  paused
  pausedReason
}`) as unknown as TypedDocumentString<QueueTakeBoardSubscription, QueueTakeBoardSubscriptionVariables>;
export const SearchCatalogueDocument = new TypedDocumentString(`
    query SearchCatalogue($query: String!, $limit: Int!) {
  searchCatalogue(query: $query, limit: $limit) {
    query
    totalCount
    hotFallback
    hits {
      kind
      code
      name
      departmentName
      match
    }
    freshness {
      syncedAt
      stale
      ageSeconds
    }
  }
}
    `) as unknown as TypedDocumentString<SearchCatalogueQuery, SearchCatalogueQueryVariables>;
export const SearchSuggestionsDocument = new TypedDocumentString(`
    query SearchSuggestions($prefix: String!, $limit: Int!) {
  searchSuggestions(prefix: $prefix, limit: $limit) {
    text
    kind
    code
  }
}
    `) as unknown as TypedDocumentString<SearchSuggestionsQuery, SearchSuggestionsQueryVariables>;
export const SearchHallDocument = new TypedDocumentString(`
    query SearchHall {
  mainHall {
    name
    phone
  }
}
    `) as unknown as TypedDocumentString<SearchHallQuery, SearchHallQueryVariables>;
export const StaffHomeDocument = new TypedDocumentString(`
    query StaffHome {
  me {
    id
    role
    staff {
      username
      displayName
      role
      hall {
        code
        name
      }
      zones {
        code
        name
      }
      windows {
        code
        number
        label
      }
    }
  }
}
    `) as unknown as TypedDocumentString<StaffHomeQuery, StaffHomeQueryVariables>;
export const StaffHallDocument = new TypedDocumentString(`
    query StaffHall {
  me {
    id
    staff {
      hall {
        code
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<StaffHallQuery, StaffHallQueryVariables>;
export const HallCheckInQrDocument = new TypedDocumentString(`
    query HallCheckInQr($hallCode: String!) {
  hallCheckInQr(hallCode: $hallCode) {
    hallCode
    content
    validOn
    validUntil
  }
}
    `) as unknown as TypedDocumentString<HallCheckInQrQuery, HallCheckInQrQueryVariables>;
export const ServiceWindowConsoleDocument = new TypedDocumentString(`
    query ServiceWindowConsole($windowCode: String!) {
  serviceWindowConsole(windowCode: $windowCode) {
    ...ServiceWindowConsoleFields
  }
}
    fragment ConsoleTicketFields on QueueTicket {
  id
  number
  categoryCode
  categoryName
  status
  priority
  source
  takenAt
  calledAt
  requeued
  subjectName
}
fragment ServiceWindowConsoleFields on ServiceWindowConsole {
  code
  hallCode
  number
  label
  zoneName
  status
  categoryCodes
  allowedCategoryCodes
  currentTicket {
    ...ConsoleTicketFields
  }
  heldTickets {
    ...ConsoleTicketFields
  }
  waiting {
    code
    name
    waitingCount
    openWindowCount
    paused
    pausedReason
  }
  servedToday
}`) as unknown as TypedDocumentString<ServiceWindowConsoleQuery, ServiceWindowConsoleQueryVariables>;
export const HallWindowsDocument = new TypedDocumentString(`
    query HallWindows($hallCode: String!) {
  serviceWindows(hallCode: $hallCode) {
    code
    number
    label
    zoneName
    status
    categoryCodes
    allowedCategoryCodes
  }
  queueCategories(hallCode: $hallCode) {
    code
    name
    paused
  }
}
    `) as unknown as TypedDocumentString<HallWindowsQuery, HallWindowsQueryVariables>;
export const ServiceWindowChangedDocument = new TypedDocumentString(`
    subscription ServiceWindowChanged($windowCode: String!) {
  serviceWindowChanged(windowCode: $windowCode) {
    ...ServiceWindowConsoleFields
  }
}
    fragment ConsoleTicketFields on QueueTicket {
  id
  number
  categoryCode
  categoryName
  status
  priority
  source
  takenAt
  calledAt
  requeued
  subjectName
}
fragment ServiceWindowConsoleFields on ServiceWindowConsole {
  code
  hallCode
  number
  label
  zoneName
  status
  categoryCodes
  allowedCategoryCodes
  currentTicket {
    ...ConsoleTicketFields
  }
  heldTickets {
    ...ConsoleTicketFields
  }
  waiting {
    code
    name
    waitingCount
    openWindowCount
    paused
    pausedReason
  }
  servedToday
}`) as unknown as TypedDocumentString<ServiceWindowChangedSubscription, ServiceWindowChangedSubscriptionVariables>;
export const OpenServiceWindowDocument = new TypedDocumentString(`
    mutation OpenServiceWindow($windowCode: String!, $categoryCodes: [String!]) {
  openServiceWindow(windowCode: $windowCode, categoryCodes: $categoryCodes) {
    ...ServiceWindowConsoleFields
  }
}
    fragment ConsoleTicketFields on QueueTicket {
  id
  number
  categoryCode
  categoryName
  status
  priority
  source
  takenAt
  calledAt
  requeued
  subjectName
}
fragment ServiceWindowConsoleFields on ServiceWindowConsole {
  code
  hallCode
  number
  label
  zoneName
  status
  categoryCodes
  allowedCategoryCodes
  currentTicket {
    ...ConsoleTicketFields
  }
  heldTickets {
    ...ConsoleTicketFields
  }
  waiting {
    code
    name
    waitingCount
    openWindowCount
    paused
    pausedReason
  }
  servedToday
}`) as unknown as TypedDocumentString<OpenServiceWindowMutation, OpenServiceWindowMutationVariables>;
export const PauseServiceWindowDocument = new TypedDocumentString(`
    mutation PauseServiceWindow($windowCode: String!) {
  pauseServiceWindow(windowCode: $windowCode) {
    ...ServiceWindowConsoleFields
  }
}
    fragment ConsoleTicketFields on QueueTicket {
  id
  number
  categoryCode
  categoryName
  status
  priority
  source
  takenAt
  calledAt
  requeued
  subjectName
}
fragment ServiceWindowConsoleFields on ServiceWindowConsole {
  code
  hallCode
  number
  label
  zoneName
  status
  categoryCodes
  allowedCategoryCodes
  currentTicket {
    ...ConsoleTicketFields
  }
  heldTickets {
    ...ConsoleTicketFields
  }
  waiting {
    code
    name
    waitingCount
    openWindowCount
    paused
    pausedReason
  }
  servedToday
}`) as unknown as TypedDocumentString<PauseServiceWindowMutation, PauseServiceWindowMutationVariables>;
export const CloseServiceWindowDocument = new TypedDocumentString(`
    mutation CloseServiceWindow($windowCode: String!) {
  closeServiceWindow(windowCode: $windowCode) {
    ...ServiceWindowConsoleFields
  }
}
    fragment ConsoleTicketFields on QueueTicket {
  id
  number
  categoryCode
  categoryName
  status
  priority
  source
  takenAt
  calledAt
  requeued
  subjectName
}
fragment ServiceWindowConsoleFields on ServiceWindowConsole {
  code
  hallCode
  number
  label
  zoneName
  status
  categoryCodes
  allowedCategoryCodes
  currentTicket {
    ...ConsoleTicketFields
  }
  heldTickets {
    ...ConsoleTicketFields
  }
  waiting {
    code
    name
    waitingCount
    openWindowCount
    paused
    pausedReason
  }
  servedToday
}`) as unknown as TypedDocumentString<CloseServiceWindowMutation, CloseServiceWindowMutationVariables>;
export const CallNextTicketDocument = new TypedDocumentString(`
    mutation CallNextTicket($windowCode: String!) {
  callNextTicket(windowCode: $windowCode) {
    ...ServiceWindowConsoleFields
  }
}
    fragment ConsoleTicketFields on QueueTicket {
  id
  number
  categoryCode
  categoryName
  status
  priority
  source
  takenAt
  calledAt
  requeued
  subjectName
}
fragment ServiceWindowConsoleFields on ServiceWindowConsole {
  code
  hallCode
  number
  label
  zoneName
  status
  categoryCodes
  allowedCategoryCodes
  currentTicket {
    ...ConsoleTicketFields
  }
  heldTickets {
    ...ConsoleTicketFields
  }
  waiting {
    code
    name
    waitingCount
    openWindowCount
    paused
    pausedReason
  }
  servedToday
}`) as unknown as TypedDocumentString<CallNextTicketMutation, CallNextTicketMutationVariables>;
export const RecallTicketDocument = new TypedDocumentString(`
    mutation RecallTicket($windowCode: String!) {
  recallTicket(windowCode: $windowCode) {
    ...ServiceWindowConsoleFields
  }
}
    fragment ConsoleTicketFields on QueueTicket {
  id
  number
  categoryCode
  categoryName
  status
  priority
  source
  takenAt
  calledAt
  requeued
  subjectName
}
fragment ServiceWindowConsoleFields on ServiceWindowConsole {
  code
  hallCode
  number
  label
  zoneName
  status
  categoryCodes
  allowedCategoryCodes
  currentTicket {
    ...ConsoleTicketFields
  }
  heldTickets {
    ...ConsoleTicketFields
  }
  waiting {
    code
    name
    waitingCount
    openWindowCount
    paused
    pausedReason
  }
  servedToday
}`) as unknown as TypedDocumentString<RecallTicketMutation, RecallTicketMutationVariables>;
export const SkipTicketDocument = new TypedDocumentString(`
    mutation SkipTicket($windowCode: String!) {
  skipTicket(windowCode: $windowCode) {
    ...ServiceWindowConsoleFields
  }
}
    fragment ConsoleTicketFields on QueueTicket {
  id
  number
  categoryCode
  categoryName
  status
  priority
  source
  takenAt
  calledAt
  requeued
  subjectName
}
fragment ServiceWindowConsoleFields on ServiceWindowConsole {
  code
  hallCode
  number
  label
  zoneName
  status
  categoryCodes
  allowedCategoryCodes
  currentTicket {
    ...ConsoleTicketFields
  }
  heldTickets {
    ...ConsoleTicketFields
  }
  waiting {
    code
    name
    waitingCount
    openWindowCount
    paused
    pausedReason
  }
  servedToday
}`) as unknown as TypedDocumentString<SkipTicketMutation, SkipTicketMutationVariables>;
export const HoldTicketDocument = new TypedDocumentString(`
    mutation HoldTicket($windowCode: String!) {
  holdTicket(windowCode: $windowCode) {
    ...ServiceWindowConsoleFields
  }
}
    fragment ConsoleTicketFields on QueueTicket {
  id
  number
  categoryCode
  categoryName
  status
  priority
  source
  takenAt
  calledAt
  requeued
  subjectName
}
fragment ServiceWindowConsoleFields on ServiceWindowConsole {
  code
  hallCode
  number
  label
  zoneName
  status
  categoryCodes
  allowedCategoryCodes
  currentTicket {
    ...ConsoleTicketFields
  }
  heldTickets {
    ...ConsoleTicketFields
  }
  waiting {
    code
    name
    waitingCount
    openWindowCount
    paused
    pausedReason
  }
  servedToday
}`) as unknown as TypedDocumentString<HoldTicketMutation, HoldTicketMutationVariables>;
export const ResumeTicketDocument = new TypedDocumentString(`
    mutation ResumeTicket($windowCode: String!, $ticketId: ID!) {
  resumeTicket(windowCode: $windowCode, ticketId: $ticketId) {
    ...ServiceWindowConsoleFields
  }
}
    fragment ConsoleTicketFields on QueueTicket {
  id
  number
  categoryCode
  categoryName
  status
  priority
  source
  takenAt
  calledAt
  requeued
  subjectName
}
fragment ServiceWindowConsoleFields on ServiceWindowConsole {
  code
  hallCode
  number
  label
  zoneName
  status
  categoryCodes
  allowedCategoryCodes
  currentTicket {
    ...ConsoleTicketFields
  }
  heldTickets {
    ...ConsoleTicketFields
  }
  waiting {
    code
    name
    waitingCount
    openWindowCount
    paused
    pausedReason
  }
  servedToday
}`) as unknown as TypedDocumentString<ResumeTicketMutation, ResumeTicketMutationVariables>;
export const CompleteTicketDocument = new TypedDocumentString(`
    mutation CompleteTicket($windowCode: String!) {
  completeTicket(windowCode: $windowCode) {
    ...ServiceWindowConsoleFields
  }
}
    fragment ConsoleTicketFields on QueueTicket {
  id
  number
  categoryCode
  categoryName
  status
  priority
  source
  takenAt
  calledAt
  requeued
  subjectName
}
fragment ServiceWindowConsoleFields on ServiceWindowConsole {
  code
  hallCode
  number
  label
  zoneName
  status
  categoryCodes
  allowedCategoryCodes
  currentTicket {
    ...ConsoleTicketFields
  }
  heldTickets {
    ...ConsoleTicketFields
  }
  waiting {
    code
    name
    waitingCount
    openWindowCount
    paused
    pausedReason
  }
  servedToday
}`) as unknown as TypedDocumentString<CompleteTicketMutation, CompleteTicketMutationVariables>;
export const TransferTicketDocument = new TypedDocumentString(`
    mutation TransferTicket($windowCode: String!, $input: TransferTicketInput!) {
  transferTicket(windowCode: $windowCode, input: $input) {
    ...ServiceWindowConsoleFields
  }
}
    fragment ConsoleTicketFields on QueueTicket {
  id
  number
  categoryCode
  categoryName
  status
  priority
  source
  takenAt
  calledAt
  requeued
  subjectName
}
fragment ServiceWindowConsoleFields on ServiceWindowConsole {
  code
  hallCode
  number
  label
  zoneName
  status
  categoryCodes
  allowedCategoryCodes
  currentTicket {
    ...ConsoleTicketFields
  }
  heldTickets {
    ...ConsoleTicketFields
  }
  waiting {
    code
    name
    waitingCount
    openWindowCount
    paused
    pausedReason
  }
  servedToday
}`) as unknown as TypedDocumentString<TransferTicketMutation, TransferTicketMutationVariables>;