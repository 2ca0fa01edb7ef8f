/**
 * Taro plugin: let `aria-label` / `aria-role` reach WeChat's templates.
 *
 * Taro's weapp template only renders attributes it knows about; WeChat supports
 * `aria-label` and `aria-role` on every component (读屏 / screen readers), but Taro 4.2's
 * component list omits them. The same attribute list is merged into the template (build time)
 * and into the runtime's component table (a11y-runtime.js), so the prop → template-key mapping
 * agrees. In H5, Taro's React wrappers already turn `ariaLabel` into `aria-label`.
 * (Same mechanism as @tarojs/plugin-inject, which has no 4.2.x release.)
 *
 * @param {import('@tarojs/service').IPluginContext} ctx
 */
const path = require('node:path');
const { A11Y_COMPONENTS } = require('./a11y-components.js');

module.exports = (ctx) => {
  ctx.registerMethod({
    name: 'onSetupClose',
    fn(platform) {
      const template = platform && platform.template;
      if (!template || typeof template.mergeComponents !== 'function') return;
      const runtime = path.resolve(__dirname, 'a11y-runtime.js');
      if (Array.isArray(platform.runtimePath)) platform.runtimePath.push(runtime);
      else if (typeof platform.runtimePath === 'string')
        platform.runtimePath = [platform.runtimePath, runtime];
      // mergeComponents mutates its argument: give it a copy.
      template.mergeComponents(ctx, JSON.parse(JSON.stringify(A11Y_COMPONENTS)));
    },
  });
};
