/** A rectangle in SVG user units: top-left corner, width and height. */
export interface Box {
  x: number
  y: number
  width: number
  height: number
}

/** A point to label: a marker of radius `r` at (x, y). */
export interface LabelRequest {
  id: string
  x: number
  y: number
  text: string
  /** The marker's radius; 0 for a label with no marker (a country name). */
  r: number
  /** Font size in user units; defaults to the layout's. */
  fontSize?: number
  /** Bold text is wider. */
  bold?: boolean
  /** Country names may be dropped when there is no room; places never are. */
  optional?: boolean
}

/** Where a label went: text position (vertical centre) and anchor, its box, and a leader line when moved away. */
export interface PlacedLabel {
  id: string
  x: number
  y: number
  anchor: 'start' | 'middle' | 'end'
  box: Box
  leader: { x1: number; y1: number; x2: number; y2: number } | null
  /** True when no spot was free and the least crowded one was taken. */
  overlaps: boolean
}

export interface LabelLayout {
  width: number
  height: number
  fontSize: number
  /** Space kept free around each label, in user units. */
  padding?: number
  /** Boxes labels must avoid: the route's label, a legend. */
  obstacles?: Box[]
  /** How far a label may be pushed from its marker, in steps of one line height. */
  maxSteps?: number
}

// Average glyph widths in em for a sans-serif face: a server has no font metrics, so estimate generously.
const narrow = new Set("ijlt.,:;!|'’ ()[]fr1Iії")
const wide = new Set('mwMW@ЖШЩЮМФжшщюмф')
// Hangul syllables and jamo and CJK ideographs are set full width.
const fullWidth = /[\u1100-\u11FF\u3130-\u318F\u3400-\u9FFF\uAC00-\uD7AF\uFF00-\uFF60]/

/** The width of `text` set at `fontSize`, estimated from glyph classes; errs wide so labels do not collide. */
export function textWidth(text: string, fontSize: number, bold = false): number {
  let em = 0
  for (const char of text) {
    if (narrow.has(char)) em += 0.32
    else if (wide.has(char)) em += 0.9
    else if (fullWidth.test(char)) em += 1
    else if ((char >= 'A' && char <= 'Z') || (char >= 'А' && char <= 'Я') || 'ЄІЇҐ'.includes(char)) em += 0.7
    else if (char >= '0' && char <= '9') em += 0.58
    // Cyrillic lower case runs wider than Latin in common sans-serif faces.
    else if ((char >= 'а' && char <= 'я') || 'єґ'.includes(char)) em += 0.63
    else em += 0.57
  }
  return em * fontSize * (bold ? 1.08 : 1)
}

/** Whether two boxes overlap (touching edges do not). */
export function boxesOverlap(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height
}

/** Whether the segment from (x1, y1) to (x2, y2) passes through the box (Liang–Barsky clipping). */
export function segmentHitsBox(x1: number, y1: number, x2: number, y2: number, box: Box): boolean {
  const dx = x2 - x1
  const dy = y2 - y1
  let t0 = 0
  let t1 = 1
  const edges: [number, number][] = [
    [-dx, x1 - box.x],
    [dx, box.x + box.width - x1],
    [-dy, y1 - box.y],
    [dy, box.y + box.height - y1],
  ]
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q < 0) return false
    } else {
      const t = q / p
      if (p < 0) t0 = Math.max(t0, t)
      else t1 = Math.min(t1, t)
      if (t0 > t1) return false
    }
  }
  return true
}

const grow = (box: Box, by: number): Box => ({
  x: box.x - by,
  y: box.y - by,
  width: box.width + 2 * by,
  height: box.height + 2 * by,
})

// Directions in order of preference: beside the marker reads best, then above and below, then the diagonals.
const directions: [number, number][] = [
  [1, 0],
  [-1, 0],
  [0, -1],
  [0, 1],
  [1, -1],
  [1, 1],
  [-1, -1],
  [-1, 1],
]

interface Candidate {
  label: PlacedLabel
  cost: number
}

function candidates(request: LabelRequest, layout: LabelLayout): Candidate[] {
  const fontSize = request.fontSize ?? layout.fontSize
  const width = textWidth(request.text, fontSize, request.bold)
  const height = fontSize * 1.25
  const gap = request.r + fontSize * 0.35
  const step = height
  const maxSteps = request.optional ? 0 : (layout.maxSteps ?? 6)
  const out: Candidate[] = []
  if (request.r === 0) {
    // A label without a marker sits on its point.
    const box = { x: request.x - width / 2, y: request.y - height / 2, width, height }
    out.push({
      label: {
        id: request.id,
        x: request.x,
        y: request.y,
        anchor: 'middle',
        box,
        leader: null,
        overlaps: false,
      },
      cost: 0,
    })
  }
  for (let stepIndex = 0; stepIndex <= maxSteps; stepIndex++) {
    directions.forEach(([dx, dy], rank) => {
      if (request.r === 0) return
      // Beside: pushed out horizontally by whole steps; above/below and diagonals: pushed by steps both ways.
      const push = stepIndex * step
      const ax = request.x + dx * (gap + push * (dy === 0 ? 1.6 : 0.9))
      const ay = request.y + dy * (dx === 0 ? gap + height / 2 + push : height / 2 + push * 0.9)
      const anchor = dx > 0 ? 'start' : dx < 0 ? 'end' : 'middle'
      const left = anchor === 'start' ? ax : anchor === 'end' ? ax - width : ax - width / 2
      const box = { x: left, y: ay - height / 2, width, height }
      let leader: PlacedLabel['leader'] = null
      if (stepIndex > 0) {
        // From the marker's edge to the nearest point of the label's box.
        const nx = Math.min(Math.max(request.x, box.x), box.x + box.width)
        const ny = Math.min(Math.max(request.y, box.y), box.y + box.height)
        const length = Math.hypot(nx - request.x, ny - request.y) || 1
        leader = {
          x1: request.x + ((nx - request.x) / length) * request.r,
          y1: request.y + ((ny - request.y) / length) * request.r,
          x2: nx,
          y2: ny,
        }
      }
      out.push({
        label: { id: request.id, x: ax, y: ay, anchor, box, leader, overlaps: false },
        cost: stepIndex * 10 + rank,
      })
    })
  }
  return out
}

