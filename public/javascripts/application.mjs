// Progressive enhancement only: every page works without this script.
import { initAll } from '/javascripts/govuk-frontend.min.js'

initAll()

// Long lists become type-ahead searches where the autocomplete script is on the page.
const autocomplete = window.accessibleAutocomplete
if (autocomplete) {
  for (const selectElement of document.querySelectorAll('select[data-autocomplete]')) {
    autocomplete.enhanceSelectElement({ selectElement, defaultValue: '', showAllValues: true, dropdownArrow: () => '' })
  }
}

// "Print this page" links print; without JavaScript people use the browser's own print command.
for (const link of document.querySelectorAll('[data-module="app-print-link"]')) {
  link.addEventListener('click', event => {
    event.preventDefault()
    window.print()
  })
}
