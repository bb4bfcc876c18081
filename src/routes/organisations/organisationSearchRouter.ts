import { Router } from 'express'
import { z } from 'zod'
import { recordingOrganisationTypes } from '../../domain/eventForm/recordingOrganisationTypes'
import type { OrganisationDirectory } from '../../services/organisations/organisationDirectory'

const querySchema = z.object({ q: z.string().trim().min(2).max(100).catch('') })
const SUGGESTIONS = 20

/** Suggestions for the organisation type-ahead; the search results page does the same without JavaScript. */
export function organisationSearchRouter(organisations: OrganisationDirectory): Router {
  const router = Router()
  router.get('/organisations/search.json', async (req, res) => {
    const { q } = querySchema.parse(req.query)
    const found = q ? await organisations.search(q, recordingOrganisationTypes, SUGGESTIONS) : []
    res.json(found.map(organisation => ({ odsCode: organisation.odsCode, name: organisation.name })))
  })
  return router
}
