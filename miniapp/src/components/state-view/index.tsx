import { Button, Text, View } from '@tarojs/components';
import { a11y } from '@/utils/a11y';
import './index.scss';

export interface StateViewProps {
  kind: 'loading' | 'error' | 'empty';
  message: string;
  actionText?: string;
  onAction?: () => void;
}

/** Loading, error and not-found states with an optional action button. */
export function StateView({ kind, message, actionText, onAction }: StateViewProps) {
  return (
    <View className={`state state--${kind}`} data-testid={`state-${kind}`}>
      <Text className="state__message" {...a11y({ role: 'status' })}>
        {message}
      </Text>
      {actionText && onAction && (
        <Button className="state__action" onClick={onAction}>
          {actionText}
        </Button>
      )}
    </View>
  );
}
