import { graphql } from '@/gql';

export const BookingCategoriesQuery = graphql(`
  query BookingCategories($hallCode: String!) {
    bookingCategories(hallCode: $hallCode) {
      code
      name
      description
      zoneName
      bookable
    }
  }
`);

export const BookingCalendarQuery = graphql(`
  query BookingCalendar($hallCode: String!, $categoryCode: String!, $from: String!, $days: Int!) {
    bookingCalendar(hallCode: $hallCode, categoryCode: $categoryCode, from: $from, days: $days) {
      today
      now
      horizonEnd
      days {
        date
        weekday
        state
        dayKind
        holidayName
        releasesAt
        remaining
      }
    }
  }
`);

export const BookingSlotsQuery = graphql(`
  query BookingSlots($hallCode: String!, $categoryCode: String!, $date: String!) {
    bookingSlots(hallCode: $hallCode, categoryCode: $categoryCode, date: $date) {
      date
      state
      dayKind
      holidayName
      slots {
        id
        startTime
        endTime
        capacity
        remaining
        state
        evening
      }
    }
  }
`);

export const BookingPeopleQuery = graphql(`
  query BookingPeople {
    me {
      id
      profile {
        maskedName
      }
    }
    familyMembers {
      id
      maskedName
      relation
      linkStatus
      canActFor
    }
  }
`);
