// Browser tests start the whole stack and drive Chromium: allow them minutes, not jest's 5 s.
// (testTimeout in a project config is ignored when jest runs several projects.)
jest.setTimeout(120_000);
