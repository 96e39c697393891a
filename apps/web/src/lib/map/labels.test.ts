import { describe, expect, it } from 'vitest'
import {
  type Box,
  boxesOverlap,
  type LabelRequest,
  type PlacedLabel,
  placeLabels,
  segmentHitsBox,
  segmentsCross,
  textWidth,
} from './labels'

const layout = { width: 400, height: 300, fontSize: 12 }
const marker = (id: string, x: number, y: number, text = id): LabelRequest => ({ id, x, y, text, r: 4 })
const markerBox = (r: LabelRequest): Box => ({ x: r.x - r.r, y: r.y - r.r, width: 2 * r.r, height: 2 * r.r })

function expectNoClashes(requests: LabelRequest[], labels: PlacedLabel[]) {
  for (const [i, a] of labels.entries()) {
    expect(a.overlaps, `${a.id} is flagged as overlapping`).toBe(false)
    for (const b of labels.slice(i + 1)) {
      expect(boxesOverlap(a.box, b.box), `${a.id} overlaps ${b.id}`).toBe(false)
    }
    for (const r of requests)
      expect(boxesOverlap(a.box, markerBox(r)), `${a.id} covers marker ${r.id}`).toBe(false)
  }
}

describe('textWidth', () => {
  it('grows with the text, the font size and bold weight', () => {
    expect(textWidth('Vladivostok', 12)).toBeGreaterThan(textWidth('Kyiv', 12))
    expect(textWidth('Kyiv', 24)).toBeCloseTo(2 * textWidth('Kyiv', 12), 9)
    expect(textWidth('Kyiv', 12, true)).toBeGreaterThan(textWidth('Kyiv', 12))
  })

  it('counts capitals wider than narrow letters', () => {
    expect(textWidth('MMM', 10)).toBeGreaterThan(textWidth('iii', 10))
  })

  it('sets Hangul full width and Cyrillic wider than Latin', () => {
    expect(textWidth('쿠르스크', 10)).toBeCloseTo(40, 9)
    expect(textWidth('РОСІЯ', 10)).toBeGreaterThan(textWidth('росія', 10))
    expect(textWidth('Курськ', 10)).toBeGreaterThan(textWidth('Kursk', 10))
  })
})

describe('boxesOverlap', () => {
  const a = { x: 0, y: 0, width: 10, height: 10 }

  it('finds overlapping boxes', () => {
    expect(boxesOverlap(a, { x: 5, y: 5, width: 10, height: 10 })).toBe(true)
  })

  it('does not count boxes that only touch or are apart', () => {
    expect(boxesOverlap(a, { x: 10, y: 0, width: 10, height: 10 })).toBe(false)
    expect(boxesOverlap(a, { x: 30, y: 30, width: 5, height: 5 })).toBe(false)
  })
})

describe('segmentHitsBox', () => {
  const box = { x: 10, y: 10, width: 10, height: 10 }

  it('finds a segment crossing the box', () => {
    expect(segmentHitsBox(0, 15, 30, 15, box)).toBe(true)
  })

  it('finds a segment that ends inside the box', () => {
    expect(segmentHitsBox(0, 0, 15, 15, box)).toBe(true)
  })

  it('misses a segment that passes by or stops short', () => {
    expect(segmentHitsBox(0, 0, 30, 0, box)).toBe(false)
    expect(segmentHitsBox(0, 15, 5, 15, box)).toBe(false)
  })
})

describe('segmentsCross', () => {
  it('finds two crossing segments', () => {
    expect(segmentsCross({ x1: 0, y1: 0, x2: 10, y2: 10 }, { x1: 0, y1: 10, x2: 10, y2: 0 })).toBe(true)
  })

  it('does not count parallel segments or a shared end', () => {
    expect(segmentsCross({ x1: 0, y1: 0, x2: 10, y2: 0 }, { x1: 0, y1: 5, x2: 10, y2: 5 })).toBe(false)
    expect(segmentsCross({ x1: 0, y1: 0, x2: 10, y2: 10 }, { x1: 10, y1: 10, x2: 20, y2: 0 })).toBe(false)
  })
})

