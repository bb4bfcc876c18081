import { Router, type Request } from 'express'
import { z } from 'zod'
import { normaliseReference } from '../../domain/events/referenceNumber'
import { HttpError } from '../../httpError'
import { requireSignIn } from '../../middleware/setUpAuthentication'
import { permissionsOf } from '../../middleware/setUpPermissions'
import type { Clock } from '../../domain/time/clock'
import type { EventRecordingService } from '../../services/events/eventRecordingService'
import { formRoute } from '../formRoute'
import { eventSummary } from '../../presenters/eventSummary'
import { eventTypeNames as typeNames } from '../../presenters/eventTypeNames'
import { filtersFrom, PAGE_SIZE } from '../../presenters/listQuery'

/** Your draft and submitted events, each submitted event with its versions, and its print summary. */
export function myEventsRouter(recording: EventRecordingService, clock: Clock): Router {
  const router = Router()
  router.use('/events', requireSignIn)

  router.get('/events', (_req, res) => res.redirect('/events/submitted'))

  router.get('/events/submitted', async (req, res) => {
    const { filters, query, page, window } = filtersFrom(req)
    const reference = filters.words ? normaliseReference(filters.words) : undefined
    const listing = await recording.listSubmitted(
      req.user!.id,
      reference ? { ...filters, words: undefined, reference } : filters,
      window,
    )
    res.render('pages/events/submitted', { ...listing, query, page, pageSize: PAGE_SIZE, typeNames })
  })

  router.get('/events/drafts', async (req, res) => {
    const { filters, query, page, window } = filtersFrom(req)
    const listing = await recording.listDrafts(req.user!.id, filters, window)
    res.render('pages/events/drafts', {
      ...listing,
      query,
      page,
      pageSize: PAGE_SIZE,
      typeNames,
      deleted: req.query.deleted === 'yes',
    })
  })

  const ownEvent = async (req: Request) => {
    const id = z.uuid().safeParse(req.params.eventId)
    const event = id.success ? await recording.recordedEvent(permissionsOf(req), id.data) : undefined
    if (!event) throw new HttpError(404, 'No such event')
    return event
  }

  router.get('/events/:eventId', async (req, res) => {
    const event = await ownEvent(req)
    const [revisions, amendments] = await Promise.all([
      recording.revisions(event.id),
      recording.amendmentsInProgress(req.user!.id, event.id),
    ])
    res.render('pages/events/event', {
      event,
      sections: eventSummary(event),
      revisions,
      amendments,
      canUpdate: permissionsOf(req).can('update', event),
      updated: req.query.updated === 'yes',
      typeNames,
    })
  })

  router.get('/events/:eventId/confirmation', async (req, res) => {
    const event = await ownEvent(req)
    res.render('pages/events/confirmation', {
      reference: event.reference,
      event,
      printHref: `/events/${event.id}/print`,
    })
  })

  router.get('/events/:eventId/print', async (req, res) => {
    const event = await ownEvent(req)
    res.render('pages/events/print', { event, sections: eventSummary(event), typeNames, now: clock.now() })
  })

  router.get('/events/:eventId/versions/:revision', async (req, res) => {
    const event = await ownEvent(req)
    const revisions = await recording.revisions(event.id)
    const revision = revisions.find(candidate => String(candidate.revision) === req.params.revision)
    if (!revision) throw new HttpError(404, 'No such version')
    res.render('pages/events/version', { event, revision, sections: eventSummary(event, revision.answers), typeNames })
  })

  formRoute(router, '/events/:eventId/amend', {
    schema: z.object({}),
    show: async (req, res) => res.redirect(`/events/${(await ownEvent(req)).id}`),
    submit: async (req, res) => {
      const event = await ownEvent(req)
      const draftId = await recording.startAmendment(permissionsOf(req), event)
      res.redirect(303, draftId ? `/events/drafts/${draftId}/check-answers` : `/events/${event.id}`)
    },
  })

  return router
}
