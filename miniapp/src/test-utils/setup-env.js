// Build-time constants of the Taro build, for code under test.
process.env.TARO_ENV = 'h5';
process.env.TARO_PLATFORM = 'web';
