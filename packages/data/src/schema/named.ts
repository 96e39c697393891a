/** @module The schema behind each public type name: the build declares these types for zod-free consumers. */
import { ActorKindSchema, ActorSchema } from './actor.ts'
import {
  ClaimInputSchema,
  ClaimKindSchema,
  ClaimSchema,
  ClaimStatusSchema,
  CredibilityGradeSchema,
  CredibilitySchema,
  EvidenceSchema,
  RelationSchema,
  RelationTypeSchema,
  StatusChangeSchema,
} from './claim.ts'
import { ContingentInputSchema, ContingentKindSchema, ContingentSchema } from './contingent.ts'
import { ChangelogEntrySchema, DatasetMetaSchema, DatasetSchema } from './dataset.ts'
import { EventInputSchema, EventKindSchema, EventSchema } from './event.ts'
import {
  BasisSchema,
  BoundSchema,
  DerivationSchema,
  ExtentSchema,
  FigureInputSchema,
  FigureSchema,
  IncludesSchema,
  LimitSchema,
  ModalitySchema,
  ScopeSchema,
} from './figure.ts'
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
  ContingentKind: ContingentKindSchema,
  CredibilityGrade: CredibilityGradeSchema,
  Derivation: DerivationSchema,
  Extent: ExtentSchema,
  Modality: ModalitySchema,
  EventKind: EventKindSchema,
  Includes: IncludesSchema,
  PlaceKind: PlaceKindSchema,
  QuantityKind: QuantityKindSchema,
  RelationType: RelationTypeSchema,
  ReliabilityGrade: ReliabilityGradeSchema,
  SourceKind: SourceKindSchema,
  Topic: TopicSchema,
  Unit: UnitSchema,
  Basis: BasisSchema,
  Credibility: CredibilitySchema,
  Evidence: EvidenceSchema,
  Relation: RelationSchema,
  Scope: ScopeSchema,
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
  Contingent: ContingentSchema,
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
  ContingentInput: ContingentInputSchema,
}

/** The record folders under `data/` and the authoring schema of each. */
export const authoringSchemas = {
  claim: ClaimInputSchema,
  event: EventInputSchema,
  source: SourceInputSchema,
  actor: ActorSchema,
  place: PlaceSchema,
  contingent: ContingentInputSchema,
  dataset: DatasetMetaSchema,
}
