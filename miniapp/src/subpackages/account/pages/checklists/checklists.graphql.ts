import { graphql } from '@/gql';

export const SavedChecklistFieldsFragment = graphql(`
  fragment SavedChecklistFields on SavedChecklist {
    id
    kind
    code
    title
    available
    missingCount
    unansweredCount
    complete
    updatedAt
  }
`);

export const SavedChecklistsQuery = graphql(`
  query SavedChecklists {
    savedChecklists {
      ...SavedChecklistFields
    }
  }
`);

export const DeleteSavedChecklistMutation = graphql(`
  mutation DeleteSavedChecklist($id: ID!) {
    deleteSavedChecklist(id: $id)
  }
`);
