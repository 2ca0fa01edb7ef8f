import { fireEvent, render } from '@testing-library/react';
import { MaterialList, type GuideMaterial } from './material-list';

jest.mock('@tarojs/taro', () => ({
  __esModule: true,
  default: { setClipboardData: jest.fn(() => Promise.resolve()), showToast: jest.fn() },
}));

const materials: GuideMaterial[] = [
  {
    code: 'M000',
    name: '申请书',
    required: true,
    condition: null,
    forms: { original: true, copy: false, electronic: true },
    originalCopies: 1,
    copyCopies: 0,
    source: '申请人自备（可在窗口领取空白表格）',
    blankFormUrl: 'https://forms.example.gov.cn/M000-blank.pdf',
    sampleUrl: 'https://forms.example.gov.cn/M000-sample.pdf',
    notes: null,
  },
  {
    code: 'M003',
    name: '经营场所使用证明',
    required: false,
    condition: '经营场所是租赁的',
    forms: { original: false, copy: true, electronic: false },
    originalCopies: 0,
    copyCopies: 2,
    source: '出租方提供租赁合同',
    blankFormUrl: null,
    sampleUrl: null,
    notes: '租期不少于一年',
  },
];

function rows(container: HTMLElement): HTMLElement[] {
  return Array.from(container.querySelectorAll<HTMLElement>('[data-testid="material-row"]'));
}

function text(row: HTMLElement, testId: string): string | undefined {
  return row.querySelector(`[data-testid="${testId}"]`)?.textContent ?? undefined;
}

describe('<MaterialList>', () => {
  it('shows forms and copies, requirement and where to get each material', () => {
    const { container } = render(<MaterialList materials={materials} />);
    const [application, lease] = rows(container);

    expect(text(application, 'material-requirement')).toBe('必需');
    expect(text(application, 'material-forms')).toBe('原件1份，可交电子版');
    expect(text(application, 'material-source')).toBe('来源：申请人自备（可在窗口领取空白表格）');
    expect(text(application, 'material-condition')).toBeUndefined();

    expect(text(lease, 'material-requirement')).toBe('视情况');
    expect(text(lease, 'material-condition')).toBe('适用情形：经营场所是租赁的');
    expect(text(lease, 'material-forms')).toBe('复印件2份');
    expect(lease.textContent).toContain('说明：租期不少于一年');
  });

  it('links the blank form and the sample only when the material has them', () => {
    const { container } = render(<MaterialList materials={materials} />);
    const [application, lease] = rows(container);
    const links = Array.from(
      application.querySelectorAll<HTMLElement>('[data-testid="material-form-link"]'),
    );
    expect(links.map((l) => l.textContent)).toEqual(['空白表格', '填写样表']);
    expect(links[0].getAttribute('aria-label')).toBe('打开申请书的空白表格');
    expect(lease.querySelector('[data-testid="material-form-link"]')).toBeNull();

    const open = jest.spyOn(window, 'open').mockReturnValue(null);
    fireEvent.click(links[0]);
    expect(open).toHaveBeenCalledWith(
      'https://forms.example.gov.cn/M000-blank.pdf',
      '_blank',
      'noopener',
    );
  });

  it('says so when no material is needed', () => {
    const { container } = render(<MaterialList materials={[]} />);
    expect(container.textContent).toBe('无需提交材料');
  });
});
