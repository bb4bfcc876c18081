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

// "Print this page" appears only where it can work; without JavaScript the page explains the browser's own.
for (const button of document.querySelectorAll('[data-module="app-print-button"]')) {
  button.hidden = false
  button.addEventListener('click', () => window.print())
}

// Organisation search suggests as people type; choosing one offers Continue. The Search button still works.
const organisationSearch = document.querySelector('form[data-organisation-search]')
const organisationChoice = document.getElementById('organisation-choice')
if (autocomplete && organisationSearch && organisationChoice) {
  const input = organisationSearch.querySelector('#search')
  const wrapper = document.createElement('div')
  input.replaceWith(wrapper)
  autocomplete({
    element: wrapper,
    id: 'search',
    name: 'search',
    defaultValue: input.value,
    minLength: 2,
    showNoOptionsFound: true,
    source: (query, populate) => {
      fetch(`${organisationSearch.dataset.organisationSearch}?q=${encodeURIComponent(query)}`, {
        headers: { Accept: 'application/json' },
      })
        .then(response => (response.ok ? response.json() : []))
        .then(populate, () => populate([]))
    },
    templates: {
      inputValue: option => (option ? option.name : ''),
      suggestion: option => (typeof option === 'string' ? option : `${option.name} (${option.odsCode})`),
    },
    onConfirm: option => {
      if (!option) return
      organisationChoice.querySelector('input[name="organisation"]').value = option.odsCode
      organisationChoice.querySelector('[data-organisation-name]').textContent = `${option.name} (${option.odsCode})`
      organisationChoice.hidden = false
    },
  })
}
