/** A runnable example of a README: a fenced block named by its first-line comment, and the output block after it. */
export interface Example {
  name: string
  language: 'js' | 'ts' | 'python'
  code: string
  /** The `text` block right after it, or undefined when the example prints nothing to compare. */
  output?: string
  /** Where the output block's body starts and ends in the markdown, to rewrite it. */
  outputRange?: [number, number]
}

const fence = /```(js|ts|python)\n([\s\S]*?)```\n(?:\n```text\n([\s\S]*?)```\n)?/g

/** Every js, ts and python block of `markdown`, with its expected output where one follows. */
export function readmeExamples(markdown: string): Example[] {
  return [...markdown.matchAll(fence)].map((match, i) => {
    const [whole, language, code = '', output] = match
    const name = code.match(/^(?:\/\/|#) (\S+\.(?:mjs|cjs|py))/)?.[1] ?? `example-${i}.${language}`
    const start = (match.index ?? 0) + whole.length - (output?.length ?? 0) - 4
    return {
      name,
      language: language as Example['language'],
      code,
      output,
      outputRange: output === undefined ? undefined : [start, start + output.length],
    }
  })
}

/** `markdown` with each example's output block replaced by what it printed. */
export function withOutputs(markdown: string, printed: Map<string, string>): string {
  let result = markdown
  for (const example of readmeExamples(markdown).reverse()) {
    const text = printed.get(example.name)
    if (!example.outputRange || text === undefined) continue
    const [start, end] = example.outputRange
    result = result.slice(0, start) + text + result.slice(end)
  }
  return result
}
