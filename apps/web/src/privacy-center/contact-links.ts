/** A mailto link with the subject filled in, so that the person in charge knows at once what is asked. */
export function mailtoHref(email: string, subject: string): string {
  return `mailto:${email.trim()}?subject=${encodeURIComponent(subject)}`;
}

/**
 * A tel link keeps only what dialling needs: the digits before any words (an extension such as
 * "poste 12" or "ext. 12" is for the person answering, not for the phone) and one leading plus.
 */
export function telHref(phone: string): string {
  const number = phone.split(/\p{L}/u)[0] ?? '';
  const digits = number.replace(/\D/g, '');
  return `tel:${number.trim().startsWith('+') ? '+' : ''}${digits}`;
}
