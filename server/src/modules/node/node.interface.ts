import { Field, ID, InterfaceType } from 'type-graphql';

/** Anything with a global id, fetchable with node(id:). */
@InterfaceType({
  description: 'An object with an opaque global id, fetchable with node(id:) / nodes(ids:).',
  resolveType: (value: object) => value.constructor.name,
})
export abstract class Node {
  @Field(() => ID, { description: 'Opaque global id.' })
  id!: string;
}
