import { defineDocumentType, makeSource, type FieldDefs } from 'contentlayer2/source-files'
import { CONTENT_TYPES, fieldNamesOf, type ContentTypeName } from './lib/content/content-types'

/**
 * contentlayer2 only finds and reads the files. Its field list is deliberately loose (every field
 * optional, any JSON), generated from the Zod schemas, which alone decide what is valid: see
 * scripts/check-content.ts and lib/content/load-content.ts.
 */
const looseFields = (name: ContentTypeName): FieldDefs =>
  Object.fromEntries(fieldNamesOf(CONTENT_TYPES[name].schema).map((field) => [field, { type: 'json' as const }]))

const documentTypes = (Object.keys(CONTENT_TYPES) as ContentTypeName[]).map((name) => {
  const type = CONTENT_TYPES[name]
  return defineDocumentType(() => ({
    name,
    filePathPattern: `${type.dir}/*${type.extension}`,
    contentType: type.format === 'markdown' ? 'markdown' : 'data',
    fields: looseFields(name),
  }))
})

export default makeSource({
  contentDirPath: 'content',
  documentTypes,
  // Unknown fields are errors; the content check reports them from the raw files with the fix.
  onExtraFieldData: 'ignore',
  disableImportAliasWarning: true,
  // CSL-JSON uses `type` (article-journal, report…), so contentlayer2 must name its own type field differently.
  fieldOptions: { typeFieldName: 'contentType' },
})
