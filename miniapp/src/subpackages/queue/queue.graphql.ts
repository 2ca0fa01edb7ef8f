import { graphql } from '@/gql';

export const QueueTicketFieldsFragment = graphql(`
  fragment QueueTicketFields on QueueTicket {
    id
    hallCode
    categoryCode
    categoryName
    number
    serviceDate
    priority
    status
    source
    ahead
    estimatedWait {
      minMinutes
      maxMinutes
    }
    windowCode
    windowNumber
    windowLabel
    zoneName
    takenAt
    calledAt
    completedAt
    requeued
    canCancel
    canRequeue
    actedBy {
      summary
      forSelf
    }
  }
`);

export const QueueCategoryFieldsFragment = graphql(`
  fragment QueueCategoryFields on QueueCategoryStatus {
    hallCode
    code
    name
    zoneName
    waitingCount
    openWindowCount
    estimatedWait {
      minMinutes
      maxMinutes
    }
    paused
    pausedReason
  }
`);

export const QueueTakeQuery = graphql(`
  query QueueTake($hallCode: String!) {
    queueOpenState(hallCode: $hallCode) {
      open
      reason
      opensAt
      closesAt
    }
    queueCategories(hallCode: $hallCode) {
      ...QueueCategoryFields
    }
  }
`);

export const QueueAccountQuery = graphql(`
  query QueueAccount {
    me {
      id
      profile {
        age
      }
    }
    myQueueTickets {
      ...QueueTicketFields
    }
  }
`);

export const MyQueueTicketsQuery = graphql(`
  query MyQueueTickets {
    myQueueTickets {
      ...QueueTicketFields
    }
  }
`);

export const QueueTicketQuery = graphql(`
  query QueueTicket($id: ID!) {
    queueTicket(id: $id) {
      ...QueueTicketFields
    }
  }
`);

export const TakeQueueTicketMutation = graphql(`
  mutation TakeQueueTicket($input: TakeQueueTicketInput!) {
    takeQueueTicket(input: $input) {
      ...QueueTicketFields
    }
  }
`);

export const CancelQueueTicketMutation = graphql(`
  mutation CancelQueueTicket($id: ID!) {
    cancelQueueTicket(id: $id) {
      ...QueueTicketFields
    }
  }
`);

export const RequeueQueueTicketMutation = graphql(`
  mutation RequeueQueueTicket($id: ID!) {
    requeueQueueTicket(id: $id) {
      ...QueueTicketFields
    }
  }
`);

export const QueueTicketChangedSubscription = graphql(`
  subscription QueueTicketChanged($id: ID!) {
    queueTicketChanged(id: $id) {
      ...QueueTicketFields
    }
  }
`);

export const QueueTakeBoardSubscription = graphql(`
  subscription QueueTakeBoard($hallCode: String!) {
    queueBoardChanged(hallCode: $hallCode) {
      hallCode
      waiting {
        ...QueueCategoryFields
      }
    }
  }
`);
