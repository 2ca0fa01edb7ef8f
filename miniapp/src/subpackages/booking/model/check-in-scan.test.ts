import { checkInQrContent, queueDoorQrContent } from '@shizhong/domain';
import { bookingStrings as s } from '../strings';
import { readCheckInScan } from './check-in-scan';

const TOKEN = 'SZ-HALL.20261010.aB3_-x9QzK0pLm7nVw2yTe';

describe('readCheckInScan', () => {
  it('takes the hall and the token from the hall’s check-in code (pasted with a line break too)', () => {
    expect(readCheckInScan(checkInQrContent(TOKEN))).toEqual({
      ok: true,
      hallCode: 'SZ-HALL',
      token: TOKEN,
    });
    expect(readCheckInScan(` ${checkInQrContent(TOKEN)}\n`)).toEqual({
      ok: true,
      hallCode: 'SZ-HALL',
      token: TOKEN,
    });
  });

  it('says that the queue’s door code is for taking a number, not for check-in', () => {
    expect(readCheckInScan(queueDoorQrContent(TOKEN))).toEqual({
      ok: false,
      message: s.doorCodeNotCheckIn,
    });
  });

  it.each(['', TOKEN, 'https://example.com/x', 'SZHB:CHECKIN:', 'CS5LW4UN'])(
    'says %j is not a check-in code',
    (content) => {
      expect(readCheckInScan(content)).toEqual({ ok: false, message: s.notCheckInCode });
    },
  );

  it('has Chinese messages', () => {
    expect(s.notCheckInCode).toMatch(/[\u4e00-\u9fa5]/);
    expect(s.doorCodeNotCheckIn).toMatch(/[\u4e00-\u9fa5]/);
  });
});
