/**
 * Screen-reader attributes for Taro components on both targets.
 *
 * - H5: Taro's React wrappers turn `ariaLabel` into `aria-label`; `role`/`aria-level` pass as is.
 * - weapp: WeChat reads `aria-label` / `aria-role` (enabled for View/Text/Image/Button/Input by
 *   config/plugins/a11y-attributes.js).
 */
export interface A11yOptions {
  label?: string;
  role?: 'button' | 'heading' | 'img' | 'link' | 'list' | 'listitem' | 'switch' | 'status';
  /** Heading level, with role 'heading'. */
  level?: 1 | 2 | 3;
  hidden?: boolean;
}

export type A11yProps = Record<string, string | undefined>;

export function a11y({ label, role, level, hidden }: A11yOptions): A11yProps {
  const props: A11yProps = {};
  if (label) props.ariaLabel = label;
  if (hidden) props['aria-hidden'] = 'true';
  if (role) {
    if (process.env.TARO_ENV === 'h5') {
      props.role = role;
      if (level) props['aria-level'] = String(level);
    } else {
      props.ariaRole = role;
    }
  }
  return props;
}
