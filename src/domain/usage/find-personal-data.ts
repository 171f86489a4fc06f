/**
 * IMP-64: usage summaries carry no personal information or PHI. A field whose NAME looks like personal
 * data (names, emails, passwords, phone, address, birth dates, demographics, patient/health data…) or
 * whose VALUE looks like an email address is refused, with the field's path named.
 */
const personalKey =
  /(^|_)(user_?name|login_?name|first_?name|last_?name|full_?name|surname|name|e_?mail|mail|password|passwd|pwd|secret|phone|mobile|address|street|zip|postcode|birth|dob|age|gender|sex|race|ethnicity|ethnic|religion|marital|ssn|social_security|national_id|patient|mrn|medical|diagnosis|diagnoses|health|phi|demographics?|ip_address)(_|$)/i;
const emailValue = /[^\s@]+@[^\s@]+\.[^\s@]+/;

/** Turns camelCase into snake_case so `userName` and `user_name` are read alike. */
function snake(key: string): string {
  return key.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();
}

/** The first field path that looks like personal data or PHI, or null. */
export function findPersonalData(value: unknown, path = ''): string | null {
  if (typeof value === 'string') return emailValue.test(value) ? path || '(value)' : null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i += 1) {
      const found = findPersonalData(value[i], `${path}[${i}]`);
      if (found) return found;
    }
    return null;
  }
  if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      const here = path ? `${path}.${key}` : key;
      if (personalKey.test(snake(key))) return here;
      const found = findPersonalData(child, here);
      if (found) return found;
    }
  }
  return null;
}
