import { Router } from 'express'
import { requireSignIn } from '../../middleware/setUpAuthentication'
import type { MembershipRepository } from '../../repositories/membershipRepository'

/** The signed-in home page: who you are signed in as, and your organisations. */
export function homeRouter(memberships: MembershipRepository): Router {
  const router = Router()
  router.get('/home', requireSignIn, async (req, res) => {
    res.render('pages/home', { memberships: await memberships.forUser(req.user!.id) })
  })
  return router
}
