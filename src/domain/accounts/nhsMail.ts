/** nhs.net addresses belong to NHS staff; others wait for a national administrator to approve them. */
export const isNhsMail = (email: string) => /@nhs\.net$/i.test(email.trim())
