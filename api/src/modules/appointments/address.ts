import type { PostalAddress } from '../organisation/organisation.entity.js';

/** One line for mails and calendar files: "Name, Street, Postcode City". */
export function formatAddress(a: PostalAddress | null | undefined): string | null {
  if (!a) return null;
  const city = [a.postcode, a.city].filter(Boolean).join(' ');
  const line = [a.name, a.street, city].filter(Boolean).join(', ');
  return line || null;
}
