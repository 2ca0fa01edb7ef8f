import { act, fireEvent, render, screen } from '@testing-library/react';
import type { ChecklistTemplateData } from './checklist-model';
import { checklistAsText } from './checklist-model';
import { loadProgress, progressKey, type KeyValueStorage } from './checklist-progress';
import { ChecklistView } from './checklist-view';

const mockStore = new Map<string, unknown>();

jest.mock('@tarojs/taro', () => ({
  __esModule: true,
  default: {
    getStorageSync: (key: string) => (mockStore.has(key) ? mockStore.get(key) : ''),
    setStorageSync: (key: string, value: unknown) => void mockStore.set(key, value),
    setClipboardData: jest.fn(() => Promise.resolve()),
    showToast: jest.fn(() => Promise.resolve()),
    setNavigationBarTitle: jest.fn(() => Promise.resolve()),
    navigateTo: jest.fn(() => Promise.resolve()),
    switchTab: jest.fn(() => Promise.resolve()),
  },
  useRouter: () => ({ params: {} }),
  useShareAppMessage: jest.fn(),
}));

// Imported after the mock: the page module reads Taro at import time.
import { OwnChecklist, SharedChecklist, deviceStorage } from './index';

const forms = { original: true, copy: false, electronic: false };
const template: ChecklistTemplateData = {
  kind: 'THEME',
  code: 'YJS-KFD',
  title: '我要开饭店',
  questions: [{ id: 'q-lease', text: '经营场所是租赁的吗？' }],
  materials: [
    {
      code: 'ID',
      name: '身份证',
      required: true,
      forms,
      originalCopies: 1,
      copyCopies: 0,
      source: '本人持有',
      usedBy: [],
    },
    {
      code: 'FORM',
      name: '申请书',
      required: true,
      forms,
      originalCopies: 1,
      copyCopies: 0,
      source: '窗口领取或网上下载',
      usedBy: [],
    },
    {
      code: 'PLAN',
      name: '平面图',
      required: true,
      forms,
      originalCopies: 1,
      copyCopies: 0,
      source: '自行绘制',
      usedBy: [],
    },
    {
      code: 'LEASE',
      name: '租赁合同',
      required: false,
      questionId: 'q-lease',
      forms,
      originalCopies: 1,
      copyCopies: 0,
      source: '与房东签订',
      usedBy: [],
    },
  ],
};

function summaryText(container: HTMLElement): string {
  return container.querySelector('[data-testid="checklist-summary"]')?.textContent ?? '';
}

beforeEach(() => mockStore.clear());

describe('<ChecklistView> summary', () => {
  it('says how many are missing and names each one with where to get it', () => {
    const { container } = render(
      <ChecklistView
        template={template}
        answers={[{ questionId: 'q-lease', yes: true }]}
        heldCodes={['ID', 'FORM']}
      />,
    );
    const summary = summaryText(container);
    expect(summary).toContain('还缺 2 项');
    expect(summary).toContain('平面图（来源：自行绘制）');
    expect(summary).toContain('租赁合同（来源：与房东签订）');
    expect(summary).not.toContain('身份证');
  });

  it('says the materials are complete when every needed one is ticked', () => {
    const { container } = render(
      <ChecklistView
        template={template}
        answers={[{ questionId: 'q-lease', yes: false }]}
        heldCodes={['ID', 'FORM', 'PLAN']}
      />,
    );
    expect(summaryText(container)).toContain('材料已备齐，可以预约办理');
    expect(container.querySelectorAll('[data-testid="missing-material"]')).toHaveLength(0);
    // 租赁合同 is not needed when the premises are not rented.
    expect(screen.queryByText('租赁合同')).toBeNull();
  });

  it('asks for the unanswered question before calling the list complete', () => {
    const { container } = render(
      <ChecklistView template={template} answers={[]} heldCodes={['ID', 'FORM', 'PLAN']} />,
    );
    expect(summaryText(container)).toContain('还有 1 个问题没回答');
    expect(summaryText(container)).not.toContain('材料已备齐');
  });
});

describe('read-only (shared) list', () => {
  it('shows ticks as ✓/✗ with no checkboxes or answer buttons', () => {
    const { container } = render(
      <SharedChecklist
        template={template}
        answers={[{ questionId: 'q-lease', yes: true }]}
        heldCodes={['ID']}
      />,
    );
    expect(screen.getByText('这是家人分享给您的材料清单')).toBeTruthy();
    expect(container.querySelectorAll('[role="checkbox"]')).toHaveLength(0);
    expect(container.querySelectorAll('[role="radio"]')).toHaveLength(0);
    expect(container.querySelectorAll('[data-testid="answer-yes"]')).toHaveLength(0);
    const rows = container.querySelectorAll('[data-testid="checklist-material"]');
    expect(rows).toHaveLength(4);
    fireEvent.click(rows[1]);
    expect(rows[1].getAttribute('data-held')).toBe('false');
    expect(summaryText(container)).toContain('还缺 3 项');
  });

  it('copies a plain-text list with ✓/✗ and sources', () => {
    const text = checklistAsText(template, [{ questionId: 'q-lease', yes: true }], ['ID']);
    expect(text.split('\n')).toEqual([
      '我要开饭店 — 材料清单',
      '经营场所是租赁的吗？是',
      '✓ 身份证，原件1份（来源：本人持有）',
      '✗ 申请书，原件1份（来源：窗口领取或网上下载）',
      '✗ 平面图，原件1份（来源：自行绘制）',
      '✗ 租赁合同，原件1份（来源：与房东签订）',
      '还缺 3 项',
    ]);
  });
});

describe('saved on the device', () => {
  const subject = { kind: 'THEME' as const, code: 'YJS-KFD' };

  it('restores answers and ticks when the list is opened again', () => {
    const first = render(
      <OwnChecklist subject={subject} template={template} storage={deviceStorage} />,
    );
    const yes = first.container.querySelector('[data-testid="answer-yes"]') as HTMLElement;
    act(() => void fireEvent.click(yes));
    const tick = (code: string) =>
      fireEvent.click(
        first.container.querySelector(
          `[data-testid="checklist-material"][data-code="${code}"]`,
        ) as HTMLElement,
      );
    act(() => void tick('ID'));
    act(() => void tick('LEASE'));
    expect(summaryText(first.container)).toContain('还缺 2 项');
    first.unmount();

    expect(mockStore.has(progressKey(subject))).toBe(true);
    const again = render(
      <OwnChecklist subject={subject} template={template} storage={deviceStorage} />,
    );
    expect(
      again.container.querySelector('[data-testid="answer-yes"]')?.getAttribute('aria-checked'),
    ).toBe('true');
    const held = Array.from(
      again.container.querySelectorAll('[data-testid="checklist-material"][data-held="true"]'),
    ).map((row) => row.getAttribute('data-code'));
    expect(held.sort()).toEqual(['ID', 'LEASE']);
    expect(summaryText(again.container)).toContain('还缺 2 项');
  });

  it('treats unreadable saved data as nothing saved', () => {
    const storage: KeyValueStorage = {
      get: () => ({ answers: 'x', heldCodes: [1, 'ID'] }),
      set: jest.fn(),
    };
    expect(loadProgress(storage, subject)).toEqual({ answers: [], heldCodes: ['ID'] });
    const broken: KeyValueStorage = {
      get: () => {
        throw new Error('quota');
      },
      set: jest.fn(),
    };
    expect(loadProgress(broken, subject)).toEqual({ answers: [], heldCodes: [] });
  });
});
