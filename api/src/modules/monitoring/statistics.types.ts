/** GraphQL types of the statistics: tables of counts and minutes, single figures, their definitions. */
import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { LocalizedText } from '../staff/counsellor.entity.js';
import { StatisticsFigureKey, StatisticsGrouping } from './statistics.definitions.js';

registerEnumType(StatisticsGrouping, { name: 'StatisticsGrouping' });
registerEnumType(StatisticsFigureKey, { name: 'StatisticsFigureKey' });

export enum StatisticsUnit {
  COUNT = 'COUNT',
  MINUTES = 'MINUTES',
}
registerEnumType(StatisticsUnit, { name: 'StatisticsUnit' });

@InputType({ description: 'Days in the organisation timezone, both included.' })
export class StatisticsPeriodInput {
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD. @default 1 January of this year' })
  from?: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD. @default the last day of this month' })
  to?: string | null;
}

@ObjectType()
export class StatisticsPeriod {
  @Field(() => String) from!: string;
  @Field(() => String) to!: string;
}

@ObjectType()
export class StatisticsRow {
  @Field(() => String, {
    nullable: true,
    description: 'Channel, topic id, counsellor id or month (YYYY-MM); null for "no channel".',
  })
  key!: string | null;
  @Field(() => String) label!: string;
  @Field(() => Int) count!: number;
  @Field(() => Int) minutes!: number;
}

@ObjectType()
export class StatisticsTable {
  @Field(() => StatisticsGrouping) grouping!: StatisticsGrouping;
  @Field(() => String, { description: 'In the requested language.' }) title!: string;
  @Field(() => String, { description: 'What is counted, in the requested language.' }) definition!: string;
  @Field(() => [LocalizedText], { description: 'The definition in German and English.' })
  definitions!: LocalizedText[];
  @Field(() => [StatisticsRow]) rows!: StatisticsRow[];
}

@ObjectType()
export class StatisticsFigure {
  @Field(() => StatisticsFigureKey) key!: StatisticsFigureKey;
  @Field(() => String) label!: string;
  @Field(() => Float, { nullable: true, description: 'Null when it cannot be computed (a median of nothing).' })
  value!: number | null;
  @Field(() => StatisticsUnit) unit!: StatisticsUnit;
  @Field(() => String, { description: 'What is counted, in the requested language.' }) definition!: string;
  @Field(() => [LocalizedText], { description: 'The definition in German and English.' })
  definitions!: LocalizedText[];
}

@ObjectType()
export class MonitoringStatistics {
  @Field(() => StatisticsPeriod) period!: StatisticsPeriod;
  @Field(() => ID, { nullable: true, description: 'Whose figures: a counsellor, or null for the organisation.' })
  counsellorId!: string | null;
  @Field(() => String, { description: 'Language of labels and definitions: "de" or "en".' }) language!: string;
  @Field(() => [StatisticsFigure]) figures!: StatisticsFigure[];
  @Field(() => [StatisticsTable], { description: 'By channel, topic, counsellor and month.' })
  tables!: StatisticsTable[];
}
