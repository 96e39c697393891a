declare module 'edtf' {
  interface Edtf {
    readonly type: string
    readonly min: number
    readonly max: number
    readonly edtf: string
  }
  /** Parses an EDTF string; throws on invalid input. */
  export default function edtf(value: string): Edtf
}
