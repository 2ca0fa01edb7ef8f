import { graphql } from '@/gql';

export const QueueBoardFieldsFragment = graphql(`
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
`);

export const QueueBoardQuery = graphql(`
  query QueueBoard($hallCode: String!) {
    queueBoard(hallCode: $hallCode) {
      ...QueueBoardFields
    }
  }
`);

export const QueueBoardChangedSubscription = graphql(`
  subscription QueueBoardChanged($hallCode: String!) {
    queueBoardChanged(hallCode: $hallCode) {
      ...QueueBoardFields
    }
  }
`);

export const HallDoorQrQuery = graphql(`
  query HallDoorQr($hallCode: String!) {
    hallDoorQr(hallCode: $hallCode) {
      hallCode
      content
      validUntil
      refreshSeconds
    }
  }
`);
