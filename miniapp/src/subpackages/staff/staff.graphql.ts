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
