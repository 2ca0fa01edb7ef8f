import { rankHotItems } from './hot-items';

describe('rankHotItems', () => {
  const items = [
    { code: 'C', views: 0, featured: false, themeCount: 3 },
    { code: 'A', views: 12, featured: false, themeCount: 0 },
    { code: 'B', views: 0, featured: false, themeCount: 3 },
    { code: 'D', views: 40, featured: false, themeCount: 1 },
    { code: 'E', views: 0, featured: false, themeCount: 0 },
    { code: 'F', views: 0, featured: true, themeCount: 0 },
  ];

  it('puts the most viewed first, then 热点, then items shared by many themes, ties by code', () => {
    expect(rankHotItems(items, 10).map((i) => i.code)).toEqual(['D', 'A', 'F', 'B', 'C', 'E']);
  });

  it('returns at most the limit and never mutates its input', () => {
    const before = items.map((i) => i.code);
    expect(rankHotItems(items, 2).map((i) => i.code)).toEqual(['D', 'A']);
    expect(items.map((i) => i.code)).toEqual(before);
    expect(rankHotItems(items, -1)).toEqual([]);
  });

  it('counts searches that led to an item like views', () => {
    const ranked = rankHotItems(
      [
        { code: 'V', views: 5, featured: false, themeCount: 0 },
        { code: 'S', views: 2, searches: 4, featured: false, themeCount: 0 },
      ],
      2,
    );
    expect(ranked.map((i) => i.code)).toEqual(['S', 'V']);
  });
});
