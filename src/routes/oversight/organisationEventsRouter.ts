import { once } from 'node:events'
import { Router } from 'express'
import { z } from 'zod'
import { normaliseReference } from '../../domain/events/referenceNumber'
import { HttpError } from '../../httpError'
import { requirePermission } from '../../middleware/requirePermission'
import { permissionsOf } from '../../middleware/setUpPermissions'
import type { EventOversightService } from '../../services/events/eventOversightService'
import { eventSummary } from '../../presenters/eventSummary'
import { eventTypeNames as typeNames } from '../../presenters/eventTypeNames'
import { filtersFrom, PAGE_SIZE } from '../../presenters/listQuery'
import { todayInLondon } from '../../domain/time/today'

/** Events in the organisations, ICBs and regions someone oversees, without the free text as typed. */
export function organisationEventsRouter(oversight: EventOversightService): Router {
  const router = Router()
  router.use(
    '/organisation-events',
    requirePermission(permissions => permissions.reaches('view')),
  )
  router.use(
    ['/organisation-events/download', '/organisation-events/download.csv'],
    requirePermission(permissions => permissions.reaches('download')),
  )

  router.get('/organisation-events', async (req, res) => {
    const permissions = permissionsOf(req)
    const { filters, query, page, window } = filtersFrom(req)
    const reference = filters.words ? normaliseReference(filters.words) : undefined
    const { words: _words, ...withoutWords } = filters
    const listing = await oversight.list(
      permissions,
      filters.words ? { ...withoutWords, reference: reference ?? 'none' } : withoutWords,
      window,
      String(req.id),
    )
    res.render('pages/oversight/events', {
      ...listing,
      query,
      page,
      pageSize: PAGE_SIZE,
      typeNames,
      scope: permissions.grantsReaching('view'),
    })
  })

  router.get('/organisation-events/download', (req, res) => {
    const { query } = filtersFrom(req)
    res.render('pages/oversight/download', { scope: permissionsOf(req).grantsReaching('download'), query, typeNames })
  })

  router.get('/organisation-events/download.csv', async (req, res) => {
    const permissions = permissionsOf(req)
    const { filters } = filtersFrom(req)
    const { words: _words, ...withoutWords } = filters
    res.type('text/csv; charset=utf-8')
    res.attachment(`patient-safety-events-${todayInLondon()}.csv`)
    for await (const chunk of oversight.download(permissions, withoutWords, typeNames, String(req.id))) {
      if (!res.write(chunk)) await once(res, 'drain')
    }
    res.end()
  })

  router.get('/organisation-events/:eventId', async (req, res) => {
    const id = z.uuid().safeParse(req.params.eventId)
    const event = id.success ? await oversight.view(permissionsOf(req), id.data, String(req.id)) : undefined
    if (!event) throw new HttpError(404, 'No such event')
    const revisions = await oversight.revisions(event.id)
    res.render('pages/oversight/event', {
      event,
      sections: eventSummary(event),
      revisions,
      recordedBy: revisions.find(revision => revision.revision === 1)?.changedByName ?? 'Anonymous',
      typeNames,
    })
  })

  return router
}
