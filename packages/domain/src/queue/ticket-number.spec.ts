import { formatTicketNumber, isPriorityTicket, QUEUE_PRIORITIES } from './ticket-number';

describe('formatTicketNumber', () => {
  it('pads the serial to three digits behind the category prefix', () => {
    expect(formatTicketNumber('A', 7)).toBe('A007');
    expect(formatTicketNumber('B', 1)).toBe('B001');
    expect(formatTicketNumber('C', 500)).toBe('C500');
    expect(formatTicketNumber('B', 1234)).toBe('B1234');
  });
  it('rejects serials below 1 or not integers, and odd category codes', () => {
    expect(() => formatTicketNumber('A', 0)).toThrow(RangeError);
    expect(() => formatTicketNumber('A', 1.5)).toThrow(RangeError);
    expect(() => formatTicketNumber('', 1)).toThrow(RangeError);
    expect(() => formatTicketNumber('a', 1)).toThrow(RangeError);
  });
});

describe('isPriorityTicket', () => {
  it('is every priority but NORMAL', () => {
    expect(QUEUE_PRIORITIES.filter(isPriorityTicket)).toEqual([
      'APPOINTMENT',
      'GREEN_CHANNEL',
      'ELDERLY',
    ]);
  });
});
