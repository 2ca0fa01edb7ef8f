import { themeSaving } from './theme-saving';

describe('themeSaving', () => {
  it('adds up the items and compares them with the merged list, the flow and the theme', () => {
    const items = [
      { materials: [1, 2, 3], steps: [1, 2], committedDays: 1 },
      { materials: [1, 2, 3, 4], steps: [1, 2, 3], committedDays: 10 },
      { materials: [1, 2], steps: [1, 2, 3], committedDays: 5 },
    ];
    expect(
      themeSaving(items, [1, 2, 3, 4, 5], { flow: ['登记', '并联审批'], committedDays: 8 }),
    ).toEqual({
      materialsBefore: 9,
      materialsAfter: 5,
      stepsBefore: 8,
      stepsAfter: 2,
      daysBefore: 16,
      daysAfter: 8,
    });
  });

  it('is all zero for a theme without items', () => {
    expect(themeSaving([], [], { flow: [], committedDays: 0 })).toEqual({
      materialsBefore: 0,
      materialsAfter: 0,
      stepsBefore: 0,
      stepsAfter: 0,
      daysBefore: 0,
      daysAfter: 0,
    });
  });
});
