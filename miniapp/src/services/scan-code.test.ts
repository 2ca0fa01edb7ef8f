import Taro from '@tarojs/taro';
import {
  ScanCodeError,
  canScanWithCamera,
  createManualCodeEntry,
  manualCodeEntry,
  scanCode,
  scanCodeStrings,
} from './scan-code';

jest.mock('@tarojs/taro', () => ({ __esModule: true, default: { scanCode: jest.fn() } }));

const taroScan = Taro.scanCode as unknown as jest.Mock;

function onTarget(env: 'weapp' | 'h5', run: () => Promise<void>): () => Promise<void> {
  return async () => {
    const before = process.env.TARO_ENV;
    process.env.TARO_ENV = env;
    try {
      await run();
    } finally {
      process.env.TARO_ENV = before;
    }
  };
}

afterEach(() => taroScan.mockReset());

describe('scanCode in WeChat', () => {
  it(
    'scans QR codes from the camera only and gives back the text',
    onTarget('weapp', async () => {
      taroScan.mockResolvedValue({ result: 'SZHB:CHECKIN:SZ-HALL.1.x', errMsg: 'scanCode:ok' });
      expect(canScanWithCamera()).toBe(true);
      await expect(scanCode()).resolves.toBe('SZHB:CHECKIN:SZ-HALL.1.x');
      expect(taroScan).toHaveBeenCalledWith({ onlyFromCamera: true, scanType: ['qrCode'] });
    }),
  );

  it(
    'is null when the citizen closes the scanner',
    onTarget('weapp', async () => {
      taroScan.mockRejectedValue({ errMsg: 'scanCode:fail cancel' });
      await expect(scanCode()).resolves.toBeNull();
    }),
  );

  it(
    'says in Chinese when the camera cannot be used',
    onTarget('weapp', async () => {
      taroScan.mockRejectedValue({ errMsg: 'scanCode:fail auth deny' });
      const failure = scanCode();
      await expect(failure).rejects.toBeInstanceOf(ScanCodeError);
      await expect(failure).rejects.toThrow(scanCodeStrings.cameraFailed);
    }),
  );
});

describe('scanCode in H5', () => {
  it('asks the entry box on the page instead of a camera', async () => {
    expect(canScanWithCamera()).toBe(false);
    const detach = manualCodeEntry.attach();
    try {
      const scanned = scanCode({ title: '输入签到码' });
      expect(manualCodeEntry.getSnapshot()).toMatchObject({
        title: '输入签到码',
        hint: scanCodeStrings.hint,
      });
      manualCodeEntry.answer(' SZHB:CHECKIN:SZ-HALL.1.x\n');
      await expect(scanned).resolves.toBe(' SZHB:CHECKIN:SZ-HALL.1.x\n');
      expect(manualCodeEntry.getSnapshot()).toBeNull();
      expect(taroScan).not.toHaveBeenCalled();
    } finally {
      detach();
    }
  });
});

describe('the H5 entry store', () => {
  it('falls back to the browser prompt when no entry box is on the page', async () => {
    const prompt = jest.fn(() => 'typed');
    const entry = createManualCodeEntry(prompt);
    await expect(entry.request({ title: 'T', hint: 'H' })).resolves.toBe('typed');
    expect(prompt).toHaveBeenCalledWith('T\nH');
    expect(entry.getSnapshot()).toBeNull();
  });

  it('tells its listeners about a request and its answer; 取消 is null', async () => {
    const entry = createManualCodeEntry(() => 'never');
    entry.attach();
    const seen: (number | null)[] = [];
    entry.subscribe(() => seen.push(entry.getSnapshot()?.id ?? null));
    const first = entry.request();
    expect(entry.getSnapshot()?.title).toBe(scanCodeStrings.title);
    entry.answer(null);
    await expect(first).resolves.toBeNull();
    expect(seen).toEqual([1, null]);
  });

  it('answers an open request with null when a new one comes, or when the box goes', async () => {
    const entry = createManualCodeEntry(() => 'never');
    const detach = entry.attach();
    const first = entry.request();
    const second = entry.request();
    await expect(first).resolves.toBeNull();
    expect(entry.getSnapshot()?.id).toBe(2);
    detach();
    await expect(second).resolves.toBeNull();
    expect(entry.getSnapshot()).toBeNull();
  });

  it('ignores an answer when nothing is asked', () => {
    const entry = createManualCodeEntry(() => null);
    expect(() => entry.answer('x')).not.toThrow();
    expect(entry.getSnapshot()).toBeNull();
  });
});
