import { Button, Input, View } from '@tarojs/components';
import { useState } from 'react';
import { commonStrings } from '@/common/strings';
import { a11y } from '@/utils/a11y';
import { searchBoxStrings as s } from './strings';
import './index.scss';

/** The longest query the BFF accepts (QUERY_TOO_LONG above it). */
export const SEARCH_MAX_LENGTH = 50;

export interface SearchBoxProps {
  /** Controlled text; omit to let the box keep its own. */
  value?: string;
  onChange?: (value: string) => void;
  /** Enter on the keyboard or the 搜索 button. */
  onSubmit: (value: string) => void;
  onFocus?: () => void;
  placeholder?: string;
  focus?: boolean;
  testId?: string;
  /** 'inverse' on a primary-coloured header (首页). */
  variant?: 'default' | 'inverse';
}

/**
 * A real search input with a 搜索 button (and 清除 when there is text). List pages submit to
 * the search page; the search page itself drives suggestions from `onChange`.
 */
export function SearchBox({
  value,
  onChange,
  onSubmit,
  onFocus,
  placeholder = commonStrings.searchPlaceholder,
  focus = false,
  testId = 'search-box',
  variant = 'default',
}: SearchBoxProps) {
  const [own, setOwn] = useState('');
  const text = value ?? own;
  const change = (next: string) => {
    if (value === undefined) setOwn(next);
    onChange?.(next);
  };
  const submit = () => onSubmit(text.trim());
  return (
    <View
      className={`search-box search-box--${variant}`}
      data-testid={testId}
      {...a11y({ role: 'search' })}
    >
      <Input
        className="search-box__input"
        type="text"
        value={text}
        placeholder={placeholder}
        placeholderClass="search-box__placeholder"
        confirmType="search"
        maxlength={SEARCH_MAX_LENGTH}
        focus={focus}
        onInput={(e) => change(e.detail.value)}
        onConfirm={(e) => onSubmit(e.detail.value.trim())}
        onFocus={onFocus}
        data-testid={`${testId}-input`}
        {...a11y({ label: s.inputLabel })}
      />
      {text && (
        <Button
          className="search-box__clear"
          onClick={() => change('')}
          data-testid={`${testId}-clear`}
          {...a11y({ label: s.clearLabel })}
        >
          {s.clear}
        </Button>
      )}
      <Button className="search-box__submit" onClick={submit} data-testid={`${testId}-submit`}>
        {s.submit}
      </Button>
    </View>
  );
}
