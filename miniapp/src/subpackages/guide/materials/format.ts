import { materialStrings as s } from './strings';

export interface MaterialFormsLike {
  forms: { original: boolean; copy: boolean; electronic: boolean };
  originalCopies: number;
  copyCopies: number;
}

/** "原件1份，复印件2份，可交电子版". */
export function formatMaterialForms(material: MaterialFormsLike): string {
  const parts: string[] = [];
  if (material.forms.original) parts.push(s.original(material.originalCopies));
  if (material.forms.copy) parts.push(s.copy(material.copyCopies));
  if (material.forms.electronic) parts.push(s.electronic);
  return parts.join(s.formsSeparator);
}

/** "用于：个体工商户设立登记、食品经营许可证核发". */
export function formatUsedBy(items: ReadonlyArray<{ name: string }>): string {
  return s.usedBy(items.map((item) => item.name).join(s.namesSeparator));
}
