export * from './appointment-rules';
export * from './appointment-status';
