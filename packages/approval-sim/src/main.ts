import { startApprovalSim } from './server';
import type { FaultSettings } from './types';

function parsePort(argv: string[]): number {
  const index = argv.indexOf('--port');
  const fromArg = index >= 0 ? argv[index + 1] : undefined;
  const raw = fromArg ?? process.env.APPROVAL_SIM_PORT ?? '4100';
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`invalid port: ${raw}`);
  }
  return port;
}

function parseFaults(raw: string | undefined): Partial<FaultSettings> | undefined {
  if (!raw) {
    return undefined;
  }
  return JSON.parse(raw) as Partial<FaultSettings>;
}

async function main(): Promise<void> {
  const sim = await startApprovalSim({
    port: parsePort(process.argv.slice(2)),
    host: '127.0.0.1',
    faults: parseFaults(process.env.APPROVAL_SIM_FAULTS),
  });
  process.stdout.write(`approval-sim listening on ${sim.url}\n`);
  let stopping = false;
  const stop = (): void => {
    if (stopping) {
      return;
    }
    stopping = true;
    sim.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

main().catch((err: unknown) => {
  process.stderr.write(
    `approval-sim failed to start: ${err instanceof Error ? err.message : String(err)}\n`,
  );
  process.exit(1);
});
