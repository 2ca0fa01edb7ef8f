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

export function saveProgress(
  storage: KeyValueStorage,
  subject: ChecklistSubject,
  progress: ChecklistProgress,
): void {
  try {
    storage.set(progressKey(subject), {
      answers: progress.answers,
      heldCodes: progress.heldCodes,
      savedAt: new Date().toISOString(),
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
