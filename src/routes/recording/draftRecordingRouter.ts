import { Router, type Request } from 'express'
import { z } from 'zod'
import { emptyAnswers } from '../../domain/eventForm/eventAnswers'
import type { RecordingContext } from '../../domain/eventForm/flow'
import { suggestedAnswers } from '../../domain/eventForm/suggestedAnswers'
import { HttpError } from '../../httpError'
import { requireSignIn } from '../../middleware/setUpAuthentication'
import { permissionsOf } from '../../middleware/setUpPermissions'
import type { Clock } from '../../domain/time/clock'
import type { OrganisationDirectory } from '../../services/organisations/organisationDirectory'
import type { EventRecordingService } from '../../services/events/eventRecordingService'
import { formRoute } from '../formRoute'
import type { LoadedRecord, RecordingJourney } from './recordingJourney'
import { mountRecordingPages } from './recordingRoutes'
import { compareVersions } from '../../presenters/compareVersions'
import { eventTypeNames } from '../../presenters/eventTypeNames'

const DRAFT_PATH = '/events/drafts/:draftId'
const draftIdSchema = z.uuid()

/** Recording while signed in: every answer is saved to a draft in the database as it is given. */
export function draftRecordingRouter(
  recording: EventRecordingService,
  organisations: OrganisationDirectory,
  clock: Clock,
): Router {
  const router = Router()
  router.use(['/events/new', '/events/drafts/:draftId'], requireSignIn)

  const contextFor = (choices: unknown[]): RecordingContext => ({
    anonymous: false,
    choosesOrganisation: choices.length !== 1,
  })

  const draftIdOf = (req: Request) => {
    const parsed = draftIdSchema.safeParse(req.params.draftId)
    if (!parsed.success) throw new HttpError(404, 'No such draft')
    return parsed.data
  }

  formRoute(router, '/events/new', {
    schema: z.object({}),
    show: async (req, res) => {
      const drafts = await recording.listDrafts(req.user!.id, {}, { limit: 3, offset: 0 })
      res.render('pages/events/start', { drafts: drafts.drafts, draftCount: drafts.total, typeNames: eventTypeNames })
    },
    submit: async (req, res) => {
      const user = req.user!
      const choices = permissionsOf(req).grantsFor('record')
      const only = choices.length === 1 ? choices[0] : undefined
      const answers = emptyAnswers()
      answers.event = {
        ...suggestedAnswers(only && { type: only.organisationType }, user.jobRole),
        ...(only ? { reporterOrganisation: only.odsCode } : {}),
      }
      const draftId = await recording.startDraft(user.id, answers)
      res.redirect(303, `/events/drafts/${draftId}/${only ? 'event-type' : 'organisation'}`)
    },
  })

  /** The event a draft has become, if this person submitted it. */
  const submittedFrom = async (req: Request) => {
    const event = await recording.findSubmitted(draftIdOf(req))
    return event?.recordedBy === req.user!.id ? event : undefined
  }

  // A draft that has become an event: its pages, asked for again, lead to the event.
  router.use(DRAFT_PATH, async (req, res, next) => {
    if (await recording.findDraft(req.user!.id, draftIdOf(req))) return next()
    const event = await submittedFrom(req)
    if (!event) throw new HttpError(404, 'No such draft')
    res.redirect(
      303,
      req.method === 'POST' && req.path === '/check-answers'
        ? `/events/${event.id}/confirmation`
        : `/events/${event.id}`,
    )
  })

  router.get(`${DRAFT_PATH}/saved`, async (req, res) => {
    const draft = await recording.findDraft(req.user!.id, draftIdOf(req))
    res.render('pages/events/saved', { draft })
  })

  formRoute(router, `${DRAFT_PATH}/delete`, {
    schema: z.object({}),
    show: async (req, res) => {
      const draft = (await recording.findDraft(req.user!.id, draftIdOf(req)))!
      res.render('pages/events/delete-draft', { draft, backHref: `/events/drafts/${draft.id}` })
    },
    submit: async (req, res) => {
      const draft = (await recording.findDraft(req.user!.id, draftIdOf(req)))!
      await recording.deleteDraft(req.user!.id, draft.id, req.id as string)
      res.redirect(303, draft.eventId ? `/events/${draft.eventId}` : '/events/drafts?deleted=yes')
    },
  })

  formRoute(router, `${DRAFT_PATH}/conflict`, {
    schema: z.object({ keep: z.enum(['mine', 'theirs'], { error: 'Select which version to keep' }) }),
    show: async (req, res, form) => {
      const conflict = await recording.conflictOf(permissionsOf(req), draftIdOf(req))
      if (!conflict) return res.redirect(`/events/drafts/${draftIdOf(req)}/check-answers`)
      const { event, draft, latest, merged } = conflict
      const context = contextFor(permissionsOf(req).grantsFor('record'))
      res.render('pages/events/conflict', {
        form,
        event,
        latest,
        draft,
        differences: compareVersions(event.answers, merged, context, {
          [event.organisationOdsCode]: event.organisationName,
        }),
      })
    },
    submit: async (req, res, { keep }) => {
      const draft = (await recording.findDraft(req.user!.id, draftIdOf(req)))!
      if (keep === 'mine') {
        await recording.keepMyChanges(permissionsOf(req), draft.id)
        return res.redirect(303, `/events/drafts/${draft.id}/check-answers`)
      }
      await recording.deleteDraft(req.user!.id, draft.id, req.id as string)
      res.redirect(303, `/events/${draft.eventId}`)
    },
  })

  const journey: RecordingJourney = {
    path: DRAFT_PATH,
    async load(req) {
      const user = req.user!
      const draft = await recording.findDraft(user.id, draftIdOf(req))
      if (!draft) return undefined
      const choices = permissionsOf(req).grantsFor('record')
      const odsCode = draft.answers.event.reporterOrganisation
      const organisation = typeof odsCode === 'string' ? await organisations.findByOdsCode(odsCode) : undefined
      const loaded: LoadedRecord = {
        record: { answers: draft.answers, visited: draft.visited, hiddenWords: draft.hiddenWords },
        context: contextFor(choices),
        base: `/events/drafts/${draft.id}`,
        organisationName: organisation?.name,
        organisationChoices: choices.map(choice => ({ odsCode: choice.odsCode, name: choice.organisationName })),
        canSaveForLater: true,
        amending: draft.eventId !== null,
        eventId: draft.eventId ?? undefined,
        startHref: draft.eventId ? `/events/${draft.eventId}` : '/events/new',
      }
      return loaded
    },
    update: (req, change) => recording.updateDraft(req.user!.id, draftIdOf(req), change),
    async submit(req, res, loaded) {
      const user = req.user!
      const draftId = draftIdOf(req)
      if (!loaded.amending) {
        const event = await recording.submit({
          key: draftId,
          ...loaded.record,
          context: loaded.context,
          recorder: { userId: user.id, email: user.email },
          requestId: req.id as string,
        })
        return res.redirect(303, `/events/${event.id}/confirmation`)
      }
      const result = await recording.submitAmendment(permissionsOf(req), draftId, req.id as string)
      if (!result) throw new HttpError(404, 'No such draft')
      if (result.outcome === 'conflict') return res.redirect(303, `/events/drafts/${draftId}/conflict`)
      if (result.outcome === 'notAllowed') return res.redirect(303, `/events/${loaded.eventId}`)
      res.redirect(303, `/events/${result.event.id}?updated=yes`)
    },
    savedHref: req => `/events/drafts/${draftIdOf(req)}/saved`,
    async submittedHref(req) {
      const event = await submittedFrom(req)
      return event && `/events/${event.id}/confirmation`
    },
  }
  mountRecordingPages(router, journey, recording, organisations, clock)
  return router
}
