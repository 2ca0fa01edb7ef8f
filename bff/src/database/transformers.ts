import type { ValueTransformer } from 'typeorm';

/** DECIMAL comes back as a string from mysql2 and as a number from SQLite: always a number. */
export const decimalNumber: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | number | null) => (value === null ? null : Number(value)),
};
