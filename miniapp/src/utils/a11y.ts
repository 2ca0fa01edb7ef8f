/**
 * Screen-reader and keyboard attributes for Taro components on both targets.
 *
 * - H5: Taro's React wrappers turn `ariaLabel` into `aria-label`; `role`/`aria-level` pass as is.
 *   A view with role "button" is also focusable (tabIndex 0) and, given `onActivate`, answers
 *   Enter and Space like a real button, so keyboard and switch-access users can reach it.
 * - weapp: WeChat reads `aria-label` / `aria-role` (enabled for View/Text/Image/Button/Input by
 *   config/plugins/a11y-attributes.js).
 */
export interface A11yOptions {
  label?: string;
  role?:
    'button' | 'heading' | 'img' | 'link' | 'list' | 'listitem' | 'switch' | 'status' | 'search';
  /** Heading level, with role 'heading'. */
  level?: 1 | 2 | 3;
  hidden?: boolean;
  /** For a button that shows or hides a part of the page (aria-expanded). */
  expanded?: boolean;
  /** With role 'button' in H5: what Enter or Space does (normally the same as the click). */
  onActivate?: () => void;
}

export type A11yProps = Record<
  string,
  string | number | ((event: KeyboardLike) => void) | undefined
>;

interface KeyboardLike {
  key?: string;
  preventDefault?: () => void;
}

export function a11y({ label, role, level, hidden, expanded, onActivate }: A11yOptions): A11yProps {
  const props: A11yProps = {};
  if (label) props.ariaLabel = label;
  if (hidden) props['aria-hidden'] = 'true';
  if (expanded !== undefined) props['aria-expanded'] = expanded ? 'true' : 'false';
  if (role) {
    if (process.env.TARO_ENV === 'h5') {
      props.role = role;
      if (level) props['aria-level'] = String(level);
      if (role === 'button') {
        props.tabIndex = 0;
        if (onActivate) {
          props.onKeyDown = (event: KeyboardLike) => {
            if (event.key === 'Enter' || event.key === ' ') {
              event.preventDefault?.();
              onActivate();
            }
          };
        }
      }
    } else {
      props.ariaRole = role;
    }
  }
  return props;
}
