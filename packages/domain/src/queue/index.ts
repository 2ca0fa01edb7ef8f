export * from './ticket-number';
export * from './ticket-lifecycle';
export * from './calling-policy';
export * from './wait-estimate';
export * from './geo-distance';
