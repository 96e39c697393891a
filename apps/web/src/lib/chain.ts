/** @module How a claim travelled: from its claimant, through people and media who passed it on, to each page we quote. */

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

const roleWords: Record<StepRole, string> = {
  claimant: 'claims it',
  speaker: 'spoke for it',
  relay: 'passed it on',
}

/** The chain as one sentence, for readers who prefer text to the drawing. */
export function chainInWords(chain: Chain): string {
  const said = chain.steps.map((s) => `${s.name} ${roleWords[s.role]}`).join('; ')
  const pages = chain.endings.map((e) =>
    [e.wire && `${e.wire}'s wire copy`, e.publisher ?? 'an unnamed publisher'].filter(Boolean).join(' in '),
  )
  const reached =
    pages.length === 0
      ? ''
      : pages.length === 1
        ? `; it reached us through ${pages[0]}.`
        : `; it reached us in ${pages.length} pages: ${pages.join('; ')}.`
  return `${said}${reached || '.'}`
}
