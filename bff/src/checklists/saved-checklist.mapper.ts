import type { ChecklistSubjectKindType } from './dto/checklist.types';
import type { SavedChecklistType } from './dto/saved-checklist.type';
import type { SavedChecklist } from './saved-checklists.service';

export function toSavedChecklist(saved: SavedChecklist): SavedChecklistType {
  return {
    id: saved.id,
    kind: saved.subject.kind as ChecklistSubjectKindType,
    code: saved.subject.code,
    title: saved.title,
    available: saved.template !== null,
    missingCount: saved.evaluation ? saved.evaluation.missing.length : null,
    unansweredCount: saved.evaluation ? saved.evaluation.unanswered.length : null,
    complete: saved.evaluation?.complete ?? false,
    answers: saved.answers.map(({ questionId, yes }) => ({ questionId, yes })),
    heldCodes: saved.heldCodes,
    createdAt: saved.createdAt,
    updatedAt: saved.updatedAt,
  };
}
