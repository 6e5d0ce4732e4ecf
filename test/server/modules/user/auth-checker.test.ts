import { canEditCenter, hasRole } from '../../../../server/src/modules/user/auth-checker';
import { AuthUser } from '../../../../server/src/modules/user/auth-user';
import { Role } from '../../../../server/src/modules/user/user.entity';

const as = (role: Role, centerIds: number[] = []): AuthUser => ({ id: 1, username: 'u', displayName: 'U', role, centerIds });

describe('authorisation helpers', () => {
  it('lets an EDITOR edit only its CdRs, CONTROLLER and ADMIN every CdR, a VIEWER none', () => {
    expect(canEditCenter(as(Role.EDITOR, [3]), 3)).toBe(true);
    expect(canEditCenter(as(Role.EDITOR, [3]), 4)).toBe(false);
    expect(canEditCenter(as(Role.EDITOR, [3]), null)).toBe(false);
    expect(canEditCenter(as(Role.CONTROLLER), 4)).toBe(true);
    expect(canEditCenter(as(Role.ADMIN), null)).toBe(true);
    expect(canEditCenter(as(Role.VIEWER, [3]), 3)).toBe(false);
  });

  it('lets ADMIN pass every role check and the others only their own', () => {
    expect(hasRole(as(Role.ADMIN), [Role.CONTROLLER])).toBe(true);
    expect(hasRole(as(Role.CONTROLLER), [Role.CONTROLLER, Role.EDITOR])).toBe(true);
    expect(hasRole(as(Role.EDITOR), [Role.CONTROLLER])).toBe(false);
    expect(hasRole(as(Role.VIEWER), [])).toBe(true);
  });
});
