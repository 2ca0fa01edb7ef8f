import { graphql } from '@/gql';

export const AppointmentFieldsFragment = graphql(`
  fragment AppointmentFields on Appointment {
    id
    hallName
    categoryCode
    categoryName
    zoneName
    date
    startTime
    endTime
    startsAt
    status
    statusLabel
    actedBy {
      summary
      forSelf
      actorMaskedName
      subjectMaskedName
      relation
    }
    bookedByMe
    canCancel
    cancelDeadline
    checkInOpensAt
    checkInClosesAt
    canCheckIn
    checkInCode
  }
`);

export const BookAppointmentMutation = graphql(`
  mutation BookAppointment($input: BookAppointmentInput!) {
    bookAppointment(input: $input) {
      replayed
      appointment {
        ...AppointmentFields
      }
      reminderTemplates {
        templateId
        title
      }
    }
  }
`);

export const AppointmentQuery = graphql(`
  query Appointment($id: ID!) {
    appointment(id: $id) {
      ...AppointmentFields
    }
    subscribeTemplates(purposes: [APPOINTMENT_DAY_BEFORE, APPOINTMENT_HOUR_BEFORE]) {
      templateId
      title
    }
  }
`);

export const MyAppointmentsQuery = graphql(`
  query MyAppointments($scope: AppointmentScope!, $limit: Int!, $offset: Int!) {
    myAppointments(scope: $scope, limit: $limit, offset: $offset) {
      ...AppointmentFields
    }
  }
`);

export const CancelAppointmentMutation = graphql(`
  mutation CancelAppointment($id: ID!) {
    cancelAppointment(id: $id) {
      ...AppointmentFields
    }
  }
`);

export const CheckInAppointmentMutation = graphql(`
  mutation CheckInAppointment($hallCode: String!, $qrToken: String!, $appointmentId: ID) {
    checkInAppointment(hallCode: $hallCode, qrToken: $qrToken, appointmentId: $appointmentId) {
      ...AppointmentFields
    }
  }
`);

export const MyBookingStatusQuery = graphql(`
  query MyBookingStatus($familyMemberId: ID) {
    myBookingStatus(familyMemberId: $familyMemberId) {
      forSelf
      subjectMaskedName
      canBook
      reason
      banned
      bannedUntil
      activeCount
      activeLimit
    }
  }
`);

export const RecordSubscriptionMutation = graphql(`
  mutation RecordSubscription($templateIds: [String!]!, $accepted: [String!]!) {
    recordSubscription(templateIds: $templateIds, accepted: $accepted) {
      templateId
      remaining
    }
  }
`);
