import type { Actor } from '@dprk/data'
import { m } from '$lib/paraglide/messages'

const actorKinds: Record<Actor['kind'], () => string> = {
  state: m.rec_actor_kind_state,
  person: m.rec_actor_kind_person,
  agency: m.rec_actor_kind_agency,
  'armed-force': m.rec_actor_kind_armed_force,
  unit: m.rec_actor_kind_unit,
  media: m.rec_actor_kind_media,
  organisation: m.rec_actor_kind_organisation,
  officials: m.rec_actor_kind_officials,
}

/** What kind of actor it is, in the page's language: "armed force", "군", "збройні сили". */
export const actorKindInWords = (kind: string): string =>
  actorKinds[kind as Actor['kind']]?.() ?? kind.replace('-', ' ')
