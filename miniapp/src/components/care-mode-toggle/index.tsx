import { Button } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { getAuthService } from '@/auth';
import { useCareMode } from '@/theme/care-mode';
import { a11y } from '@/utils/a11y';
import { careToggleStrings as s } from './strings';
import './index.scss';

export interface CareModeToggleProps {
  /** `inverse` for use on the primary-coloured header. */
  variant?: 'inverse' | 'plain';
}

/** The 长辈版 / 标准版 switch. Persists on the device (and the account) and re-renders every page. */
export function CareModeToggle({ variant = 'plain' }: CareModeToggleProps) {
  const [careMode] = useCareMode();
  const onTap = () => {
    const next = !careMode;
    // Device at once; the account too when logged in.
    getAuthService().setCareMode(next);
    void Taro.showToast({ title: next ? s.switchedToCare : s.switchedToNormal, icon: 'none' });
  };
  return (
    <Button
      className={`care-toggle care-toggle--${variant}`}
      onClick={onTap}
      data-testid="care-mode-toggle"
      {...a11y({ label: careMode ? s.toNormalLabel : s.toCareLabel })}
    >
      {careMode ? s.toNormal : s.toCare}
    </Button>
  );
}
