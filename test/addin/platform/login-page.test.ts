import { ApiError } from '../../../addin/src/api/errors';
import { parseLoginMessage } from '../../../addin/src/api/session';
import { loginErrorText } from '../../../addin/src/login/login';

test('the login message round-trips as JSON and anything else is ignored', () => {
  const msg = { type: 'pegaso-login', token: 'pgs_x', expiresAt: '2030-01-01T00:00:00Z', user: { username: 'rossi', displayName: 'ROSSI', role: 'EDITOR' } };
  expect(parseLoginMessage(JSON.stringify(msg))).toEqual(msg);
  expect(parseLoginMessage('{"type":"other"}')).toBeNull();
  expect(parseLoginMessage('not json')).toBeNull();
  expect(parseLoginMessage({ type: 'pegaso-login', user: {} })).toBeNull();
});

test('a rate-limited login tells how many minutes to wait', () => {
  const err = new ApiError('RATE_LIMITED', 'Troppi tentativi', { retryAfterSeconds: 290 });
  expect(loginErrorText(err)).toBe('Troppi tentativi non riusciti: riprovare tra 5 minuti.');
  expect(loginErrorText(new ApiError('RATE_LIMITED', 'x', { retryAfterSeconds: 30 }))).toBe('Troppi tentativi non riusciti: riprovare tra 1 minuto.');
});

test('a wrong password shows the server\'s Italian message', () => {
  expect(loginErrorText(new ApiError('INVALID_CREDENTIALS', 'Nome utente o password non corretti.'))).toBe('Nome utente o password non corretti.');
});
