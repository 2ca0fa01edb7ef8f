import { fireEvent, render, screen } from '@testing-library/react';
import { getItemBadges } from './badges';
import { HotItemList, type HotItem } from './index';

const items: HotItem[] = [
  {
    code: 'A1',
    name: '食品经营许可',
    departmentName: '区行政审批服务局',
    visitsNeeded: 0,
    fullyOnline: true,
    committedDays: 5,
  },
  {
    code: 'B2',
    name: '个体工商户设立登记',
    departmentName: '区行政审批服务局',
    visitsNeeded: 1,
    fullyOnline: false,
    committedDays: 0,
  },
];

describe('getItemBadges', () => {
  it('maps visits, online and committed days', () => {
    expect(getItemBadges(items[0]).map((b) => b.text)).toEqual([
      '全程网办',
      '零跑腿',
      '承诺5个工作日',
    ]);
    expect(getItemBadges(items[1]).map((b) => b.text)).toEqual(['最多跑一次', '即办']);
    expect(
      getItemBadges({ visitsNeeded: 2, fullyOnline: false, committedDays: 20 }).map((b) => b.text),
    ).toEqual(['承诺20个工作日']);
  });
});

describe('<HotItemList>', () => {
  it('renders one row per item with name, department and badges', () => {
    const { container } = render(<HotItemList items={items} onSelect={jest.fn()} />);
    expect(container.querySelectorAll('[data-testid="hot-item-row"]')).toHaveLength(2);
    expect(screen.getByText('食品经营许可')).toBeTruthy();
    expect(screen.getAllByText('区行政审批服务局')).toHaveLength(2);
    const badgeTexts = Array.from(container.querySelectorAll('[data-testid="item-badge"]')).map(
      (b) => b.textContent,
    );
    expect(badgeTexts).toEqual(['全程网办', '零跑腿', '承诺5个工作日', '最多跑一次', '即办']);
  });

  it('labels rows for screen readers and reports taps', () => {
    const onSelect = jest.fn();
    const { container } = render(<HotItemList items={items} onSelect={onSelect} />);
    const row = container.querySelector('[data-testid="hot-item-row"]') as HTMLElement;
    expect(row.getAttribute('aria-label')).toContain('食品经营许可');
    expect(row.getAttribute('role')).toBe('button');
    fireEvent.click(row);
    expect(onSelect).toHaveBeenCalledWith(items[0]);
  });

  it('says so when there are no items', () => {
    render(<HotItemList items={[]} onSelect={jest.fn()} />);
    expect(screen.getByText('暂无热门事项')).toBeTruthy();
  });
});
