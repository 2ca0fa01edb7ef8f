import { AppointmentSlotEntity } from '../booking-calendar/appointment-slot.entity';
import { BookingSettingsEntity } from '../booking-calendar/booking-settings.entity';
import { HolidayYearEntity } from '../booking-calendar/holiday-year.entity';
import { HolidayEntity } from '../booking-calendar/holiday.entity';
import { ScheduleExceptionEntity } from '../booking-calendar/schedule-exception.entity';
import { ScheduleTemplateEntity } from '../booking-calendar/schedule-template.entity';
import { RetiredRefreshTokenEntity } from '../auth/retired-refresh-token.entity';
import { UserSessionEntity } from '../auth/user-session.entity';
import { CatalogueEntryEntity } from '../catalogue/catalogue-entry.entity';
import { CatalogueSyncStateEntity } from '../catalogue/catalogue-sync-state.entity';
import { ServiceItemViewStatEntity } from '../catalogue/service-item-view-stat.entity';
import { BusinessCategoryEntity } from '../halls/business-category.entity';
import { HallZoneEntity } from '../halls/hall-zone.entity';
import { SearchQueryLogEntity } from '../search/search-query-log.entity';
import { ServicePointEntity } from '../halls/service-point.entity';
import { ServiceWindowEntity } from '../halls/service-window.entity';
import { SharedChecklistEntity } from '../checklists/shared-checklist.entity';
import { AppUserEntity } from '../users/app-user.entity';
import { CitizenProfileEntity } from '../profiles/citizen-profile.entity';
import { FamilyMemberEntity } from '../family/family-member.entity';
import { CitizenAddressEntity } from '../addresses/citizen-address.entity';
import { StaffAccountEntity } from '../staff/staff-account.entity';
import { StaffZoneAssignmentEntity } from '../staff/staff-zone-assignment.entity';
import { StaffWindowAssignmentEntity } from '../staff/staff-window-assignment.entity';
import { StaffAdminAuditEntity } from '../staff/staff-admin-audit.entity';
import { PiiAccessAuditEntity } from '../personal-data/pii-access-audit.entity';
import { SavedChecklistEntity } from '../checklists/saved-checklist.entity';

import { AppointmentEntity } from '../appointments/appointment.entity';
import { OutboxMessageEntity } from '../outbox/outbox-message.entity';
import { WechatSubscriptionEntity } from '../subscribe-messages/wechat-subscription.entity';
import { QueueTicketEntity } from '../queue/queue-ticket.entity';
import { QueueCounterEntity } from '../queue/queue-counter.entity';
import { QueueCategorySettingEntity } from '../queue/queue-category-setting.entity';
import { ServiceWindowStateEntity } from '../queue/service-window-state.entity';
/** Every TypeORM entity of the BFF; a new entity must be listed here and get a migration. */
export const ENTITIES = [
  ServicePointEntity,
  HallZoneEntity,
  BusinessCategoryEntity,
  ServiceWindowEntity,
  CatalogueEntryEntity,
  CatalogueSyncStateEntity,
  ServiceItemViewStatEntity,
  SearchQueryLogEntity,
  SharedChecklistEntity,
  AppUserEntity,
  UserSessionEntity,
  RetiredRefreshTokenEntity,
  CitizenProfileEntity,
  FamilyMemberEntity,
  CitizenAddressEntity,
  StaffAccountEntity,
  StaffZoneAssignmentEntity,
  StaffWindowAssignmentEntity,
  StaffAdminAuditEntity,
  PiiAccessAuditEntity,
  SavedChecklistEntity,
  HolidayEntity,
  HolidayYearEntity,
  BookingSettingsEntity,
  ScheduleTemplateEntity,
  ScheduleExceptionEntity,
  AppointmentSlotEntity,
  AppointmentEntity,
  OutboxMessageEntity,
  WechatSubscriptionEntity,
  QueueTicketEntity,
  QueueCounterEntity,
  QueueCategorySettingEntity,
  ServiceWindowStateEntity,
];
