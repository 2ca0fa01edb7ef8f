import { toMergedMaterial } from '../themes/theme.mapper';
import type {
  ChecklistSubjectKindType,
  ChecklistTemplateType,
  SharedChecklistType,
} from './dto/checklist.types';
import type { ChecklistTemplate, SharedChecklist } from './checklist.service';

export function toChecklistTemplate(template: ChecklistTemplate): ChecklistTemplateType {
  return {
    kind: template.kind as ChecklistSubjectKindType,
    code: template.code,
    title: template.title,
    questions: template.questions.map(({ id, text }) => ({ id, text })),
    materials: template.materials.map((material) => {
      const merged = toMergedMaterial(material);
      return {
        code: merged.code,
        name: merged.name,
        required: merged.required,
        questionId: material.questionId,
        forms: merged.forms,
        originalCopies: merged.originalCopies,
        copyCopies: merged.copyCopies,
        source: merged.source,
        usedBy: merged.usedBy,
      };
    }),
  };
}

export function toSharedChecklist(shared: SharedChecklist): SharedChecklistType {
  return {
    token: shared.token,
    template: toChecklistTemplate(shared.template),
    answers: shared.answers.map(({ questionId, yes }) => ({ questionId, yes })),
    heldCodes: shared.heldCodes,
    createdAt: shared.createdAt,
  };
}
