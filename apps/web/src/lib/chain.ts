/** @module How a claim travelled: from its claimant, through people and media who passed it on, to each page we quote. */
import { formatNumber } from '$lib/format'
import { m } from '$lib/paraglide/messages'

export interface ChainActor {
  id: string
  name: string
}

/** A page we quote, with the agency whose wire copy it carries, if any. */
export interface ChainSource {
  id: string
  title: string
  publisher?: string
  url?: string
  /** Name of the wire agency whose story the page carries. */
  syndicates?: string
}

export type StepRole = 'claimant' | 'speaker' | 'relay'

export interface Step {
  role: StepRole
  id: string
  name: string
}

/** One way the claim reached a page: through a wire agency or not, to a publisher's page. */
export interface Ending {
  wire?: string
  publisher?: string
  source: ChainSource
}

export interface Chain {
  steps: Step[]
  endings: Ending[]
}

/** The chain from the claimant to the pages quoted, one ending per page. */
export function claimChain(input: {
  claimant: ChainActor
  speaker?: ChainActor
  via: readonly ChainActor[]
  sources: readonly ChainSource[]
}): Chain {
  const steps: Step[] = [{ role: 'claimant', ...input.claimant }]
  if (input.speaker && input.speaker.id !== input.claimant.id)
    steps.push({ role: 'speaker', ...input.speaker })
  for (const actor of input.via) steps.push({ role: 'relay', ...actor })
  const last = steps.at(-1)?.name
  const endings = [...new Map(input.sources.map((s) => [s.id, s])).values()].map((source) => ({
    // The agency's own page, or the relay just named, needs no second mention as the wire.
    ...(source.syndicates && source.syndicates !== last && source.syndicates !== source.publisher
      ? { wire: source.syndicates }
      : {}),
    ...(source.publisher ? { publisher: source.publisher } : {}),
    source,
  }))
  return { steps, endings }
}

const roleWords: Record<StepRole, (inputs: { name: string }) => string> = {
  claimant: m.claims_chain_says_claimant,
  speaker: m.claims_chain_says_speaker,
  relay: m.claims_chain_says_relay,
}

/** How one page reached us: "AFP's wire copy in Le Monde", or the publisher alone. */
function pageInWords(ending: Ending): string {
  if (ending.wire && ending.publisher)
    return m.claims_chain_page_wire({ wire: ending.wire, publisher: ending.publisher })
  if (ending.wire) return m.claims_chain_page_wire_unnamed({ wire: ending.wire })
  return ending.publisher ?? m.claims_chain_unnamed()
}

/** The chain as one sentence, for readers who prefer text to the drawing, in the page's language. */
export function chainInWords(chain: Chain): string {
  const said = chain.steps.map((s) => roleWords[s.role]({ name: s.name })).join('; ')
  const pages = chain.endings.map(pageInWords)
  const reached =
    pages.length === 0
      ? ''
      : pages.length === 1
        ? m.claims_chain_reached_one({ page: pages[0] as string })
        : m.claims_chain_reached_many({
            count: pages.length,
            n: formatNumber(pages.length),
            pages: pages.join('; '),
          })
  return `${said}${reached || '.'}`
}
