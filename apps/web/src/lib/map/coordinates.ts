const degrees = new Intl.NumberFormat('en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 })

/** Latitude and longitude as a reader writes them: "43.13° N, 131.90° E". */
export function coordinatesInWords(latitude: number, longitude: number): string {
  const lat = `${degrees.format(Math.abs(latitude))}° ${latitude < 0 ? 'S' : 'N'}`
  const lon = `${degrees.format(Math.abs(longitude))}° ${longitude < 0 ? 'W' : 'E'}`
  return `${lat}, ${lon}`
}
