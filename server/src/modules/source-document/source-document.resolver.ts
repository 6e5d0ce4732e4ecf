import { FieldResolver, ID, Resolver, Root } from 'type-graphql';
import { toGlobalId } from '../../common/global-id';
import { SourceDocument } from './source-document.entity';

@Resolver(() => SourceDocument)
export class SourceDocumentResolver {
  @FieldResolver(() => ID, { description: 'Opaque global id.' })
  id(@Root() d: SourceDocument): string {
    return toGlobalId('SourceDocument', d.id);
  }
}
