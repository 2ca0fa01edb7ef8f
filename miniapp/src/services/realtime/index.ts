/**
 * Live data over GraphQL subscriptions: `useSubscription(document, variables, { pause })` — see
 * use-subscription.ts for the API. Import only from subpackages (graphql-ws stays out of the
 * main package).
 */
export {
  useSubscription,
  subscribeLive,
  type SubscriptionState,
  type SubscriptionStatus,
} from './use-subscription';
