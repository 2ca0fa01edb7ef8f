// Runtime half of a11y-attributes.js: teaches Taro's runtime the extra template attributes.
import { mergeInternalComponents } from '@tarojs/shared';
import { A11Y_COMPONENTS } from './a11y-components.js';

mergeInternalComponents(JSON.parse(JSON.stringify(A11Y_COMPONENTS)));
