export * from './normalise-query';
export * from './edit-distance';
export * from './synonyms';
export * from './ranking';
export * from './match-document';
