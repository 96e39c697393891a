import { type CsvColumn, type CsvTable, listDelimiter } from '../csv.ts'
import type { Dataset } from '../schema/dataset.ts'

/** A table of the package: its CSV columns and primary key. */
export interface PackageTable {
  columns: readonly CsvColumn<never>[]
  primaryKey?: string[]
  description: string
}

export interface PackageInfo {
  name: string
  title: string
  description: string
  homepage?: string
  comment: string
}

const v2 = 'https://datapackage.org/profiles/2.0'

/**
 * A Frictionless Data Package v2 descriptor for the CSV tables: typed fields (lists with their delimiter),
 * primary and foreign keys, licence, version and creation time. Frictionless, pandas or R read it as is.
 */
export function dataPackage(
  dataset: Pick<Dataset, 'version' | 'released'>,
  tables: Record<CsvTable, PackageTable>,
  info: PackageInfo,
) {
  return {
    $schema: `${v2}/datapackage.json`,
    $comment: info.comment,
    name: info.name,
    title: info.title,
    description: info.description,
    version: dataset.version,
    created: `${dataset.released}T00:00:00Z`,
    ...(info.homepage && { homepage: info.homepage }),
    licenses: [
      {
        name: 'CC-BY-4.0',
        path: 'https://creativecommons.org/licenses/by/4.0/',
        title: 'Creative Commons Attribution 4.0',
      },
    ],
    sources: [
      {
        title: 'The published documents the claims quote, one row each in csv/sources.csv',
        path: 'csv/sources.csv',
      },
    ],
    resources: Object.entries(tables).map(([name, table]) => ({
      name,
      type: 'table',
      path: `csv/${name}.csv`,
      scheme: 'file',
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      description: table.description,
      dialect: { $schema: `${v2}/tabledialect.json`, delimiter: ',', lineTerminator: '\r\n', header: true },
      schema: {
        $schema: `${v2}/tableschema.json`,
        fields: table.columns.map(field),
        missingValues: [''],
        ...(table.primaryKey && { primaryKey: table.primaryKey }),
        foreignKeys: table.columns
          .filter((column) => column.references)
          .map((column) => ({
            fields: [column.name],
            // A reference within the same table names no resource (Table Schema v2).
            reference: { ...(column.references !== name && { resource: column.references }), fields: ['id'] },
          })),
      },
    })),
  }
}

function field({ name, type, description }: CsvColumn<never>) {
  if (type === 'list') return { name, type, description, delimiter: listDelimiter, itemType: 'string' }
  return { name, type, description }
}
