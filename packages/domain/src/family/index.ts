export * from './family-relation';
export * from './family-link';
