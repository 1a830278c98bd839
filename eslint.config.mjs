import nextCoreWebVitals from 'eslint-config-next/core-web-vitals'
import nextTypescript from 'eslint-config-next/typescript'

const config = [
  { ignores: ['.next/**', 'out/**', '.content/**', 'node_modules/**', 'test-results/**', 'bench/**', 'next-env.d.ts', 'public/decide.js'] },
  ...nextCoreWebVitals,
  ...nextTypescript,
]

export default config
