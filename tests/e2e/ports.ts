/** The fixture server listens on loopback only; tests never touch the real network. */
export const FIXTURE_PORT = Number(process.env.LUREWATCH_FIXTURE_PORT ?? 4517);
export const FIXTURE_ORIGIN = `http://127.0.0.1:${FIXTURE_PORT}`;
