import { useGraphqlQuery } from '@/api/use-graphql-query';
import { HOT_ITEMS_LIMIT, HomePageQuery } from './home.graphql';

/** Hot items, their freshness and the main hall (phone, hours) for 首页 and 办事. */
export function useHomeData() {
  return useGraphqlQuery(HomePageQuery, { limit: HOT_ITEMS_LIMIT });
}
