import { z } from 'zod'

/** The closed list of topics claims and events are filed under. */
export const TopicSchema = z.enum([
  'treaty',
  'deployment',
  'combat',
  'casualties',
  'prisoners',
  'confirmation',
  'withdrawal',
  'reinforcement',
  'engineers',
  'weapons-supply',
  'memorial',
  'diplomacy',
  'strategy',
  'workers',
  'russian-support',
  'denial',
])

export type Topic = z.infer<typeof TopicSchema>
