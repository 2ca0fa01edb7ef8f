// Integration tests start the app over a real database (migrations included): give them time.
// (testTimeout in a project config is ignored when jest runs several projects.)
jest.setTimeout(60_000);
