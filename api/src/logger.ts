/**
 * A one-line-per-event logger. Callers pass structured fields; nothing here ever receives a request
 * body, a password, a token or a record's content (see docs/security.md: what is logged).
 */
export interface Logger {
  info(event: string, fields?: Record<string, unknown>): void;
  warn(event: string, fields?: Record<string, unknown>): void;
  error(event: string, fields?: Record<string, unknown>): void;
}

const write = (level: string, event: string, fields?: Record<string, unknown>) => {
  const line = JSON.stringify({ t: new Date().toISOString(), level, event, ...fields });
  (level === 'info' ? process.stdout : process.stderr).write(line + '\n');
};

export const consoleLogger: Logger = {
  info: (e, f) => write('info', e, f),
  warn: (e, f) => write('warn', e, f),
  error: (e, f) => write('error', e, f),
};

export const silentLogger: Logger = { info() {}, warn() {}, error() {} };

/** For tests that assert on what was logged. */
export function memoryLogger(): Logger & { lines: string[] } {
  const lines: string[] = [];
  const push = (level: string) => (event: string, fields?: Record<string, unknown>) =>
    void lines.push(JSON.stringify({ level, event, ...fields }));
  return { lines, info: push('info'), warn: push('warn'), error: push('error') };
}