describe('placeLabels', () => {
  it('puts a lone label to the right of its marker, without a leader line', () => {
    const [label] = placeLabels([marker('kazan', 100, 100, 'Kazan')], layout)
    expect(label?.anchor).toBe('start')
    expect(label?.box.x).toBeGreaterThan(104)
    expect(label?.y).toBe(100)
    expect(label?.leader).toBeNull()
  })

  it('turns a label to the left at the right edge of the frame, keeping it inside', () => {
    const [label] = placeLabels([marker('vladivostok', 395, 100, 'Vladivostok')], layout)
    expect(label?.anchor).toBe('end')
    expect(label?.box.x).toBeGreaterThanOrEqual(0)
    expect((label?.box.x ?? 0) + (label?.box.width ?? 0)).toBeLessThanOrEqual(395)
  })

  it('separates the labels of two places a few units apart', () => {
    const requests = [marker('korenevo', 100, 100, 'Korenevo'), marker('sudzha', 101, 104, 'Sudzha')]
    const labels = placeLabels(requests, layout)
    expect(labels).toHaveLength(2)
    expectNoClashes(requests, labels)
  })

  it('labels a tight cluster of six places without overlaps, pushing some out with leader lines', () => {
    const requests = [
      marker('a', 200, 150, 'Kursk Oblast'),
      marker('b', 196, 152, 'Sudzha'),
      marker('c', 195, 148, 'Korenevo'),
      marker('d', 204, 146, 'Gornal'),
      marker('e', 202, 155, 'Makhnovka'),
      marker('f', 198, 143, 'Lgov'),
    ]
    const labels = placeLabels(requests, layout)
    expect(labels.map((l) => l.id).sort()).toEqual(['a', 'b', 'c', 'd', 'e', 'f'])
    expectNoClashes(requests, labels)
    expect(labels.some((l) => l.leader !== null)).toBe(true)
    for (const label of labels) {
      if (!label.leader) continue
      const own = requests.find((r) => r.id === label.id) as LabelRequest
      // The leader starts on the marker's edge and ends on the label's box.
      expect(Math.hypot(label.leader.x1 - own.x, label.leader.y1 - own.y)).toBeCloseTo(own.r, 6)
      expect(
        segmentHitsBox(label.leader.x2, label.leader.y2, label.leader.x2, label.leader.y2, label.box),
      ).toBe(true)
    }
  })

  it('keeps labels off the obstacles', () => {
    const obstacle = { x: 105, y: 80, width: 120, height: 40 }
    const [label] = placeLabels([marker('kazan', 100, 100, 'Kazan')], { ...layout, obstacles: [obstacle] })
    expect(label && boxesOverlap(label.box, obstacle)).toBe(false)
  })

  it('drops an optional label with no free spot but keeps a required one, flagged', () => {
    const tiny = { width: 60, height: 20, fontSize: 12, maxSteps: 1 }
    const requests: LabelRequest[] = [
      { id: 'place', x: 10, y: 10, text: 'Blagoveshchensk', r: 3 },
      { id: 'country', x: 30, y: 10, text: 'RUSSIA', r: 0, optional: true },
    ]
    const labels = placeLabels(requests, tiny)
    expect(labels.map((l) => l.id)).toEqual(['place'])
    expect(labels[0]?.overlaps).toBe(true)
    const roomy = placeLabels(requests, { ...tiny, width: 300, height: 100 })
    expect(roomy.find((l) => l.id === 'place')?.overlaps).toBe(false)
  })

  it('returns labels in the order of the requests and the same layout for the same input', () => {
    const requests = [marker('z', 50, 50), marker('a', 52, 52), marker('m', 300, 200)]
    const first = placeLabels(requests, layout)
    expect(first.map((l) => l.id)).toEqual(['z', 'a', 'm'])
    expect(placeLabels(requests, layout)).toEqual(first)
  })
})
