import { graphql } from '@/gql';

export const ChecklistTemplateFields = graphql(`
  fragment ChecklistTemplateFields on ChecklistTemplate {
    kind
    code
    title
    questions {
      id
      text
    }
    materials {
      code
      name
      required
      questionId
      forms {
        original
        copy
        electronic
      }
      originalCopies
      copyCopies
      source
      usedBy {
        code
        name
      }
    }
  }
`);

export const ChecklistPageQuery = graphql(`
  query ChecklistPage($subject: ChecklistSubjectInput!) {
    checklist(subject: $subject) {
      ...ChecklistTemplateFields
    }
  }
`);

export const SharedChecklistPageQuery = graphql(`
  query SharedChecklistPage($token: String!) {
    sharedChecklist(token: $token) {
      token
      createdAt
      heldCodes
      answers {
        questionId
        yes
      }
      template {
        ...ChecklistTemplateFields
      }
    }
  }
`);

export const ShareChecklistMutation = graphql(`
  mutation ShareChecklist($input: ShareChecklistInput!) {
    shareChecklist(input: $input) {
      token
    }
  }
`);

/** The citizen's saved state of one subject (at most one), to open the list where they left it. */
export const AccountChecklistQuery = graphql(`
  query AccountChecklist($subject: ChecklistSubjectInput!) {
    savedChecklists(subject: $subject) {
      id
      answers {
        questionId
        yes
      }
      heldCodes
      updatedAt
    }
  }
`);

export const SaveChecklistMutation = graphql(`
  mutation SaveChecklist($input: SaveChecklistInput!) {
    saveChecklist(input: $input) {
      id
      updatedAt
    }
  }
`);
