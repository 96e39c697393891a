/** @module The schema behind each public type name: the build declares these types for zod-free consumers. */
import { ActorKindSchema, ActorSchema } from './actor.ts'
import {
  ClaimInputSchema,
  ClaimKindSchema,
  ClaimSchema,
  ClaimStatusSchema,
  EvidenceSchema,
  RelationSchema,
  RelationTypeSchema,
  StatusChangeSchema,
} from './claim.ts'
import { ChangelogEntrySchema, DatasetMetaSchema, DatasetSchema } from './dataset.ts'
import { EventInputSchema, EventKindSchema, EventSchema } from './event.ts'
import { BoundSchema, FigureInputSchema, FigureSchema, IncludesSchema, LimitSchema } from './figure.ts'
import { PlaceKindSchema, PlaceSchema } from './place.ts'
import { QuantityKindSchema, UnitSchema } from './quantity.ts'
import { ReliabilityGradeSchema, SourceInputSchema, SourceKindSchema, SourceSchema } from './source.ts'
import { SpanSchema } from './span.ts'
import { TopicSchema } from './topic.ts'

/** Vocabularies and parts that read the same as authored and as emitted. */
const shared = {
  ActorKind: ActorKindSchema,
  Bound: BoundSchema,
  ClaimKind: ClaimKindSchema,
  ClaimStatus: ClaimStatusSchema,
  EventKind: EventKindSchema,
  Includes: IncludesSchema,
  PlaceKind: PlaceKindSchema,
  QuantityKind: QuantityKindSchema,
  RelationType: RelationTypeSchema,
  ReliabilityGrade: ReliabilityGradeSchema,
  SourceKind: SourceKindSchema,
  Topic: TopicSchema,
  Unit: UnitSchema,
  Evidence: EvidenceSchema,
  Relation: RelationSchema,
  StatusChange: StatusChangeSchema,
}

/** Types of the emitted dataset (`dataset.json`, the query API). */
export const outputTypes = {
  ...shared,
  Span: SpanSchema,
  Limit: LimitSchema,
  Figure: FigureSchema,
  Claim: ClaimSchema,
  Event: EventSchema,
  Source: SourceSchema,
  Actor: ActorSchema,
  Place: PlaceSchema,
  ChangelogEntry: ChangelogEntrySchema,
  DatasetMeta: DatasetMetaSchema,
  Dataset: DatasetSchema,
}

/** Types of records as authored in `data/**.yaml`, before the build derives anything. */
export const inputTypes = {
  ...shared,
  FigureInput: FigureInputSchema,
  ClaimInput: ClaimInputSchema,
  EventInput: EventInputSchema,
  SourceInput: SourceInputSchema,
  ActorInput: ActorSchema,
  PlaceInput: PlaceSchema,
}

/** The record folders under `data/` and the authoring schema of each. */
export const authoringSchemas = {
  claim: ClaimInputSchema,
  event: EventInputSchema,
  source: SourceInputSchema,
  actor: ActorSchema,
  place: PlaceSchema,
  dataset: DatasetMetaSchema,
}
