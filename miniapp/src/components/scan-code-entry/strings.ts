/** User-facing strings of the H5 code entry (扫码 in a browser). */
export const scanCodeEntryStrings = {
  placeholder: '粘贴或输入二维码下方的文字',
  submit: '确定',
  cancel: '取消',
} as const;
