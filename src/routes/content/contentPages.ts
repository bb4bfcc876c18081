/** The service's information pages: each one is linked from the footer and served by the content router. */
export const contentPages = [
  { path: '/cookies', view: 'cookies', title: 'Cookies' },
  { path: '/accessibility-statement', view: 'accessibility-statement', title: 'Accessibility statement' },
  { path: '/terms-and-conditions', view: 'terms-and-conditions', title: 'Terms and conditions' },
  { path: '/contact', view: 'contact', title: 'Contact the helpdesk' },
  { path: '/guides/standard-access', view: 'standard-access-guide', title: 'Standard access user guide' },
  { path: '/guides/enhanced-access', view: 'enhanced-access-guide', title: 'Enhanced access user guide' },
  { path: '/faq', view: 'faq', title: 'FAQ' },
] as const

export const footerLinks = contentPages.map(page => ({ href: page.path, text: page.title }))
