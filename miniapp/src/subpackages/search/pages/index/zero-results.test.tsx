import { fireEvent, render, screen } from '@testing-library/react';
import { ZeroResults } from './zero-results';

describe('<ZeroResults>', () => {
  it('says what was searched and what to try instead', () => {
    render(
      <ZeroResults
        query="火星签证"
        phone="0531-86123456"
        onConsult={jest.fn()}
        onCall={jest.fn()}
      />,
    );
    expect(screen.getByText('没有找到与“火星签证”相关的事项')).toBeTruthy();
    expect(screen.getByText(/换个说法/)).toBeTruthy();
    expect(screen.getByText(/拼音首字母/)).toBeTruthy();
  });

  it('offers 咨询 and a one-tap call to the hall phone', () => {
    const onConsult = jest.fn();
    const onCall = jest.fn();
    const { container } = render(
      <ZeroResults query="火星签证" phone="0531-86123456" onConsult={onConsult} onCall={onCall} />,
    );
    expect(screen.getByText('大厅咨询电话')).toBeTruthy();
    expect(container.querySelector('[data-testid="search-hall-phone"]')?.textContent).toBe(
      '0531-86123456',
    );

    fireEvent.click(container.querySelector('[data-testid="search-consult"]') as HTMLElement);
    expect(onConsult).toHaveBeenCalledTimes(1);

    const call = container.querySelector('[data-testid="search-call"]') as HTMLElement;
    expect(call.getAttribute('aria-label')).toBe('拨打大厅咨询电话 0531-86123456');
    fireEvent.click(call);
    expect(onCall).toHaveBeenCalledWith('0531-86123456');
  });

  it('keeps the consult button while the hall phone is still loading', () => {
    const { container } = render(
      <ZeroResults query="x" onConsult={jest.fn()} onCall={jest.fn()} />,
    );
    expect(container.querySelector('[data-testid="search-consult"]')).not.toBeNull();
    expect(container.querySelector('[data-testid="search-call"]')).toBeNull();
  });
});
