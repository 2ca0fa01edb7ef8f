import { Text, View } from '@tarojs/components';
import { useState, type ReactNode } from 'react';
import { a11y } from '@/utils/a11y';
import { itemStrings as s } from './strings';

export interface CollapsibleSectionProps {
  title: string;
  testId: string;
  defaultOpen?: boolean;
  children: ReactNode;
}

/** A guide section whose heading shows or hides its body (for long parts such as 设定依据). */
export function CollapsibleSection({
  title,
  testId,
  defaultOpen = false,
  children,
}: CollapsibleSectionProps) {
  const [open, setOpen] = useState(defaultOpen);
  const toggle = () => setOpen((v) => !v);
  return (
    <View className="section" data-testid={testId}>
      <View {...a11y({ role: 'heading', level: 2 })}>
        <View
          className="collapsible__head"
          data-testid={`${testId}-toggle`}
          onClick={toggle}
          {...a11y({
            role: 'button',
            label: s.sectionToggleLabel(title, open),
            expanded: open,
            onActivate: toggle,
          })}
        >
          <Text className="collapsible__title">{title}</Text>
          <Text className="collapsible__state">{open ? s.collapse : s.expand}</Text>
        </View>
      </View>
      {open && <View className="card">{children}</View>}
    </View>
  );
}
