import express, { Router } from 'express'
import type { Config } from '../config'
import { projectPath } from '../projectPath'

const govukFrontend = projectPath('node_modules/govuk-frontend/dist/govuk')
const autocomplete = projectPath('node_modules/accessible-autocomplete/dist')

/** GOV.UK Frontend's fonts, images, stylesheet and script, and the service's own files. */
export function setUpStaticResources(config: Config): Router {
  const router = Router()
  const options = { maxAge: config.isProduction ? '1d' : 0, index: false, redirect: false }
  // govuk-frontend's stylesheet refers to its fonts and images under /assets.
  router.use('/assets', express.static(`${govukFrontend}/assets`, { ...options, immutable: config.isProduction }))
  router.get('/stylesheets/govuk-frontend.min.css', sendFile(`${govukFrontend}/govuk-frontend.min.css`, options))
  router.get('/javascripts/govuk-frontend.min.js', sendFile(`${govukFrontend}/govuk-frontend.min.js`, options))
  // Type-ahead for long lists (specialties, device types); the lists work as plain selects without it.
  router.get(
    '/javascripts/accessible-autocomplete.min.js',
    sendFile(`${autocomplete}/accessible-autocomplete.min.js`, options),
  )
  router.get(
    '/stylesheets/accessible-autocomplete.min.css',
    sendFile(`${autocomplete}/accessible-autocomplete.min.css`, options),
  )
  router.use(express.static(projectPath('public'), options))
  return router
}

function sendFile(file: string, options: { maxAge: string | number }): express.RequestHandler {
  return (_req, res, next) => res.sendFile(file, options, error => error && next(error))
}
