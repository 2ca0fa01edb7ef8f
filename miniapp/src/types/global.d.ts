/// <reference types="@tarojs/taro" />

declare module '*.png';
declare module '*.scss';

/** Absolute origin of the BFF for the mini-program build (config/index.ts defineConstants). */
declare const API_BASE_URL: string;
/** miniapp/package.json version. */
declare const APP_VERSION: string;

declare namespace NodeJS {
  interface ProcessEnv {
    TARO_ENV: 'weapp' | 'h5' | 'swan' | 'alipay' | 'tt' | 'qq' | 'jd' | 'harmony' | undefined;
    TARO_APP_ID: string;
  }
}
