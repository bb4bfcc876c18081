import { Router } from 'express'
import { contentPages } from './contentPages'

/** The landing page and the information pages: no data, just words. */
export function contentRouter(): Router {
  const router = Router()
  router.get('/', (_req, res) => res.render('pages/landing'))
  for (const page of contentPages) {
    router.get(page.path, (_req, res) => res.render(`pages/content/${page.view}`))
  }
  return router
}
