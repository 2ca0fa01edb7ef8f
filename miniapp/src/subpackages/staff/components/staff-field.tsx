import { Input, Text, View } from '@tarojs/components';
import { a11y } from '@/utils/a11y';

export interface StaffFieldProps {
  /** Used in the test ids: `<testId>-input`, `<testId>-error`. */
  testId: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** Enter (or the keyboard's 完成) in this field. */
  onConfirm?: () => void;
  password?: boolean;
  placeholder?: string;
  maxlength: number;
  error?: string;
}

/** A labelled input with its error message right below it (and in its screen-reader label). */
export function StaffField({
  testId,
  label,
  value,
  onChange,
  onConfirm,
  password = false,
  placeholder,
  maxlength,
  error,
}: StaffFieldProps) {
  return (
    <View className={`staff-field${error ? ' staff-field--error' : ''}`}>
      <Text className="staff-field__label" {...a11y({ hidden: true })}>
        {label}
      </Text>
      <Input
        className="staff-field__input"
        type="text"
        password={password}
        value={value}
        placeholder={placeholder}
        placeholderClass="staff-field__placeholder"
        maxlength={maxlength}
        confirmType="done"
        onInput={(e) => onChange(e.detail.value)}
        onConfirm={() => onConfirm?.()}
        data-testid={`${testId}-input`}
        {...a11y({ label: error ? `${label}，${error}` : label })}
      />
      {error && (
        <Text
          className="staff-field__error"
          data-testid={`${testId}-error`}
          {...a11y({ role: 'status' })}
        >
          {error}
        </Text>
      )}
    </View>
  );
}
