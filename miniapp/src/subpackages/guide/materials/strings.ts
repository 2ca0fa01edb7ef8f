/** How a material is described on theme and checklist pages. */
export const materialStrings = {
  required: '必需',
  conditional: '视情况',
  original: (copies: number) => (copies > 0 ? `原件${copies}份` : '原件'),
  copy: (copies: number) => (copies > 0 ? `复印件${copies}份` : '复印件'),
  electronic: '可交电子版',
  formsSeparator: '，',
  source: (source: string) => `来源：${source}`,
  usedBy: (names: string) => `用于：${names}`,
  namesSeparator: '、',
} as const;
