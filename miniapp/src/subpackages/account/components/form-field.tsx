import { Input, Text, View } from '@tarojs/components';
import { a11y } from '@/utils/a11y';

export interface FormFieldProps {
  /** Used in the test ids: `<testId>-input`, `<testId>-error`. */
  testId: string;
  label: string;
  /** Shown after the label, e.g. （选填）. */
  note?: string;
  value: string;
  onChange: (value: string) => void;
  type?: 'text' | 'number' | 'idcard';
  placeholder?: string;
  maxlength: number;
  error?: string;
}

/** A labelled input with its error message right below it (and in its screen-reader label). */
export function FormField({
  testId,
  label,
  note,
  value,
  onChange,
  type = 'text',
  placeholder,
  maxlength,
  error,
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
        value={value}
        placeholder={placeholder}
        placeholderClass="account-field__placeholder"
        maxlength={maxlength}
        onInput={(e) => onChange(e.detail.value)}
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
