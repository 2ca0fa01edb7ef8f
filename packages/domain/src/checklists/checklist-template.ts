import {
  checklistQuestions,
  checklistQuestionId,
  type ChecklistQuestion,
} from './checklist-questions';

/** A material with what a checklist needs to decide it; extra fields are kept as they are. */
export interface TemplateMaterialInput {
  code: string;
  required: boolean;
  condition?: string | null;
}

export interface ChecklistTemplateParts<M extends TemplateMaterialInput> {
  questions: ChecklistQuestion[];
  /** The materials in their order, each conditional one with the id of its question. */
  materials: (M & { questionId: string | null })[];
}

/** The questions and materials of a self-check checklist for an item's or a theme's materials. */
export function buildChecklistTemplate<M extends TemplateMaterialInput>(
  materials: readonly M[],
): ChecklistTemplateParts<M> {
  return {
    questions: checklistQuestions(materials),
    materials: materials.map((material) => ({
      ...material,
      questionId:
        !material.required && material.condition?.trim()
          ? checklistQuestionId(material.condition)
          : null,
    })),
  };
}
