/** The date a new assessment carries unless told otherwise: today, as yyyy-mm-dd (UTC). */
export function today(): string {
  return new Date().toISOString().slice(0, 10);
}
