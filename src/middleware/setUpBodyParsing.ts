import express, { Router } from 'express'

/** Largest form we accept; the longest free-text answers fit many times over. */
export const FORM_BODY_LIMIT = '100kb'

/** HTML forms only: bigger or stranger bodies are refused before any route sees them. */
export function setUpBodyParsing(): Router {
  const router = Router()
  router.use(express.urlencoded({ extended: false, limit: FORM_BODY_LIMIT, parameterLimit: 500 }))
  return router
}
