/** A yes/no question that decides whether conditional materials are needed. */
export interface ChecklistQuestion {
  /** Stable: derived from the condition's text, so saved answers survive catalogue updates. */
  id: string;
  text: string;
  /** The condition as the guide words it, e.g. 经营场所为租赁的. */
  condition: string;
}

/** The parts of a material that decide its question. */
export interface ConditionalMaterial {
  required: boolean;
  condition?: string | null;
}

/**
 * One question per distinct condition of the conditional materials, in order of first
 * appearance. Required materials ask nothing.
 */
export function checklistQuestions(materials: readonly ConditionalMaterial[]): ChecklistQuestion[] {
  const questions = new Map<string, ChecklistQuestion>();
  for (const material of materials) {
    const condition = material.condition?.trim();
    if (material.required || !condition || questions.has(condition)) continue;
    questions.set(condition, {
      id: checklistQuestionId(condition),
      text: conditionAsQuestion(condition),
      condition,
    });
  }
  return [...questions.values()];
}

/** The id of the question for a condition: `q` and an FNV-1a hash of its text. */
export function checklistQuestionId(condition: string): string {
  let hash = 0x811c9dc5;
  const text = condition.trim();
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `q${hash.toString(16).padStart(8, '0')}`;
}

/**
 * Turns a guide's condition (a clause ending in 的) into a question for the applicant:
 * 经营场所为租赁的 → 经营场所是租赁的吗？, 营业执照适用情形的 → 您的情况需要营业执照吗？,
 * 委托他人代为办理的 → 委托他人代为办理吗？; anything else → `${condition}？`.
 */
export function conditionAsQuestion(condition: string): string {
  const text = condition.trim().replace(/[。？?！!]+$/u, '');
  if (!text.endsWith('的')) return `${text}？`;
  const clause = text.slice(0, -1);
  const applicable = /^(.+)适用情形$/u.exec(clause);
  if (applicable) return `您的情况需要${applicable[1]}吗？`;
  const being = /^(.+?)为(.+)$/u.exec(clause);
  if (being && !/[作成因认代称更改视以行]$/u.test(being[1])) {
    return `${being[1]}是${being[2]}的吗？`;
  }
  return `${clause}吗？`;
}
