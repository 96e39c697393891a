/** One problem in the dataset, located precisely enough to fix it without searching. */
export interface DatasetIssue {
  file: string
  record?: string
  field?: string
  message: string
}

/** `data/claims/x.yaml: record "x", field "figure.bound": …` */
export function formatIssue({ file, record, field, message }: DatasetIssue): string {
  const where = [record && `record "${record}"`, field && `field "${field}"`].filter(Boolean).join(', ')
  return `${file}: ${where ? `${where}: ` : ''}${message}`
}
