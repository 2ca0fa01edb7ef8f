import { graphql } from '@/gql';

export const ConsoleTicketFieldsFragment = graphql(`
  fragment ConsoleTicketFields on QueueTicket {
    id
    number
    categoryCode
    categoryName
    status
    priority
    source
    takenAt
    calledAt
    requeued
    subjectName
  }
`);

export const ServiceWindowConsoleFieldsFragment = graphql(`
  fragment ServiceWindowConsoleFields on ServiceWindowConsole {
    code
    hallCode
    number
    label
    zoneName
    status
    categoryCodes
    allowedCategoryCodes
    currentTicket {
      ...ConsoleTicketFields
    }
    heldTickets {
      ...ConsoleTicketFields
    }
    waiting {
      code
      name
      waitingCount
      openWindowCount
      paused
      pausedReason
    }
    servedToday
  }
`);

export const ServiceWindowConsoleQuery = graphql(`
  query ServiceWindowConsole($windowCode: String!) {
    serviceWindowConsole(windowCode: $windowCode) {
      ...ServiceWindowConsoleFields
    }
  }
`);

export const HallWindowsQuery = graphql(`
  query HallWindows($hallCode: String!) {
    serviceWindows(hallCode: $hallCode) {
      code
      number
      label
      zoneName
      status
      categoryCodes
      allowedCategoryCodes
    }
    queueCategories(hallCode: $hallCode) {
      code
      name
      paused
    }
  }
`);

export const ServiceWindowChangedSubscription = graphql(`
  subscription ServiceWindowChanged($windowCode: String!) {
    serviceWindowChanged(windowCode: $windowCode) {
      ...ServiceWindowConsoleFields
    }
  }
`);

export const OpenServiceWindowMutation = graphql(`
  mutation OpenServiceWindow($windowCode: String!, $categoryCodes: [String!]) {
    openServiceWindow(windowCode: $windowCode, categoryCodes: $categoryCodes) {
      ...ServiceWindowConsoleFields
    }
  }
`);

export const PauseServiceWindowMutation = graphql(`
  mutation PauseServiceWindow($windowCode: String!) {
    pauseServiceWindow(windowCode: $windowCode) {
      ...ServiceWindowConsoleFields
    }
  }
`);

export const CloseServiceWindowMutation = graphql(`
  mutation CloseServiceWindow($windowCode: String!) {
    closeServiceWindow(windowCode: $windowCode) {
      ...ServiceWindowConsoleFields
    }
  }
`);

export const CallNextTicketMutation = graphql(`
  mutation CallNextTicket($windowCode: String!) {
    callNextTicket(windowCode: $windowCode) {
      ...ServiceWindowConsoleFields
    }
  }
`);

export const RecallTicketMutation = graphql(`
  mutation RecallTicket($windowCode: String!) {
    recallTicket(windowCode: $windowCode) {
      ...ServiceWindowConsoleFields
    }
  }
`);

export const SkipTicketMutation = graphql(`
  mutation SkipTicket($windowCode: String!) {
    skipTicket(windowCode: $windowCode) {
      ...ServiceWindowConsoleFields
    }
  }
`);

export const HoldTicketMutation = graphql(`
  mutation HoldTicket($windowCode: String!) {
    holdTicket(windowCode: $windowCode) {
      ...ServiceWindowConsoleFields
    }
  }
`);

export const ResumeTicketMutation = graphql(`
  mutation ResumeTicket($windowCode: String!, $ticketId: ID!) {
    resumeTicket(windowCode: $windowCode, ticketId: $ticketId) {
      ...ServiceWindowConsoleFields
    }
  }
`);

export const CompleteTicketMutation = graphql(`
  mutation CompleteTicket($windowCode: String!) {
    completeTicket(windowCode: $windowCode) {
      ...ServiceWindowConsoleFields
    }
  }
`);

export const TransferTicketMutation = graphql(`
  mutation TransferTicket($windowCode: String!, $input: TransferTicketInput!) {
    transferTicket(windowCode: $windowCode, input: $input) {
      ...ServiceWindowConsoleFields
    }
  }
`);
