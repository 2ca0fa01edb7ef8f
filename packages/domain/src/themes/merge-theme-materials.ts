/** Which forms of a material are accepted: paper original, paper copy, electronic. */
export interface MaterialForms {
  original: boolean;
  copy: boolean;
  electronic: boolean;
}

/** A material as one service item requires it (the approval backend's shape). */
export interface ItemMaterial {
  code: string;
  name: string;
  forms: MaterialForms;
  copies: { original: number; copy: number };
  requirement: 'required' | 'conditional';
  condition?: string;
  source: string;
  blankFormUrl?: string;
  sampleUrl?: string;
  notes?: string;
}

/** The parts of a service item that merging and the saving need. */
export interface ThemeItem {
  code: string;
  name: string;
  materials: readonly ItemMaterial[];
}

export interface ItemRef {
  code: string;
  name: string;
}

/** One material of a theme: the same code needed by several items, listed once. */
export interface MergedMaterial {
  code: string;
  name: string;
  required: boolean;
  /** Only for a conditional material: when it is needed. */
  condition?: string;
  forms: MaterialForms;
  copies: { original: number; copy: number };
  source: string;
  blankFormUrl?: string;
  sampleUrl?: string;
  notes?: string;
  /** Every item that needs it, in the theme's order. */
  usedBy: ItemRef[];
}

/**
 * Merges the material lists of a theme's items (given in theme order) into one list (一次告知):
 * a material code appears once, at its first appearance, used by every item that lists it. It is
 * required when any item requires it; the copies are the most any item asks for; the accepted
 * forms are those any item accepts. Text (name, source, condition, form links) comes from the
 * first item that has it.
 */
export function mergeThemeMaterials(items: readonly ThemeItem[]): MergedMaterial[] {
  const merged = new Map<string, MergedMaterial>();
  for (const item of items) {
    const ref = { code: item.code, name: item.name };
    for (const material of item.materials) {
      const existing = merged.get(material.code);
      if (!existing) {
        merged.set(material.code, {
          code: material.code,
          name: material.name,
          required: material.requirement === 'required',
          ...(material.requirement === 'conditional' && material.condition
            ? { condition: material.condition }
            : {}),
          forms: { ...material.forms },
          copies: { ...material.copies },
          source: material.source,
          ...optionalText(material),
          usedBy: [ref],
        });
        continue;
      }
      if (!existing.usedBy.some((used) => used.code === item.code)) existing.usedBy.push(ref);
      if (material.requirement === 'required') {
        existing.required = true;
        delete existing.condition;
      } else if (!existing.required && !existing.condition && material.condition) {
        existing.condition = material.condition;
      }
      existing.forms = {
        original: existing.forms.original || material.forms.original,
        copy: existing.forms.copy || material.forms.copy,
        electronic: existing.forms.electronic || material.forms.electronic,
      };
      existing.copies = {
        original: Math.max(existing.copies.original, material.copies.original),
        copy: Math.max(existing.copies.copy, material.copies.copy),
      };
      Object.assign(existing, { ...optionalText(material), ...optionalText(existing) });
    }
  }
  return [...merged.values()];
}

function optionalText(
  material: Pick<ItemMaterial, 'blankFormUrl' | 'sampleUrl' | 'notes'>,
): Pick<MergedMaterial, 'blankFormUrl' | 'sampleUrl' | 'notes'> {
  return {
    ...(material.blankFormUrl !== undefined ? { blankFormUrl: material.blankFormUrl } : {}),
    ...(material.sampleUrl !== undefined ? { sampleUrl: material.sampleUrl } : {}),
    ...(material.notes !== undefined ? { notes: material.notes } : {}),
  };
}
