/** @module The quantity kinds and units as plain data, with no zod: safe to ship to browsers. */

/** Units a figure can be in; each quantity kind has exactly one. */
export const units = [
  'persons',
  'persons-per-day',
  'rounds',
  'missiles',
  'pieces',
  'devices',
  'km',
  'km2',
  'hectares',
  'percent',
  'days',
  'containers',
  'barrels',
  'tonnes',
  'usd',
] as const
export type Unit = (typeof units)[number]

/**
 * The closed vocabulary of what figures count. Kinds that must never be summed together are different kinds:
 * killed, wounded and casualties (killed + wounded, plus what the figure's `includes` says) stay apart.
 */
export const quantityKinds = {
  'troops-sent': {
    unit: 'persons',
    label: 'troops sent',
    description: 'North Korean personnel sent to Russia',
  },
  'troops-present': {
    unit: 'persons',
    label: 'troops present',
    description: 'North Korean personnel present in a given place at a given time',
  },
  killed: { unit: 'persons', label: 'killed', description: 'North Korean personnel killed' },
  wounded: { unit: 'persons', label: 'wounded', description: 'North Korean personnel wounded' },
  casualties: {
    unit: 'persons',
    label: 'casualties',
    description: 'Killed and wounded together; the figure says what else it includes (missing, captured)',
  },
  captured: { unit: 'persons', label: 'captured', description: 'North Korean personnel taken prisoner' },
  'casualty-rate': {
    unit: 'persons-per-day',
    label: 'casualties per day',
    description: 'North Korean killed and wounded per day',
  },
  'wounded-repatriated': {
    unit: 'persons',
    label: 'wounded sent home',
    description: 'Wounded North Korean personnel returned to North Korea',
  },
  'remains-repatriated': {
    unit: 'persons',
    label: 'remains sent home',
    description: 'North Korean dead whose remains were returned to North Korea',
  },
  'ukrainian-casualties': {
    unit: 'persons',
    label: 'Ukrainian casualties',
    description: 'Ukrainian killed and wounded (as claimed by Russia)',
  },
  'russian-casualties': {
    unit: 'persons',
    label: 'Russian casualties',
    description: 'Russian killed and wounded (as claimed by Ukraine)',
  },
  'artillery-shells-supplied': {
    unit: 'rounds',
    label: 'artillery shells supplied',
    description: 'Artillery rounds North Korea supplied to Russia',
  },
  'missiles-supplied': {
    unit: 'missiles',
    label: 'missiles supplied',
    description: 'Missiles supplied to Russia',
  },
  'weapon-systems-supplied': {
    unit: 'pieces',
    label: 'weapon systems supplied',
    description: 'Artillery pieces and launchers supplied to Russia',
  },
  distance: { unit: 'km', label: 'distance', description: 'A distance travelled or between places' },
  area: { unit: 'km2', label: 'area', description: 'An area of territory' },
  'area-demined': {
    unit: 'hectares',
    label: 'area demined',
    description: 'Land cleared of mines and explosives',
  },
  'explosives-destroyed': {
    unit: 'devices',
    label: 'explosive devices destroyed',
    description: 'Mines and unexploded ordnance destroyed',
  },
  completion: { unit: 'percent', label: 'completion', description: 'How far a construction is complete' },
  'share-of-force': {
    unit: 'percent',
    label: 'share of the force',
    description: 'A share of the deployed North Korean force, e.g. the share that became casualties',
  },
  duration: { unit: 'days', label: 'duration', description: 'A length of time' },
  'workers-sent': {
    unit: 'persons',
    label: 'workers sent',
    description: 'North Korean labourers (not troops) sent to work in Russia',
  },
  'missiles-fired': {
    unit: 'missiles',
    label: 'North Korean missiles fired',
    description: 'North Korean-made missiles Russia fired at Ukraine',
  },
  'containers-supplied': {
    unit: 'containers',
    label: 'containers shipped',
    description: 'Shipping containers of munitions North Korea sent to Russia',
  },
  'oil-supplied': {
    unit: 'barrels',
    label: 'oil supplied',
    description: 'Oil Russia supplied to North Korea',
  },
  'food-supplied': {
    unit: 'tonnes',
    label: 'food supplied',
    description: 'Food Russia supplied to North Korea',
  },
  payments: { unit: 'usd', label: 'payments', description: 'Money paid to North Korea, in US dollars' },
} as const satisfies Record<string, { unit: Unit; label: string; description: string }>

export type QuantityKind = keyof typeof quantityKinds

/** Kinds that count people killed, wounded, missing or captured: their figures must say what they include. */
export const casualtyKinds: readonly QuantityKind[] = [
  'killed',
  'wounded',
  'casualties',
  'captured',
  'casualty-rate',
  'ukrainian-casualties',
  'russian-casualties',
]
