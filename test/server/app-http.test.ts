import { IncomingMessage } from 'node:http';
import { clientAddress } from '../../server/src/app';

const req = (forwarded?: string) => ({ headers: forwarded ? { 'x-forwarded-for': forwarded } : {}, socket: { remoteAddress: '10.0.0.5' } }) as unknown as IncomingMessage;

describe('the client address used by the login rate limit', () => {
  it('is the socket address unless the proxy is trusted', () => {
    expect(clientAddress(req('203.0.113.7, 10.0.0.5'), false)).toBe('10.0.0.5');
    expect(clientAddress(req('203.0.113.7, 10.0.0.5'), true)).toBe('203.0.113.7');
    expect(clientAddress(req(), true)).toBe('10.0.0.5');
  });
});

describe('keep-alive', () => {
  it('keeps idle connections longer than clients do, so a reused connection is never reset by the server', async () => {
    const { createApp, KEEP_ALIVE_MS } = await import('../../server/src/app');
    const { loadConfig } = await import('../../server/src/config');
    const pino = (await import('pino')).default;
    const app = await createApp(loadConfig({ LOG_LEVEL: 'silent' }), { ping: async () => true } as never, pino({ level: 'silent' }));
    expect(app.server.keepAliveTimeout).toBe(KEEP_ALIVE_MS);
    expect(app.server.headersTimeout).toBeGreaterThan(KEEP_ALIVE_MS);
    await app.close();
  });
});
