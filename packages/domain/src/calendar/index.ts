export * from './local-date';
export * from './holiday-calendar';
export * from './booking-window';
export * from './slot-plan';
export * from './day-state';
export * from './booking-category';
