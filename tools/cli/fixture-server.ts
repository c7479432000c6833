/**
 * The fixture server (tests/e2e/fixture-server.ts) for the browser tools (tools/bench-page.ts,
 * tools/trace-load.ts): started as a child process on a port, ready when its /health answers.
 */
import { type ChildProcess, spawn } from 'node:child_process';

/** Starts the server on `port` and resolves once it answers; rejects (and stops it) after ~10 s. */
export async function startFixtureServer(port: number): Promise<ChildProcess> {
  const server = spawn('npx', ['tsx', 'tests/e2e/fixture-server.ts', String(port)], { stdio: 'ignore' });
  const origin = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`${origin}/health`)).ok) return server;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  server.kill();
  throw new Error(`fixture server did not start on ${origin}`);
}
