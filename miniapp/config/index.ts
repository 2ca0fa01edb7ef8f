import path from 'node:path';
import { readFileSync } from 'node:fs';
import { defineConfig, type UserConfigExport } from '@tarojs/cli';

const isH5 = process.env.TARO_ENV === 'h5';
const pkg = JSON.parse(readFileSync(path.resolve(__dirname, '..', 'package.json'), 'utf8')) as {
  version: string;
};

/**
 * node_modules that ship modern syntax and must be transpiled: urql's and graphql-ws's
 * `async function*`, uqr's class fields (the QR encoder).
 */
const transpiledModules =
  /node_modules[\\/](?:\.pnpm[\\/][^\\/]+[\\/]node_modules[\\/])?(?:@urql|wonka|@0no-co|uqr|graphql-ws)[\\/]/;

/**
 * `@shizhong/domain` (pure rules shared with the BFF) is compiled from its TypeScript source, so
 * the app needs no prior build of the package and webpack can tree-shake it.
 */
const domainSource = path.resolve(__dirname, '..', '..', 'packages', 'domain', 'src');
const compiledFiles = (file: string) =>
  transpiledModules.test(file) || file.startsWith(domainSource);

export default defineConfig<'webpack5'>((merge, { command, mode }) => {
  const baseConfig: UserConfigExport<'webpack5'> = {
    projectName: 'shizhong-haobanshi',
    date: '2026-11-23',
    designWidth: 375,
    deviceRatio: { 375: 2, 640: 2.34 / 2, 750: 1, 828: 1.81 / 2 },
    sourceRoot: 'src',
    outputRoot: isH5 ? 'dist-h5' : 'dist',
    plugins: [path.resolve(__dirname, 'plugins', 'a11y-attributes.js')],
    defineConstants: {
      API_BASE_URL: JSON.stringify(
        process.env.API_BASE_URL ?? 'https://api.shizhong.example.gov.cn',
      ),
      APP_VERSION: JSON.stringify(pkg.version),
    },
    alias: {
      '@': path.resolve(__dirname, '..', 'src'),
      '@shizhong/domain': path.join(domainSource, 'index.ts'),
    },
    copy: { patterns: [], options: {} },
    framework: 'react',
    compiler: 'webpack5',
    cache: { enable: false },
    mini: {
      miniCssExtractPluginOption: { ignoreOrder: true },
      compile: { include: [compiledFiles] },
      postcss: {
        pxtransform: { enable: true, config: {} },
        cssModules: { enable: false },
      },
    },
    h5: {
      publicPath: '/',
      staticDirectory: 'static',
      compile: { include: [compiledFiles] },
      output: {
        filename: 'js/[name].[contenthash:8].js',
        chunkFilename: 'js/[name].[contenthash:8].js',
      },
      miniCssExtractPluginOption: {
        ignoreOrder: true,
        filename: 'css/[name].[contenthash:8].css',
        chunkFilename: 'css/[name].[contenthash:8].css',
      },
      postcss: {
        autoprefixer: { enable: true, config: {} },
        cssModules: { enable: false },
      },
    },
  };
  void command;
  void mode;
  if (process.env.NODE_ENV === 'development') {
    return merge({}, baseConfig, { mini: {}, h5: {} });
  }
  return merge({}, baseConfig, { mini: {}, h5: {} });
});
