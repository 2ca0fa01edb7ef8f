import { CatalogueResolver } from '../catalogue/catalogue.resolver';
import { HallResolver } from '../halls/hall.resolver';

/**
 * Every resolver class, for writing bff/schema.gql without starting the app. A test compares
 * the running app's schema with the committed file, so a resolver missing here is caught.
 */
export const GRAPHQL_RESOLVERS = [CatalogueResolver, HallResolver];
