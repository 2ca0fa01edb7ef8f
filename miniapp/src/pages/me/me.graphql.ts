import { graphql } from '@/gql';

/** 我的: who is logged in, and the masked real-name summary for the 实名信息 row. */
export const MeOverviewQuery = graphql(`
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
`);
