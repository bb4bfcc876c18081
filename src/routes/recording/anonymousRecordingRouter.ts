import { randomUUID } from 'node:crypto'
import { Router } from 'express'
import { z } from 'zod'
import { emptyAnswers } from '../../domain/eventForm/eventAnswers'
import type { RecordingContext } from '../../domain/eventForm/flow'
import { HttpError } from '../../httpError'
import type { Clock } from '../../domain/time/clock'
import type { OrganisationDirectory } from '../../services/organisations/organisationDirectory'
import type { EventRecordingService, RecordInProgress } from '../../services/events/eventRecordingService'
import { formRoute } from '../formRoute'
import type { RecordingJourney } from './recordingJourney'
import { mountRecordingPages } from './recordingRoutes'
import { eventSummary } from '../../presenters/eventSummary'
import { eventTypeNames } from '../../presenters/eventTypeNames'

declare module 'express-session' {
  interface SessionData {
    /** An anonymous record being written: kept only for this browser session, never in a draft. */
    anonymousRecord?: RecordInProgress & { id: string }
    /** The anonymous record last submitted from this browser session, for its confirmation. */
    anonymousSubmitted?: { eventId: string; reference: string }
  }
}

const BASE = '/record-anonymously'
const RECORD_PATH = `${BASE}/event`
const context: RecordingContext = { anonymous: true, choosesOrganisation: true }

/** Recording without signing in: nothing identifies the recorder, and nothing outlives the session. */
export function anonymousRecordingRouter(
  recording: EventRecordingService,
  organisations: OrganisationDirectory,
  clock: Clock,
): Router {
  const router = Router()

  formRoute(router, BASE, {
    schema: z.object({}),
    show: (req, res) =>
      res.render('pages/events/anonymous-start', { inProgress: Boolean(req.session.anonymousRecord) }),
    submit: (req, res) => {
      req.session.anonymousRecord = { id: randomUUID(), answers: emptyAnswers(), visited: [], hiddenWords: [] }
      res.redirect(303, `${RECORD_PATH}/why-anonymous`)
    },
  })

  // After submitting, the same submission again (a double click, a retried request) shows the confirmation.
  router.use(`${RECORD_PATH}/check-answers`, (req, res, next) => {
    if (req.method !== 'POST' || req.session.anonymousRecord || !req.session.anonymousSubmitted) return next()
    res.redirect(303, `${BASE}/confirmation`)
  })

  router.get(`${BASE}/confirmation`, (req, res) => {
    const submitted = req.session.anonymousSubmitted
    if (!submitted) return res.redirect(BASE)
    res.render('pages/events/confirmation', {
      reference: submitted.reference,
      anonymous: true,
      printHref: `${BASE}/summary`,
    })
  })

  router.get(`${BASE}/summary`, async (req, res) => {
    const submitted = req.session.anonymousSubmitted
    const event = submitted && (await recording.findEvent(submitted.eventId))
    if (!event) throw new HttpError(404, 'No record to show')
    res.render('pages/events/print', {
      event,
      sections: eventSummary(event),
      typeNames: eventTypeNames,
      now: clock.now(),
    })
  })

  const journey: RecordingJourney = {
    path: RECORD_PATH,
    async load(req) {
      const record = req.session.anonymousRecord
      if (!record) return undefined
      const odsCode = record.answers.event.reporterOrganisation
      const organisation = typeof odsCode === 'string' ? await organisations.findByOdsCode(odsCode) : undefined
      return {
        record,
        context,
        base: RECORD_PATH,
        organisationName: organisation?.name,
        canSaveForLater: false,
        amending: false,
        startHref: BASE,
      }
    },
    async update(req, change) {
      const record = req.session.anonymousRecord
      if (!record) return undefined
      const changed = change(record)
      req.session.anonymousRecord = { id: record.id, ...changed }
      return changed
    },
    async submit(req, res, loaded) {
      const record = req.session.anonymousRecord!
      const event = await recording.submit({ key: record.id, ...loaded.record, context, requestId: req.id as string })
      req.session.anonymousSubmitted = { eventId: event.id, reference: event.reference }
      delete req.session.anonymousRecord
      res.redirect(303, `${BASE}/confirmation`)
    },
  }
  mountRecordingPages(router, journey, recording, organisations, clock)
  return router
}
