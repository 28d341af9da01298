// Starts the built Helpline.Server on a free 127.0.0.1 port for one test file, and stops it.
import { spawn } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const projectDir = path.join(repoRoot, 'src/Helpline.Server');

/** HELPLINE_SERVER_DLL, else the newest of the Debug and Release builds. */
export function serverDll() {
  if (process.env.HELPLINE_SERVER_DLL) return process.env.HELPLINE_SERVER_DLL;
  const candidates = ['Debug', 'Release']
    .map((c) => path.join(projectDir, 'bin', c, 'net10.0', 'Helpline.Server.dll'))
    .filter((p) => existsSync(p))
    .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs);
  if (candidates.length === 0) throw new Error('Helpline.Server is not built: run `dotnet build src/Helpline.Server` first.');
  return candidates[0];
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

export const directLineSecret = 'e2e-directline-secret-0123456789abcdef';

export async function startHelpline(extraEnv = {}) {
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const output = [];
  const child = spawn('dotnet', [serverDll(), '--urls', baseUrl], {
    cwd: projectDir,
    env: {
      ...process.env,
      ASPNETCORE_ENVIRONMENT: 'Development',
      DirectLine__Secret: directLineSecret,
      DirectLine__TokensPerMinutePerClient: '1000',
      Logging__LogLevel__Default: 'Warning',
      ...extraEnv,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const keep = (chunk) => {
    output.push(chunk.toString());
    if (output.length > 200) output.shift();
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  let exited = false;
  child.on('exit', () => { exited = true; });

  const deadline = Date.now() + 60_000;
  for (;;) {
    if (exited) throw new Error(`Helpline.Server exited during start:\n${output.join('')}`);
    try {
      const res = await fetch(`${baseUrl}/health`);
      if (res.ok) break;
    } catch { /* not listening yet */ }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`Helpline.Server did not become healthy in 60 s:\n${output.join('')}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }

  return {
    baseUrl,
    output,
    async stop() {
      if (exited) return;
      const done = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await done;
      clearTimeout(timer);
    },
  };
}
