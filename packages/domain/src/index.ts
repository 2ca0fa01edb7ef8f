export * from './errors/error-code';
export * from './catalogue/freshness';
export * from './catalogue/hot-items';
