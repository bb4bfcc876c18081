import express, { Router } from 'express'
import { z } from 'zod'
import { formRoute, unvalidatedPostRoutes, validatedPost } from './formRoute'

const routesOf = (router: Router) => {
  const app = express()
  app.use(router)
  return unvalidatedPostRoutes(app as unknown as Parameters<typeof unvalidatedPostRoutes>[0])
}

describe('every POST route validates what is posted', () => {
  it('finds a POST route mounted without a schema, however deep its router', () => {
    const inner = Router()
    inner.post('/events/:eventId/close', (_req, res) => res.sendStatus(204))
    const outer = Router()
    outer.use(inner)
    expect(routesOf(outer)).toEqual(['POST /events/:eventId/close'])
  })

  it('accepts forms and POST routes whose schema depends on the request', () => {
    const router = Router()
    formRoute(router, '/feedback', {
      schema: z.object({ comments: z.string() }),
      show: (_req, res) => {
        res.sendStatus(200)
      },
      submit: (_req, res) => {
        res.sendStatus(204)
      },
    })
    validatedPost(router, '/questions/:page', () => z.object({ answer: z.string() }), {
      valid: (_req, res) => {
        res.sendStatus(204)
      },
    })
    expect(routesOf(router)).toEqual([])
  })
})
