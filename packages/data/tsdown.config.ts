import { defineConfig } from 'tsdown'

// One ESM build with declarations; `require()` of it works on Node ≥ 20.19. The data files stay in generated/.
export default defineConfig({
  entry: {
    index: 'src/index.ts',
    query: 'src/query.ts',
    csv: 'src/csv.ts',
    'quantity-kinds': 'src/quantity-kinds.ts',
    schema: 'src/schema/index.ts',
    search: 'src/search.ts',
  },
  format: 'esm',
  platform: 'neutral',
  target: 'es2022',
  dts: true,
  clean: true,
  deps: { neverBundle: [/^zod/, /^edtf/, /^minisearch/, /\.json$/] },
})
