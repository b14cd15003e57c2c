import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_BEARER_TOKEN } from '../../src/local-metronome/config.js';

const children: ChildProcess[] = [];

function start(env: Record<string, string>): { child: ChildProcess; output: () => string } {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  return { child, output: () => output };
}

async function waitFor(output: () => string, pattern: RegExp, timeoutMs = 25_000): Promise<RegExpMatchArray> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const match = output().match(pattern);
    if (match) return match;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${pattern}; output:\n${output()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

afterEach(() => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
});

describe('npm start', () => {
  it('starts a Local Metronome with demo data and the gateway, serves /ready and /graphql, and stops on SIGTERM', async () => {
    const { child, output } = start({ PORT: '0', HOST: '127.0.0.1', LOCAL_METRONOME_PORT: '0', LOCAL_METRONOME_DB: ':memory:' });
    const [, url] = await waitFor(output, /GraphQL gateway at (http:\/\/\S+)\/graphql/);
    const [, localUrl] = output().match(/Local Metronome \(demo data, :memory:\) at (http:\/\/127\.0\.0\.1:\d+)/)!;
    expect((await fetch(`${url}/ready`)).status).toBe(200);
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ customers(first: 2) { nodes { name } } }' }),
    });
    const upstream = await fetch(`${localUrl}/v1/customers?limit=2`, { headers: { authorization: `Bearer ${DEFAULT_BEARER_TOKEN}` } });
    const demoCustomers = ((await upstream.json()) as { data: { name: string }[] }).data.map(({ name }) => ({ name }));
    expect(demoCustomers).toHaveLength(2);
    expect(await response.json()).toEqual({ data: { customers: { nodes: demoCustomers } } });
    child.kill('SIGTERM');
    const [code] = await once(child, 'exit');
    expect(code).toBe(0);
    expect(output()).not.toContain(DEFAULT_BEARER_TOKEN);
  }, 40_000);

  it('fails fast, saying how to fix it, when METRONOME_API_URL is set without a token', async () => {
    const { child, output } = start({ METRONOME_API_URL: 'https://api.metronome.com' });
    const [code] = await once(child, 'exit');
    expect(code).toBe(1);
    expect(output().trim()).toBe(
      'Invalid configuration:\n  - METRONOME_BEARER_TOKEN is required when METRONOME_API_URL is set: create an API token in the Metronome app (Connections → API tokens) and export it',
    );
  }, 20_000);
});