/** Whether two segments cross (sharing an end point does not count). */
export function segmentsCross(
  a: { x1: number; y1: number; x2: number; y2: number },
  b: { x1: number; y1: number; x2: number; y2: number },
): boolean {
  const side = (px: number, py: number, qx: number, qy: number, rx: number, ry: number) =>
    Math.sign((qx - px) * (ry - py) - (qy - py) * (rx - px))
  return (
    side(a.x1, a.y1, a.x2, a.y2, b.x1, b.y1) * side(a.x1, a.y1, a.x2, a.y2, b.x2, b.y2) < 0 &&
    side(b.x1, b.y1, b.x2, b.y2, a.x1, a.y1) * side(b.x1, b.y1, b.x2, b.y2, a.x2, a.y2) < 0
  )
}

type Leader = NonNullable<PlacedLabel['leader']>

/**
 * Places a label for every request without overlaps where it can: beside its marker first, then pushed away
 * step by step with a leader line. Labels stay inside the width × height frame and clear of every marker, every
 * other label and leader line, and the obstacles. Crowded markers go first; when one still finds no free spot,
 * the layout is redone with it placed earlier, a few times, and the layout with the fewest clashes wins.
 * Optional labels that find no free spot are left out; required ones take the least crowded spot, flagged.
 */
export function placeLabels(requests: LabelRequest[], layout: LabelLayout): PlacedLabel[] {
  const padding = layout.padding ?? 2
  const markers = requests
    .filter((r) => r.r > 0)
    .map((r) => ({
      id: r.id,
      x: r.x,
      y: r.y,
      box: { x: r.x - r.r, y: r.y - r.r, width: 2 * r.r, height: 2 * r.r },
    }))
  const options = new Map(requests.map((r) => [r.id, candidates(r, layout)]))

  function greedy(order: LabelRequest[]) {
    const taken: Box[] = [...(layout.obstacles ?? [])]
    const leaders: Leader[] = []
    const placed = new Map<string, PlacedLabel>()
    let clashesTotal = 0
    let cost = 0
    const failed: string[] = []
    for (const request of order) {
      let best: { label: PlacedLabel; clashes: number; cost: number } | undefined
      for (const candidate of options.get(request.id) ?? []) {
        const { label } = candidate
        const inside =
          label.box.x >= 0 &&
          label.box.y >= 0 &&
          label.box.x + label.box.width <= layout.width &&
          label.box.y + label.box.height <= layout.height
        const box = grow(label.box, padding)
        // Outside the frame is the worst clash: taken only when nothing else is left.
        let clashes = inside ? 0 : 100
        for (const other of taken) if (boxesOverlap(box, other)) clashes++
        for (const marker of markers) if (boxesOverlap(box, marker.box)) clashes++
        for (const line of leaders) if (segmentHitsBox(line.x1, line.y1, line.x2, line.y2, box)) clashes++
        if (label.leader) {
          const line = label.leader
          for (const other of taken) if (segmentHitsBox(line.x1, line.y1, line.x2, line.y2, other)) clashes++
          for (const other of leaders) if (segmentsCross(line, other)) clashes++
          for (const marker of markers) {
            // A marker touching this one cannot be avoided by any leader: ignore it.
            const touching = Math.hypot(marker.x - request.x, marker.y - request.y) < 2 * request.r + 1
            if (!touching && segmentHitsBox(line.x1, line.y1, line.x2, line.y2, marker.box)) clashes++
          }
        }
        if (!best || clashes < best.clashes || (clashes === best.clashes && candidate.cost < best.cost)) {
          best = { label, clashes, cost: candidate.cost }
        }
        if (clashes === 0) break
      }
      if (!best || (request.optional && best.clashes > 0)) {
        if (!request.optional) failed.push(request.id)
        continue
      }
      if (best.clashes > 0) failed.push(request.id)
      clashesTotal += best.clashes
      cost += best.cost
      const label = { ...best.label, overlaps: best.clashes > 0 }
      placed.set(request.id, label)
      taken.push(grow(label.box, padding))
      if (label.leader) leaders.push(label.leader)
    }
    // Clashes weigh most, then labels left out, then distance from the markers.
    const score = clashesTotal * 1e6 + (order.length - placed.size) * 1e3 + cost
    return { placed, failed, score }
  }

  const crowding = (r: LabelRequest) =>
    markers.filter((m) => m.id !== r.id && Math.hypot(m.x - r.x, m.y - r.y) < layout.fontSize * 8).length
  let order = [...requests].sort(
    (a, b) =>
      Number(Boolean(a.optional)) - Number(Boolean(b.optional)) ||
      crowding(b) - crowding(a) ||
      a.id.localeCompare(b.id),
  )
  let best = greedy(order)
  for (let attempt = 0; attempt < 2 * requests.length && best.failed.length > 0; attempt++) {
    const failed = new Set(best.failed)
    order = [...order.filter((r) => failed.has(r.id)), ...order.filter((r) => !failed.has(r.id))]
    const next = greedy(order)
    if (next.score < best.score) best = next
    else if (next.failed.length === 0) break
  }
  return requests.flatMap((r) => {
    const label = best.placed.get(r.id)
    return label ? [label] : []
  })
}
