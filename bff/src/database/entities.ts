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
];
