import { graphql } from '@/gql';

export const HallBookingsStaffQuery = graphql(`
  query HallBookingsStaff {
    me {
      id
      staff {
        hall {
          code
          name
        }
      }
    }
  }
`);

export const HallBookingsQuery = graphql(`
  query HallBookings($hallCode: String, $date: String!, $categoryCode: String) {
    hallBookings(hallCode: $hallCode, date: $date, categoryCode: $categoryCode) {
      date
      counts {
        total
        booked
        checkedIn
        noShow
        cancelled
      }
      bookings {
        id
        categoryCode
        categoryName
        startTime
        endTime
        status
        statusLabel
        subjectMaskedName
        subjectMaskedIdNumber
        actedBy {
          summary
          forSelf
        }
        checkInCode
        checkedInAt
      }
    }
  }
`);

export const StaffCheckInMutation = graphql(`
  mutation StaffCheckIn($checkInCode: String!) {
    staffCheckIn(checkInCode: $checkInCode) {
      id
      subjectMaskedName
      categoryName
      startTime
      statusLabel
    }
  }
`);
