/** @module Marker shapes that tell series apart without colour. */

/** Marker shapes, in the order they are handed out to series. */
export const shapes = ['circle', 'square', 'diamond', 'triangle', 'plus', 'cross', 'star'] as const
export type Shape = (typeof shapes)[number]

const f = (n: number) => Number(n.toFixed(2))

function polygon(points: [number, number][]): string {
  return `${points.map(([x, y], i) => `${i === 0 ? 'M' : 'L'}${f(x)},${f(y)}`).join('')}Z`
}

/**
 * An SVG path for a marker of roughly the same visual weight whatever its shape, centred on (cx, cy),
 * fitting in a circle of radius r.
 */
export function symbolPath(shape: Shape, cx: number, cy: number, r: number): string {
  switch (shape) {
    case 'circle':
      return `M${f(cx - r)},${f(cy)}a${f(r)},${f(r)} 0 1,0 ${f(2 * r)},0a${f(r)},${f(r)} 0 1,0 ${f(-2 * r)},0Z`
    case 'square': {
      const s = r * 0.85
      return polygon([
        [cx - s, cy - s],
        [cx + s, cy - s],
        [cx + s, cy + s],
        [cx - s, cy + s],
      ])
    }
    case 'diamond':
      return polygon([
        [cx, cy - r * 1.15],
        [cx + r * 1.15, cy],
        [cx, cy + r * 1.15],
        [cx - r * 1.15, cy],
      ])
    case 'triangle': {
      const h = r * 1.2
      return polygon([
        [cx, cy - h],
        [cx + h * 0.95, cy + h * 0.7],
        [cx - h * 0.95, cy + h * 0.7],
      ])
    }
    case 'plus': {
      const a = r * 1.1
      const b = r * 0.38
      return polygon([
        [cx - b, cy - a],
        [cx + b, cy - a],
        [cx + b, cy - b],
        [cx + a, cy - b],
        [cx + a, cy + b],
        [cx + b, cy + b],
        [cx + b, cy + a],
        [cx - b, cy + a],
        [cx - b, cy + b],
        [cx - a, cy + b],
        [cx - a, cy - b],
        [cx - b, cy - b],
      ])
    }
    case 'cross': {
      // The plus turned 45°.
      const a = r * 1.1
      const b = r * 0.38
      const c = Math.SQRT1_2
      const turn = ([x, y]: [number, number]): [number, number] => [cx + (x - y) * c, cy + (x + y) * c]
      return polygon(
        (
          [
            [-b, -a],
            [b, -a],
            [b, -b],
            [a, -b],
            [a, b],
            [b, b],
            [b, a],
            [-b, a],
            [-b, b],
            [-a, b],
            [-a, -b],
            [-b, -b],
          ] as [number, number][]
        ).map(turn),
      )
    }
    case 'star': {
      const outer = r * 1.25
      const inner = outer * 0.45
      const points: [number, number][] = []
      for (let i = 0; i < 10; i++) {
        const angle = -Math.PI / 2 + (i * Math.PI) / 5
        const radius = i % 2 === 0 ? outer : inner
        points.push([cx + radius * Math.cos(angle), cy + radius * Math.sin(angle)])
      }
      return polygon(points)
    }
  }
}
