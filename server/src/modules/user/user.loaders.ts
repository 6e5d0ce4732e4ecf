import DataLoader from 'dataloader';
import { RequestContext } from '../../graphql/context';
import { UserService } from './user.service';

const perRequest = new WeakMap<object, DataLoader<number, number[]>>();

/** Per-request DataLoader: the CdR ids of users, one query per batch. */
export function centerIdsByUser(ctx: RequestContext): DataLoader<number, number[]> {
  let loader = perRequest.get(ctx);
  if (!loader) {
    loader = new DataLoader((ids) => new UserService(ctx.db).centerIdsOf(ids));
    perRequest.set(ctx, loader);
  }
  return loader;
}
