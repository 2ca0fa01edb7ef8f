/** The parts of a service item the saving is computed from. */
export interface SavingItem {
  materials: readonly unknown[];
  steps: readonly unknown[];
  /** Committed time limit in working days. */
  committedDays: number;
}

export interface SavingTheme {
  /** The theme's flow: one stage per step the applicant goes through. */
  flow: readonly unknown[];
  committedDays: number;
}

/** What a 一件事 theme saves the applicant compared with doing its items one by one. */
export interface ThemeSaving {
  materialsBefore: number;
  materialsAfter: number;
  stepsBefore: number;
  stepsAfter: number;
  daysBefore: number;
  daysAfter: number;
}

/**
 * The saving of a theme, computed from the data and never typed in: the items' materials, steps
 * and committed days added up, against the merged list, the theme's flow stages and its own
 * committed time.
 */
export function themeSaving(
  items: readonly SavingItem[],
  merged: readonly unknown[],
  theme: SavingTheme,
): ThemeSaving {
  return {
    materialsBefore: sum(items.map((item) => item.materials.length)),
    materialsAfter: merged.length,
    stepsBefore: sum(items.map((item) => item.steps.length)),
    stepsAfter: theme.flow.length,
    daysBefore: sum(items.map((item) => item.committedDays)),
    daysAfter: theme.committedDays,
  };
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}
