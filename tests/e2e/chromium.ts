/**
 * How every browser run here starts Debian's Chromium (browser tests, the page benchmark, screenshots).
 * The network flags matter: without them Chromium keeps trying Google's hosts, which this machine's
 * closed network refuses (../shared/TOOLCHAIN.md).
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** The flags that load one unpacked extension (and no other). */
export function extensionArgs(extensionPath: string): string[] {
  return [`--disable-extensions-except=${extensionPath}`, `--load-extension=${extensionPath}`];
}
