import { act, fireEvent, render, screen } from '@testing-library/react';
import { createManualCodeEntry } from '@/services/scan-code';
import { ScanCodeEntry } from './index';

jest.mock('@tarojs/taro', () => ({ __esModule: true, default: {} }));

/** Taro's Input reports typing as an `input` event with `detail.value`. */
function typeInto(testId: string, value: string) {
  act(() => {
    fireEvent(screen.getByTestId(testId), new CustomEvent('input', { detail: { value } }));
  });
}

describe('<ScanCodeEntry>', () => {
  it('shows nothing until a scan asks for the text', () => {
    const entry = createManualCodeEntry(() => null);
    const { container } = render(<ScanCodeEntry entry={entry} />);
    expect(container.textContent).toBe('');
  });

  it('asks for the text and hands back what was entered', async () => {
    const entry = createManualCodeEntry(() => null);
    render(<ScanCodeEntry entry={entry} />);
    let scanned: Promise<string | null> = Promise.resolve(null);
    act(() => {
      scanned = entry.request({ title: '输入签到码', hint: '请粘贴签到码下方的文字' });
    });
    expect(screen.getByRole('dialog', { name: '输入签到码' })).toBeTruthy();
    expect(screen.getByText('请粘贴签到码下方的文字')).toBeTruthy();
    // 确定 with nothing typed does nothing.
    fireEvent.click(screen.getByTestId('scan-code-submit'));
    expect(screen.getByTestId('scan-code-submit').getAttribute('aria-disabled')).toBe('true');
    expect(entry.getSnapshot()).not.toBeNull();
    typeInto('scan-code-input', 'SZHB:CHECKIN:SZ-HALL.1.x');
    act(() => {
      fireEvent.click(screen.getByTestId('scan-code-submit'));
    });
    await expect(scanned).resolves.toBe('SZHB:CHECKIN:SZ-HALL.1.x');
    expect(screen.queryByTestId('scan-code-entry')).toBeNull();
  });

  it('取消 closes it with null, and the next request starts empty', async () => {
    const entry = createManualCodeEntry(() => null);
    render(<ScanCodeEntry entry={entry} />);
    let scanned: Promise<string | null> = Promise.resolve('x');
    act(() => {
      scanned = entry.request();
    });
    typeInto('scan-code-input', 'half');
    act(() => {
      fireEvent.click(screen.getByTestId('scan-code-cancel'));
    });
    await expect(scanned).resolves.toBeNull();
    act(() => {
      void entry.request();
    });
    // 确定 on the fresh box does nothing: what was typed before is gone.
    fireEvent.click(screen.getByTestId('scan-code-submit'));
    expect(entry.getSnapshot()).not.toBeNull();
    expect(screen.getByTestId('scan-code-submit').getAttribute('aria-disabled')).toBe('true');
  });

  it('answers null when the page goes away while it waits', async () => {
    const entry = createManualCodeEntry(() => 'prompted');
    const { unmount } = render(<ScanCodeEntry entry={entry} />);
    let scanned: Promise<string | null> = Promise.resolve('x');
    act(() => {
      scanned = entry.request();
    });
    unmount();
    await expect(scanned).resolves.toBeNull();
  });
});
