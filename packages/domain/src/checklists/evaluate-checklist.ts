import type { ChecklistQuestion } from './checklist-questions';

/** A material of a checklist: conditional ones name the question that decides them. */
export interface ChecklistMaterialLike {
  code: string;
  name: string;
  required: boolean;
  questionId?: string | null;
  source: string;
}

export interface ChecklistTemplateLike<M extends ChecklistMaterialLike = ChecklistMaterialLike> {
  questions: readonly Pick<ChecklistQuestion, 'id' | 'text'>[];
  materials: readonly M[];
}

export interface ChecklistAnswer {
  questionId: string;
  yes: boolean;
}

export interface MissingMaterial {
  code: string;
  name: string;
  /** Where to get it (来源), so the applicant can fetch it before travelling. */
  source: string;
}

export interface ChecklistEvaluation<M extends ChecklistMaterialLike = ChecklistMaterialLike> {
  /** Every material the applicant must bring, given the answers so far. */
  needed: M[];
  /** Needed materials the applicant does not have yet. */
  missing: MissingMaterial[];
  /** Questions not answered yet: their materials may still be needed. */
  unanswered: Pick<ChecklistQuestion, 'id' | 'text'>[];
  /** Nothing missing and every question answered: ready to go. */
  complete: boolean;
}

/**
 * 不打回票打清单: given the answers to the conditional questions and the codes of the materials
 * the applicant has, what must they bring and what is still missing. Required materials are
 * always needed; a conditional one when its question is answered yes. Answers to questions the
 * template does not ask and held codes it does not list are ignored.
 */
export function evaluateChecklist<M extends ChecklistMaterialLike>(
  template: ChecklistTemplateLike<M>,
  answers: readonly ChecklistAnswer[],
  heldCodes: readonly string[],
): ChecklistEvaluation<M> {
  const answerOf = new Map(answers.map((answer) => [answer.questionId, answer.yes]));
  const held = new Set(heldCodes);
  const needed = template.materials.filter(
    (material) =>
      material.required ||
      (material.questionId ? answerOf.get(material.questionId) === true : true),
  );
  const missing = needed
    .filter((material) => !held.has(material.code))
    .map(({ code, name, source }) => ({ code, name, source }));
  const unanswered = template.questions
    .filter((question) => !answerOf.has(question.id))
    .map(({ id, text }) => ({ id, text }));
  return { needed, missing, unanswered, complete: missing.length === 0 && unanswered.length === 0 };
}
