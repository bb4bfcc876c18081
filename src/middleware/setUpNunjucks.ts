import type express from 'express'
import nunjucks from 'nunjucks'
import type { Config } from '../config'
import { projectPath } from '../projectPath'
import { reloadTemplatesOnChange } from './reloadTemplatesOnChange'
import { merge } from '../views/filters/merge'
import { ukDate, ukDateTime } from '../views/filters/ukDate'

export const SERVICE_NAME = 'Record and review patient safety events'

/** Nunjucks over the service's views and GOV.UK Frontend's templates and macros. */
export function setUpNunjucks(app: express.Express, config: Config): nunjucks.Environment {
  app.set('view engine', 'njk')
  const views = projectPath('views')
  const environment = nunjucks.configure([views, projectPath('node_modules/govuk-frontend/dist')], {
    autoescape: true,
    express: app,
    throwOnUndefined: false,
  })
  if (config.environment === 'development') reloadTemplatesOnChange(environment, views)
  environment.addGlobal('serviceName', SERVICE_NAME)
  environment.addGlobal('helpdeskEmail', config.helpdeskEmail)
  environment.addFilter('merge', merge)
  environment.addFilter('ukDate', ukDate)
  environment.addFilter('ukDateTime', ukDateTime)
  app.use((req, res, next) => {
    res.locals.currentPath = req.path
    next()
  })
  return environment
}
