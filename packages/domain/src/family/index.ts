export * from './family-relation';
