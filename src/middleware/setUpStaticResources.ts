import express, { Router } from 'express'
import type { Config } from '../config'
import { projectPath } from '../projectPath'

const govukFrontend = projectPath('node_modules/govuk-frontend/dist/govuk')

/** GOV.UK Frontend's fonts, images, stylesheet and script, and the service's own files. */
export function setUpStaticResources(config: Config): Router {
  const router = Router()
  const options = { maxAge: config.isProduction ? '1d' : 0, index: false, redirect: false }
  // govuk-frontend's stylesheet refers to its fonts and images under /assets.
  router.use('/assets', express.static(`${govukFrontend}/assets`, { ...options, immutable: config.isProduction }))
  router.get('/stylesheets/govuk-frontend.min.css', sendFile(`${govukFrontend}/govuk-frontend.min.css`, options))
  router.get('/javascripts/govuk-frontend.min.js', sendFile(`${govukFrontend}/govuk-frontend.min.js`, options))
  router.use(express.static(projectPath('public'), options))
  return router
}

function sendFile(file: string, options: { maxAge: string | number }): express.RequestHandler {
  return (_req, res, next) => res.sendFile(file, options, error => error && next(error))
}
