import { graphql } from '@/gql';

export const ServicesPageQuery = graphql(`
  query ServicesPage {
    departments {
      code
      name
      shortName
      itemCount
    }
    catalogueFacets {
      topics {
        name
        count
      }
      lifeEvents {
        name
        count
      }
    }
    themes {
      code
      name
      description
      itemCount
      committedDays
    }
  }
`);
