/**
 * A raw HTTP/1.1 problem+json answer for a request Node's parser refused before the app saw it (a head over the
 * size limit, two Content-Lengths, Content-Length with Transfer-Encoding, obs-fold): the same shape as any error.
 */
export function clientErrorResponse(code: string | undefined): string {
  const tooLarge = code === 'HPE_HEADER_OVERFLOW'
  const status = tooLarge ? 431 : 400
  const title = tooLarge ? 'Request Header Fields Too Large' : 'Bad Request'
  const detail = tooLarge
    ? 'The request head is larger than this server accepts (16 KiB); send fewer or shorter headers.'
    : `The request could not be parsed as HTTP/1.1 (${code ?? 'malformed'}); check its framing headers.`
  const body = JSON.stringify({ type: 'about:blank', title, status, detail, instance: '' })
  return [
    `HTTP/1.1 ${status} ${title}`,
    'Content-Type: application/problem+json',
    `Content-Length: ${Buffer.byteLength(body)}`,
    'Connection: close',
    '',
    body,
  ].join('\r\n')
}
