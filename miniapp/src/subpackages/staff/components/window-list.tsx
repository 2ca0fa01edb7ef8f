import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import { useGraphqlQuery } from '@/api/use-graphql-query';
import type { HallWindowsQuery as HallWindowsData } from '@/gql/graphql';
import { boardUrl } from '@/subpackages/queue/queue-paths';
import { a11y } from '@/utils/a11y';
import { consoleStrings as s } from '../pages/window-console/strings';
import { windowConsoleUrl } from '../staff-paths';
import { HallWindowsQuery } from '../window-console.graphql';
import './window-list.scss';

type HallWindow = HallWindowsData['serviceWindows'][number];

function WindowButton({ window, big }: { window: HallWindow; big: boolean }) {
  const status = s.status[window.status];
  const text = big ? s.windowButton(window.label, status) : String(window.number);
  const open = () => void Taro.navigateTo({ url: windowConsoleUrl(window.code) });
  return (
    <View
      className={`staff-window staff-window--${window.status.toLowerCase()}${big ? ' staff-window--big' : ''}`}
      data-testid="staff-window"
      data-code={window.code}
      data-number={String(window.number)}
      onClick={open}
      {...a11y({
        role: 'button',
        // Starts with what is on it (a voice-control user says what they see).
        label: big
          ? `${text}，${window.zoneName}`
          : s.windowLabel(window.label, window.zoneName, status),
        onActivate: open,
      })}
    >
      <Text className="staff-window__label" {...a11y({ hidden: true })}>
        {text}
      </Text>
    </View>
  );
}

/**
 * On 工作人员主页: the windows of the staff member's hall — their own first — each opening the
 * window console (窗口叫号台), and the hall's display board (叫号屏, with the door code).
 */
export function WindowList({ hallCode, assigned }: { hallCode: string; assigned: string[] }) {
  const query = useGraphqlQuery(HallWindowsQuery, { hallCode }, { toast: false, fresh: true });
  const windows = query.data?.serviceWindows ?? [];
  const mine = windows.filter((w) => assigned.includes(w.code));
  const [showAll, setShowAll] = useState(false);
  const all = mine.length === 0 || showAll;
  const openBoard = () => void Taro.navigateTo({ url: boardUrl(hallCode) });
  const toggle = () => setShowAll(!showAll);

  return (
    <View className="card staff-card staff-windows" data-testid="staff-window-list">
      <Text className="staff-section-title" {...a11y({ role: 'heading', level: 2 })}>
        {s.windowsTitle}
      </Text>
      <Text className="staff-intro">{s.windowsIntro}</Text>
      {query.error && !query.data && <Text className="staff-notice">{s.windowsFailed}</Text>}
      {mine.length > 0 && (
        <View className="staff-window-grid staff-window-grid--big">
          {mine.map((w) => (
            <WindowButton key={w.code} window={w} big />
          ))}
        </View>
      )}
      {mine.length > 0 && windows.length > mine.length && (
        <View
          className="staff-link"
          data-testid="staff-windows-toggle"
          onClick={toggle}
          {...a11y({ role: 'button', expanded: showAll, onActivate: toggle })}
        >
          <Text>{showAll ? s.hideAll : s.showAll(windows.length)}</Text>
        </View>
      )}
      {all && windows.length > 0 && (
        <View className="staff-window-grid">
          {windows.map((w) => (
            <WindowButton key={w.code} window={w} big={false} />
          ))}
        </View>
      )}
      <View
        className="staff-link"
        data-testid="staff-board"
        onClick={openBoard}
        {...a11y({ role: 'button', label: `${s.board}，${s.boardHint}`, onActivate: openBoard })}
      >
        <Text>{s.board}</Text>
      </View>
    </View>
  );
}
