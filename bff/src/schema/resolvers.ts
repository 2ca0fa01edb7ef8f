import { AuthResolver } from '../auth/auth.resolver';
import { BrowseResolver } from '../catalogue/browse.resolver';
import { CatalogueResolver } from '../catalogue/catalogue.resolver';
import { ChecklistsResolver } from '../checklists/checklists.resolver';
import { HallResolver } from '../halls/hall.resolver';
import { SearchResolver } from '../search/search.resolver';
import { ThemesResolver } from '../themes/themes.resolver';
import { UsersResolver } from '../users/users.resolver';
import { ProfilesResolver } from '../profiles/profiles.resolver';
import { FamilyResolver } from '../family/family.resolver';

/**
 * Every resolver class, for writing bff/schema.gql without starting the app. A test compares
 * the running app's schema with the committed file, so a resolver missing here is caught.
 */
export const GRAPHQL_RESOLVERS = [
  CatalogueResolver,
  HallResolver,
  SearchResolver,
  BrowseResolver,
  ThemesResolver,
  ChecklistsResolver,
  AuthResolver,
  UsersResolver,
  ProfilesResolver,
  FamilyResolver,
];
