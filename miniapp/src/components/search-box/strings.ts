export const searchBoxStrings = {
  submit: '搜索',
  clear: '清除',
  clearLabel: '清除搜索内容',
  inputLabel: '搜索事项：可输入事项名称、关键词或拼音首字母',
} as const;
