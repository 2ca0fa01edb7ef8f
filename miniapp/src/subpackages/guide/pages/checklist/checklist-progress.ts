import type { ChecklistAnswer } from '@shizhong/domain';
import type { ChecklistSubject } from './navigation';

/** What the applicant has answered and ticked on one subject's checklist. */
export interface ChecklistProgress {
  answers: ChecklistAnswer[];
  heldCodes: string[];
}

export interface KeyValueStorage {
  get(key: string): unknown;
  set(key: string, value: unknown): void;
}

export const EMPTY_PROGRESS: ChecklistProgress = { answers: [], heldCodes: [] };

export function progressKey(subject: ChecklistSubject): string {
  return `checklist:${subject.kind}:${subject.code}`;
}

function isAnswer(value: unknown): value is ChecklistAnswer {
  if (typeof value !== 'object' || value === null) return false;
  const { questionId, yes } = value as Record<string, unknown>;
  return typeof questionId === 'string' && typeof yes === 'boolean';
}

/** The saved progress of a subject; anything unreadable counts as nothing saved. */
export function loadProgress(
  storage: KeyValueStorage,
  subject: ChecklistSubject,
): ChecklistProgress {
  let saved: unknown;
  try {
    saved = storage.get(progressKey(subject));
  } catch {
    return EMPTY_PROGRESS;
  }
  if (typeof saved !== 'object' || saved === null) return EMPTY_PROGRESS;
  const { answers, heldCodes } = saved as Record<string, unknown>;
  return {
    answers: Array.isArray(answers) ? answers.filter(isAnswer) : [],
    heldCodes: Array.isArray(heldCodes)
      ? heldCodes.filter((code): code is string => typeof code === 'string')
      : [],
  };
}

/** When the progress on the device was last changed (epoch ms); null when unknown. */
export function loadSavedAt(storage: KeyValueStorage, subject: ChecklistSubject): number | null {
  try {
    const saved: unknown = storage.get(progressKey(subject));
    if (typeof saved !== 'object' || saved === null) return null;
    const { savedAt } = saved as Record<string, unknown>;
    const time = typeof savedAt === 'string' ? Date.parse(savedAt) : NaN;
    return Number.isNaN(time) ? null : time;
  } catch {
    return null;
  }
}

/** `savedAt` (epoch ms) defaults to now; the account's time when its state is copied here. */
export function saveProgress(
  storage: KeyValueStorage,
  subject: ChecklistSubject,
  progress: ChecklistProgress,
  savedAt: number = Date.now(),
): void {
  try {
    storage.set(progressKey(subject), {
      answers: progress.answers,
      heldCodes: progress.heldCodes,
      savedAt: new Date(savedAt).toISOString(),
    });
  } catch {
    // Storage full or unavailable: the list still works for this visit.
  }
}

export function withAnswer(
  progress: ChecklistProgress,
  questionId: string,
  yes: boolean,
): ChecklistProgress {
  return {
    ...progress,
    answers: [...progress.answers.filter((a) => a.questionId !== questionId), { questionId, yes }],
  };
}

export function withHeld(
  progress: ChecklistProgress,
  code: string,
  held: boolean,
): ChecklistProgress {
  const others = progress.heldCodes.filter((c) => c !== code);
  return { ...progress, heldCodes: held ? [...others, code] : others };
}

export function isEmptyProgress(progress: ChecklistProgress): boolean {
  return progress.answers.length === 0 && progress.heldCodes.length === 0;
}

/** Only what the current checklist still asks and lists (a stored list may predate a change). */
export function progressForTemplate(
  progress: ChecklistProgress,
  template: {
    questions: ReadonlyArray<{ id: string }>;
    materials: ReadonlyArray<{ code: string }>;
  },
): ChecklistProgress {
  const questionIds = new Set(template.questions.map((question) => question.id));
  const codes = new Set(template.materials.map((material) => material.code));
  const answered = new Set<string>();
  return {
    answers: progress.answers.filter((answer) => {
      if (!questionIds.has(answer.questionId) || answered.has(answer.questionId)) return false;
      answered.add(answer.questionId);
      return true;
    }),
    heldCodes: [...new Set(progress.heldCodes.filter((code) => codes.has(code)))],
  };
}
