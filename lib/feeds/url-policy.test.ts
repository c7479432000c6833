import { describe, expect, it } from 'vitest';
import { feedUrlProblem } from './url-policy';

describe('feedUrlProblem', () => {
  const strict = { allowLoopbackHttp: false };
  const dev = { allowLoopbackHttp: true };

  it('allows https', () => {
    expect(feedUrlProblem('https://rules.lurewatch.org/core/index.json', strict)).toBeNull();
  });

  it('refuses http, even to loopback, unless the build allows it', () => {
    expect(feedUrlProblem('http://rules.lurewatch.org/core/index.json', dev)).toMatch(/https/);
    expect(feedUrlProblem('http://127.0.0.1:4603/index.json', strict)).toMatch(/loopback/);
    expect(feedUrlProblem('http://127.0.0.1:4603/index.json', dev)).toBeNull();
    expect(feedUrlProblem('http://localhost/index.json', dev)).toBeNull();
    expect(feedUrlProblem('http://[::1]:80/index.json', dev)).toBeNull();
  });

  it('refuses a loopback look-alike and other schemes', () => {
    expect(feedUrlProblem('http://127.0.0.1.evil.example/index.json', dev)).toMatch(/https/);
    expect(feedUrlProblem('file:///etc/passwd', dev)).toMatch(/https/);
    expect(feedUrlProblem('data:application/json,{}', dev)).toMatch(/https/);
    expect(feedUrlProblem('not a url', dev)).toMatch(/not a URL/);
  });

  it('refuses credentials in the URL', () => {
    expect(feedUrlProblem('https://user:pw@rules.example/index.json', strict)).toMatch(/credentials/);
  });
});
