import { Field, ObjectType } from 'type-graphql';
import { Node } from '../node/node.interface';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** Persona: a responsible or involved person, one record whatever case or name order documents use. */
@ObjectType({ implements: Node, description: 'Persona: a responsabile or soggetto coinvolto.' })
@Entity('person')
export class Person {
  @PrimaryGeneratedColumn()
  id!: number;

  @Field({ description: 'Nome as first printed, in upper case: CARUSO GIANLUCA.' })
  @Column({ type: 'varchar', length: 255 })
  displayName!: string;

  /** Order- and case-insensitive key: "CINQUANTA PAOLA" and "paola cinquanta" share "CINQUANTA PAOLA". */
  @Column({ type: 'varchar', length: 255, unique: true })
  nameKey!: string;
}
