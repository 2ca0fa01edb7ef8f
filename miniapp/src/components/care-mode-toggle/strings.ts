export const careToggleStrings = {
  /** Shown in normal mode: switches to care mode. */
  toCare: '长辈版',
  /** Shown in care mode: switches back. */
  toNormal: '标准版',
  toCareLabel: '切换到长辈版：大字体、大按钮',
  toNormalLabel: '切换到标准版',
  switchedToCare: '已切换到长辈版',
  switchedToNormal: '已切换到标准版',
} as const;
