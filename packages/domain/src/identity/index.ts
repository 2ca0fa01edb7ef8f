export * from './id-number';
export * from './mobile';
export * from './person-name';
export * from './masking';
export * from './address';
