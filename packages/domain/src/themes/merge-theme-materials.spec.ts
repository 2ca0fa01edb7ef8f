import { mergeThemeMaterials, type ItemMaterial, type ThemeItem } from './merge-theme-materials';

function material(code: string, overrides: Partial<ItemMaterial> = {}): ItemMaterial {
  return {
    code,
    name: `材料${code}`,
    forms: { original: true, copy: false, electronic: false },
    copies: { original: 1, copy: 0 },
    requirement: 'required',
    source: '申请人自备',
    ...overrides,
  };
}

function item(code: string, materials: ItemMaterial[]): ThemeItem {
  return { code, name: `事项${code}`, materials };
}

describe('mergeThemeMaterials', () => {
  it('lists a material needed by several items once, used by all of them in theme order', () => {
    const merged = mergeThemeMaterials([
      item('A', [material('M1'), material('M2')]),
      item('B', [material('M3'), material('M1')]),
      item('C', [material('M2'), material('M1')]),
    ]);
    expect(merged.map((m) => m.code)).toEqual(['M1', 'M2', 'M3']);
    expect(merged[0].usedBy).toEqual([
      { code: 'A', name: '事项A' },
      { code: 'B', name: '事项B' },
      { code: 'C', name: '事项C' },
    ]);
    expect(merged[1].usedBy.map((ref) => ref.code)).toEqual(['A', 'C']);
    expect(merged[2].usedBy.map((ref) => ref.code)).toEqual(['B']);
  });

  it('makes a material required when any item requires it, and drops the condition', () => {
    const conditional = material('M8', {
      requirement: 'conditional',
      condition: '委托他人代为办理的',
    });
    const [first] = mergeThemeMaterials([
      item('A', [conditional]),
      item('B', [material('M8')]),
      item('C', [conditional]),
    ]);
    expect(first.required).toBe(true);
    expect(first.condition).toBeUndefined();
  });

  it('keeps a material conditional, with its condition, when every item lists it so', () => {
    const [first] = mergeThemeMaterials([
      item('A', [material('M8', { requirement: 'conditional', condition: '委托他人代为办理的' })]),
      item('B', [material('M8', { requirement: 'conditional', condition: '其他情形的' })]),
    ]);
    expect(first).toMatchObject({ required: false, condition: '委托他人代为办理的' });
  });

  it('asks for the most copies any item asks for and accepts every form any item accepts', () => {
    const [first] = mergeThemeMaterials([
      item('A', [
        material('M2', {
          copies: { original: 1, copy: 0 },
          forms: { original: true, copy: false, electronic: false },
        }),
      ]),
      item('B', [
        material('M2', {
          copies: { original: 0, copy: 3 },
          forms: { original: false, copy: true, electronic: true },
        }),
      ]),
    ]);
    expect(first.copies).toEqual({ original: 1, copy: 3 });
    expect(first.forms).toEqual({ original: true, copy: true, electronic: true });
  });

  it('takes form links from the first item that has them', () => {
    const [first] = mergeThemeMaterials([
      item('A', [material('M0')]),
      item('B', [material('M0', { blankFormUrl: '/forms/b.docx', sampleUrl: '/samples/b.pdf' })]),
      item('C', [material('M0', { blankFormUrl: '/forms/c.docx' })]),
    ]);
    expect(first.blankFormUrl).toBe('/forms/b.docx');
    expect(first.sampleUrl).toBe('/samples/b.pdf');
    expect(first).not.toHaveProperty('notes');
  });

  it('counts an item once even when it lists a material twice, and does not change its input', () => {
    const a = item('A', [material('M1'), material('M1', { copies: { original: 2, copy: 0 } })]);
    const snapshot = JSON.stringify(a);
    const [first] = mergeThemeMaterials([a]);
    expect(first.usedBy).toHaveLength(1);
    expect(first.copies.original).toBe(2);
    expect(JSON.stringify(a)).toBe(snapshot);
  });

  it('merges nothing into nothing', () => {
    expect(mergeThemeMaterials([])).toEqual([]);
  });
});
