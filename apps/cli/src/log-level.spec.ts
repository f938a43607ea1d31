import { logs, takeLogLevel } from './log-level';

describe('takeLogLevel', () => {
  it('takes --log-level LEVEL or --log-level=LEVEL from anywhere on the command line', () => {
    expect(takeLogLevel(['--log-level', 'debug', 'ingest', 'seeds'])).toEqual({ level: 'debug', args: ['ingest', 'seeds'] });
    expect(takeLogLevel(['ingest', 'seeds', '--log-level=trace', '--workers', '2'])).toEqual({ level: 'trace', args: ['ingest', 'seeds', '--workers', '2'] });
    expect(takeLogLevel(['help'])).toEqual({ args: ['help'] });
  });

  it('refuses a level it does not know, or none', () => {
    expect(() => takeLogLevel(['--log-level', 'loud', 'help'])).toThrow('--log-level expects one of fatal, error, warn, info, debug, trace, silent, got "loud"');
    expect(() => takeLogLevel(['help', '--log-level'])).toThrow('got ""');
  });
});

describe('logs', () => {
  it('says whether a level writes an event', () => {
    expect(logs('warn', 'info')).toBe(false);
    expect(logs('info', 'info')).toBe(true);
    expect(logs('trace', 'error')).toBe(true);
    expect(logs('silent', 'fatal')).toBe(false);
  });
});
