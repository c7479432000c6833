/** The part of web-ext's programmatic API the tools use (web-ext ships no types). */
declare module 'web-ext' {
  interface ExtensionRunner {
    exit(): Promise<void>;
  }
  interface RunParams {
    sourceDir: string;
    firefox?: string;
    noInput?: boolean;
    noReload?: boolean;
    args?: string[];
  }
  const webExt: {
    cmd: { run(params: RunParams, options?: { shouldExitProgram?: boolean }): Promise<ExtensionRunner> };
  };
  export default webExt;
}
