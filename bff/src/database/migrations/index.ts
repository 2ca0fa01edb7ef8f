import { HallReferenceSchema1763900000000 } from './1763900000000-hall-reference-schema';
import { ShizhongHallSeed1763900000100 } from './1763900000100-shizhong-hall-seed';
import { CatalogueCache1763900000200 } from './1763900000200-catalogue-cache';
import { SearchQueryLog1763900100000 } from './1763900100000-search-query-log';
import { SharedChecklist1763900200000 } from './1763900200000-shared-checklist';
import { UsersAndSessions1763900300000 } from './1763900300000-users-and-sessions';
import { ProfilesAndFamily1763900400000 } from './1763900400000-profiles-and-family';

/** Migrations in the order they run; they use TypeORM's schema builder so they run on SQLite and MySQL. */
export const MIGRATIONS = [
  HallReferenceSchema1763900000000,
  ShizhongHallSeed1763900000100,
  CatalogueCache1763900000200,
  SearchQueryLog1763900100000,
  SharedChecklist1763900200000,
  UsersAndSessions1763900300000,
  ProfilesAndFamily1763900400000,
];
