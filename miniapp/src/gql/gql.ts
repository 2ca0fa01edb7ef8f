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
    "\n  query HomePage($limit: Int!) {\n    hotServiceItems(limit: $limit) {\n      items {\n        code\n        name\n        departmentName\n        type\n        audiences\n        visitsNeeded\n        fullyOnline\n        committedDays\n      }\n      freshness {\n        syncedAt\n        stale\n        ageSeconds\n      }\n    }\n    mainHall {\n      name\n      phone\n      officeHours\n      address\n    }\n  }\n": typeof types.HomePageDocument,
    "\n  query ServiceItemPage($code: String!) {\n    serviceItem(code: $code) {\n      code\n      name\n      departmentName\n      type\n      visitsNeeded\n      fullyOnline\n      committedDays\n      statutoryDays\n      conditions\n      materials {\n        code\n        name\n        required\n      }\n      zone\n      window\n      phone\n      freshness {\n        syncedAt\n        stale\n        ageSeconds\n      }\n    }\n  }\n": typeof types.ServiceItemPageDocument,
};
const documents: Documents = {
    "\n  query HomePage($limit: Int!) {\n    hotServiceItems(limit: $limit) {\n      items {\n        code\n        name\n        departmentName\n        type\n        audiences\n        visitsNeeded\n        fullyOnline\n        committedDays\n      }\n      freshness {\n        syncedAt\n        stale\n        ageSeconds\n      }\n    }\n    mainHall {\n      name\n      phone\n      officeHours\n      address\n    }\n  }\n": types.HomePageDocument,
    "\n  query ServiceItemPage($code: String!) {\n    serviceItem(code: $code) {\n      code\n      name\n      departmentName\n      type\n      visitsNeeded\n      fullyOnline\n      committedDays\n      statutoryDays\n      conditions\n      materials {\n        code\n        name\n        required\n      }\n      zone\n      window\n      phone\n      freshness {\n        syncedAt\n        stale\n        ageSeconds\n      }\n    }\n  }\n": types.ServiceItemPageDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HomePage($limit: Int!) {\n    hotServiceItems(limit: $limit) {\n      items {\n        code\n        name\n        departmentName\n        type\n        audiences\n        visitsNeeded\n        fullyOnline\n        committedDays\n      }\n      freshness {\n        syncedAt\n        stale\n        ageSeconds\n      }\n    }\n    mainHall {\n      name\n      phone\n      officeHours\n      address\n    }\n  }\n"): typeof import('./graphql').HomePageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ServiceItemPage($code: String!) {\n    serviceItem(code: $code) {\n      code\n      name\n      departmentName\n      type\n      visitsNeeded\n      fullyOnline\n      committedDays\n      statutoryDays\n      conditions\n      materials {\n        code\n        name\n        required\n      }\n      zone\n      window\n      phone\n      freshness {\n        syncedAt\n        stale\n        ageSeconds\n      }\n    }\n  }\n"): typeof import('./graphql').ServiceItemPageDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
