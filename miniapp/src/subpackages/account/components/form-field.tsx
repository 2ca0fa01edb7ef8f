import { Input, Text, View } from '@tarojs/components';
import { a11y } from '@/utils/a11y';
import './form-field.scss';

export interface FormFieldProps {
  /** Used in the test ids: `<testId>-input`, `<testId>-error`. */
  testId: string;
  label: string;
  /** Shown after the label, e.g. （选填）. */
  note?: string;
  value: string;
  onChange: (value: string) => void;
  type?: 'text' | 'number' | 'idcard';
  password?: boolean;
  placeholder?: string;
  maxlength: number;
  error?: string;
  /** Enter (or the keyboard's 完成) in this field. */
  onConfirm?: () => void;
}

/** A labelled input with its error message right below it (and in its screen-reader label). */
export function FormField({
  testId,
  label,
  note,
  value,
  onChange,
  type = 'text',
  password,
  placeholder,
  maxlength,
  error,
  onConfirm,
}: FormFieldProps) {
  return (
    <View className={`account-field${error ? ' account-field--error' : ''}`}>
      <Text className="account-field__label" {...a11y({ hidden: true })}>
        {label}
        {note && <Text className="account-field__note">{note}</Text>}
      </Text>
      <Input
        className="account-field__input"
        type={type}
        password={password}
        value={value}
        placeholder={placeholder}
        placeholderClass="account-field__placeholder"
        maxlength={maxlength}
        onInput={(e) => onChange(e.detail.value)}
        {...(onConfirm ? { confirmType: 'done' as const, onConfirm: () => onConfirm() } : {})}
        data-testid={`${testId}-input`}
        {...a11y({ label: error ? `${label}${note ?? ''}，${error}` : `${label}${note ?? ''}` })}
      />
      {error && (
        <Text
          className="account-field__error"
          data-testid={`${testId}-error`}
          {...a11y({ role: 'status' })}
        >
          {error}
        </Text>
      )}
    </View>
  );
}
