import { ConfigError, loadConfig } from './config/app-config';
import { createApp } from './create-app';
import { openDatabase } from './database/data-source';
import { describeStartupError } from './startup-error';

async function main(): Promise<void> {
  const config = loadConfig(process.env);
  let dataSource;
  try {
    dataSource = await openDatabase(config);
  } catch (error) {
    throw new ConfigError(describeStartupError(error, config));
  }
  const app = await createApp(config, dataSource);
  try {
    await app.listen(config.PORT, config.HOST);
  } catch (error) {
    await app.close();
    throw new ConfigError(describeStartupError(error, config));
  }
  const address = app.getHttpServer().address();
  const port = typeof address === 'object' && address ? address.port : config.PORT;
  // One machine-readable line for scripts and tests that start the BFF on port 0.
  process.stdout.write(
    `${JSON.stringify({ msg: 'bff listening', port, url: `http://localhost:${port}/` })}\n`,
  );
}

main().catch((error: unknown) => {
  const message =
    error instanceof ConfigError ? error.message : `Start-up failed: ${(error as Error).message}`;
  process.stderr.write(`${message}\n`);
  process.exit(1);
});
