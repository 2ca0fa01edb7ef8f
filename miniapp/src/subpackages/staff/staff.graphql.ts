import { graphql } from '@/gql';

export const StaffHomeQuery = graphql(`
  query StaffHome {
    me {
      id
      role
      staff {
        username
        displayName
        role
        hall {
          code
          name
        }
        zones {
          code
          name
        }
        windows {
          code
          number
          label
        }
      }
    }
  }
`);

export const StaffHallQuery = graphql(`
  query StaffHall {
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

export const HallCheckInQrQuery = graphql(`
  query HallCheckInQr($hallCode: String!) {
    hallCheckInQr(hallCode: $hallCode) {
      hallCode
      content
      validOn
      validUntil
    }
  }
`);
