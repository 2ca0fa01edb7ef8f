import {
  evaluateChecklist,
  type ChecklistAnswer,
  type ChecklistEvaluation,
} from '@shizhong/domain';
import { formatMaterialForms } from '../../materials/format';
import { materialStrings as ms } from '../../materials/strings';
import { checklistStrings as s } from './strings';

/** A checklist as the page receives it (the ChecklistTemplateFields fragment). */
export interface ChecklistMaterialData {
  code: string;
  name: string;
  required: boolean;
  questionId?: string | null;
  forms: { original: boolean; copy: boolean; electronic: boolean };
  originalCopies: number;
  copyCopies: number;
  source: string;
  usedBy: ReadonlyArray<{ code: string; name: string }>;
}

export interface ChecklistTemplateData {
  kind: 'ITEM' | 'THEME';
  code: string;
  title: string;
  questions: ReadonlyArray<{ id: string; text: string }>;
  materials: ReadonlyArray<ChecklistMaterialData>;
}

export type Evaluation = ChecklistEvaluation<ChecklistMaterialData>;

export function evaluate(
  template: ChecklistTemplateData,
  answers: readonly ChecklistAnswer[],
  heldCodes: readonly string[],
): Evaluation {
  return evaluateChecklist(template, answers, heldCodes);
}

/** The one-line summary: 材料已备齐… or 还缺 N 项. */
export function summaryHeadline(evaluation: Evaluation): string {
  if (evaluation.complete) return s.complete;
  return s.missing(evaluation.missing.length);
}

/**
 * The list as plain text, for a family member to paste into a chat: title, the answers, each
 * needed material with ✓ (has it) or ✗ (still missing) and where to get it.
 */
export function checklistAsText(
  template: ChecklistTemplateData,
  answers: readonly ChecklistAnswer[],
  heldCodes: readonly string[],
): string {
  const evaluation = evaluate(template, answers, heldCodes);
  const held = new Set(heldCodes);
  const answerOf = new Map(answers.map((a) => [a.questionId, a.yes]));
  const lines = [s.title(template.title)];
  for (const question of template.questions) {
    const yes = answerOf.get(question.id);
    lines.push(
      s.textAnswer(question.text, yes === undefined ? s.unansweredShort : s.answered(yes)),
    );
  }
  for (const material of evaluation.needed) {
    const mark = held.has(material.code) ? s.textHeld : s.textMissing;
    const forms = formatMaterialForms(material);
    const name = forms ? `${material.name}，${forms}` : material.name;
    lines.push(s.textMaterial(mark, name, ms.source(material.source)));
  }
  lines.push(
    evaluation.complete
      ? s.complete
      : evaluation.missing.length > 0
        ? s.textSummaryMissing(evaluation.missing.length)
        : s.unanswered(evaluation.unanswered.length),
  );
  return lines.join('\n');
}
