import type { Request, Response, Router } from 'express'
import { z } from 'zod'
import { patientCount } from '../../domain/eventForm/eventAnswers'
import { allFields, inputNames, isFreeText, type AnswerValue } from '../../domain/eventForm/fields'
import {
  answersIn,
  CHECK_ANSWERS,
  firstUnanswered,
  nextAfter,
  pagesFor,
  withAnswers,
  withDerivedAnswers,
} from '../../domain/eventForm/flow'
import type { QuestionPage } from '../../domain/eventForm/questionPage'
import { canRecordFor } from '../../domain/eventForm/organisationChoice'
import {
  MAX_PATIENTS,
  PATIENTS_SUMMARY,
  withPatientAdded,
  withPatientRemoved,
} from '../../domain/eventForm/patientList'
import { agentTasks, type TaskStatus } from '../../domain/eventForm/taskStatus'
import { organisationPage } from '../../domain/eventForm/startPages'
import { readFields, type Posted } from '../../domain/eventForm/readFields'
import { IncompleteRecordError, recordProblems, type RecordProblem } from '../../domain/eventForm/recordProblems'
import { HttpError } from '../../httpError'
import { takeUnsavedAnswers } from '../../middleware/keepUnsavedAnswers'
import { recordingOrganisationTypes } from '../../domain/eventForm/recordingOrganisationTypes'
import type { OrganisationDirectory } from '../../services/organisations/organisationDirectory'
import type { EventRecordingService } from '../../services/events/eventRecordingService'
import { formRoute, validatedPost } from '../formRoute'
import type { FormErrors } from '../formErrors'
import type { LoadedRecord, RecordingJourney } from './recordingJourney'
import { formValuesFrom, presentFields } from '../../presenters/questionView'
import { summarise } from '../../presenters/summaryView'
import { hideWordsSchema, HIDE_WORDS_MAX_LENGTH, withHiddenWords } from './hideWords'
import type { Clock } from '../../domain/time/clock'
import { todayInLondon } from '../../domain/time/today'

const postedValue = z.union([z.string(), z.array(z.string())]).optional()
const actionSchema = z.enum(['continue', 'save']).default('continue')
const searchSchema = z.object({ search: z.string().trim().max(100).optional().catch(undefined) })
const ORGANISATION_RESULTS = 20
const HIDE_WORDS = 'hide-words'

/** How each task's status shows on the task list, as GOV.UK's task list component has it. */
const taskStatusView: Record<TaskStatus, object> = {
  completed: { text: 'Completed' },
  inProgress: { tag: { text: 'In progress', classes: 'govuk-tag--light-blue' } },
  notStarted: { tag: { text: 'Not yet started', classes: 'govuk-tag--blue' } },
}
const OTHERS_SEE = 'what-others-will-see'

/** The question pages, check your answers and patient removal of one way of recording. */
export function mountRecordingPages(
  router: Router,
  journey: RecordingJourney,
  recording: EventRecordingService,
  organisations: OrganisationDirectory,
  clock: Clock,
): void {
  // Each request loads its record once, however many steps ask for it.
  const loading = new WeakMap<Request, Promise<LoadedRecord | undefined>>()
  const load = async (req: Request) => {
    if (!loading.has(req)) loading.set(req, journey.load(req))
    const loaded = await loading.get(req)
    if (!loaded) throw new HttpError(404, 'No such record')
    return loaded
  }

  router.get(journey.path, async (req, res) => {
    const loaded = await load(req)
    const pages = pagesFor(loaded.record.answers, loaded.context)
    res.redirect(`${loaded.base}/${firstUnanswered(pages, loaded.record.answers, loaded.record.visited)}`)
  })

  formRoute(router, `${journey.path}/${CHECK_ANSWERS}`, {
    schema: z.object({}),
    show: async (req, res) => renderCheckAnswers(req, res, await load(req)),
    submit: async (req, res) => {
      const loaded = (await loading.get(req)) ?? (await journey.load(req))
      if (!loaded) {
        const submitted = await journey.submittedHref?.(req)
        if (!submitted) throw new HttpError(404, 'No such record')
        return res.redirect(303, submitted)
      }
      const problems = recordProblems(pagesFor(loaded.record.answers, loaded.context), loaded.record.answers)
      try {
        if (problems.length) throw new IncompleteRecordError(problems)
        await journey.submit(req, res, loaded)
      } catch (error) {
        if (!(error instanceof IncompleteRecordError)) throw error
        res.status(400)
        return renderCheckAnswers(req, res, loaded, error.problems)
      }
    },
  })

  formRoute(router, `${journey.path}/${HIDE_WORDS}`, {
    schema: hideWordsSchema,
    show: async (req, res, form) => {
      const loaded = await load(req)
      res.render('pages/events/hide-words', {
        form,
        othersSee: await othersSee(req, loaded),
        hiddenWords: loaded.record.hiddenWords,
        caption: captionFor(loaded),
        backLink: { href: `${loaded.base}/${CHECK_ANSWERS}#${OTHERS_SEE}`, text: 'Back' },
        maxLength: HIDE_WORDS_MAX_LENGTH,
      })
    },
    submit: async (req, res, { wordsToHide }) => {
      const loaded = await load(req)
      await journey.update(req, record => ({
        ...record,
        hiddenWords: withHiddenWords(record.hiddenWords, wordsToHide),
      }))
      res.redirect(303, `${loaded.base}/${CHECK_ANSWERS}#${OTHERS_SEE}`)
    },
  })

  formRoute(router, `${journey.path}/patients/:number/remove`, {
    schema: z.object({}),
    show: async (req, res) => {
      const loaded = await load(req)
      const index = patientIndex(req, loaded)
      res.render('pages/events/remove-patient', { number: index + 1, backHref: `${loaded.base}/${PATIENTS_SUMMARY}` })
    },
    submit: async (req, res) => {
      const loaded = await load(req)
      const index = patientIndex(req, loaded)
      await journey.update(req, record => withPatientRemoved(record, index))
      res.redirect(
        303,
        `${loaded.base}/${patientCount(loaded.record.answers) - 1 >= 2 ? PATIENTS_SUMMARY : CHECK_ANSWERS}`,
      )
    },
  })

  router.get(`${journey.path}/:page`, async (req, res) => {
    const loaded = await load(req)
    const page = pageOf(req, loaded)
    const search = page.kind === 'organisation' ? searchSchema.parse(req.query).search : undefined
    const unsaved = takeUnsavedAnswers(req)
    res.locals.unsavedAnswers = Boolean(unsaved)
    const values = unsaved ?? formValuesFrom(page.fields, answersIn(loaded.record.answers, page.scope))
    await renderPage(req, res, loaded, page, values, { list: [], byField: {} }, search)
  })

  const pageSchema = async (req: Request) => {
    const page = pageOf(req, await load(req))
    const expected = page.kind === 'organisation' ? ['organisation'] : allFields(page.fields).flatMap(inputNames)
    return z.object({ action: actionSchema, ...Object.fromEntries(expected.map(name => [name, postedValue])) })
  }

  validatedPost(router, `${journey.path}/:page`, pageSchema, { valid: answerPage })

  async function answerPage(req: Request, res: Response, body: { action: 'continue' | 'save' } & Posted) {
    const loaded = await load(req)
    const page = pageOf(req, loaded)
    const { action, ...posted } = body
    const mode = action === 'save' && loaded.canSaveForLater ? 'save' : 'continue'
    const today = todayInLondon(clock.now())

    let changes: Record<string, AnswerValue | undefined>
    if (page.kind === 'organisation') {
      const odsCode = typeof posted.organisation === 'string' ? posted.organisation : ''
      const organisation = odsCode ? await organisations.findByOdsCode(odsCode) : undefined
      if (!canRecordFor(organisation)) {
        if (mode === 'save' && !odsCode) return saved(req, res, journey, loaded)
        res.status(400)
        const error = { text: 'Select the organisation you are recording for' }
        return renderPage(
          req,
          res,
          loaded,
          page,
          posted,
          { list: [{ ...error, href: '#organisation' }], byField: { organisation: error } },
          undefined,
        )
      }
      changes = { reporterOrganisation: organisation.odsCode }
    } else if (page.kind === 'patientSummary') {
      const result = readFields(page.fields, posted, 'continue', today)
      if (result.errors.length) return showErrors(req, res, loaded, page, posted, result.errors)
      if (result.answers.addAnother === 'yes') {
        if (!withPatientAdded(loaded.record.answers))
          return showErrors(req, res, loaded, page, posted, [
            { field: 'addAnother', href: '#addAnother', text: `You can add up to ${MAX_PATIENTS} patients` },
          ])
        const updated = await journey.update(req, record => ({
          ...record,
          answers: withPatientAdded(record.answers) ?? record.answers,
        }))
        const added = patientCount(updated?.answers ?? loaded.record.answers)
        return res.redirect(303, `${loaded.base}/patient-${added}${changeSuffix(req)}`)
      }
      changes = {}
    } else {
      const result = readFields(page.fields, posted, mode, today)
      if (result.errors.length) return showErrors(req, res, loaded, page, posted, result.errors)
      changes = page.scope.kind === 'event' ? withDerivedAnswers(result.answers, today) : result.answers
    }

    const updated = await journey.update(req, record => ({
      ...record,
      answers: withAnswers(record.answers, page.scope, changes),
      visited: [...new Set([...record.visited, page.slug])],
    }))
    if (!updated) throw new HttpError(404, 'No such record')
    if (mode === 'save') return saved(req, res, journey, loaded)
    const pages = pagesFor(updated.answers, loaded.context)
    const changing = req.query.change === 'yes'
    const next =
      changing && !page.returnTo
        ? firstUnanswered(pages, updated.answers, updated.visited)
        : nextAfter(page.slug, pages)
    res.redirect(303, `${loaded.base}/${next}${changing && next !== CHECK_ANSWERS ? '?change=yes' : ''}`)
  }

  function pageOf(req: Request, loaded: LoadedRecord): QuestionPage {
    const pages = pagesFor(loaded.record.answers, loaded.context)
    const slug = String(req.params.page)
    // The organisation can be changed from check your answers even when it was filled in for you.
    const page =
      pages.find(candidate => candidate.slug === slug) ?? (slug === 'organisation' ? organisationPage : undefined)
    if (!page) throw new HttpError(404, 'No such question')
    return page
  }

  async function renderPage(
    req: Request,
    res: Response,
    loaded: LoadedRecord,
    page: QuestionPage,
    values: Posted,
    errors: FormErrors,
    search: string | undefined,
  ) {
    const pages = pagesFor(loaded.record.answers, loaded.context)
    const words = { organisation: loaded.organisationName ?? 'your organisation' }
    const common = {
      form: { values, errors },
      title: page.title,
      backLink: { href: backHref(req, loaded, pages, page), text: 'Back' },
      canSaveForLater: loaded.canSaveForLater,
      guidance: page.guidance,
      caption: captionFor(loaded),
    }
    if (page.kind === 'organisation') {
      const results = search ? await organisations.search(search, recordingOrganisationTypes, ORGANISATION_RESULTS) : []
      return res.render('pages/events/organisation', {
        ...common,
        search,
        results,
        resultLimit: ORGANISATION_RESULTS,
        choices: loaded.organisationChoices ?? [],
        current: loaded.record.answers.event.reporterOrganisation,
        searchAction: `${loaded.base}/organisation`,
        change: req.query.change === 'yes',
      })
    }
    if (page.kind === 'taskList') {
      return res.render('pages/events/task-list', {
        ...common,
        tasks: agentTasks(pages, loaded.record.answers, loaded.record.visited).map(task => ({
          title: { text: task.name },
          href: `${loaded.base}/${task.slug}`,
          status: taskStatusView[task.status],
        })),
      })
    }
    if (page.kind === 'patientSummary') {
      return res.render('pages/events/patients-summary', {
        ...common,
        fields: presentFields(page.fields, values, errors.byField, { asPageHeading: false, words }),
        patients: loaded.record.answers.patients
          .slice(0, patientCount(loaded.record.answers))
          .map((patient, index) => ({
            number: index + 1,
            summary: summarise(
              pages.filter(candidate => candidate.scope.kind === 'patient' && candidate.scope.index === index),
              loaded.record.answers,
              { words },
            )
              .flatMap(section => section.rows)
              .filter(row => !row.missing)
              .slice(0, 3)
              .map(row => row.lines.join(', '))
              .join('; '),
            changeHref: `${loaded.base}/patient-${index + 1}`,
            removeHref: `${loaded.base}/patients/${index + 1}/remove`,
          })),
        count: patientCount(loaded.record.answers),
      })
    }
    const asPageHeading = page.fields[0]?.label === page.title
    res.render('pages/events/question', {
      ...common,
      asPageHeading,
      fields: presentFields(page.fields, values, errors.byField, { asPageHeading, words }),
    })
  }

  function showErrors(
    req: Request,
    res: Response,
    loaded: LoadedRecord,
    page: QuestionPage,
    posted: Posted,
    errors: { field: string; href: string; text: string }[],
  ) {
    res.status(400)
    const byField = Object.fromEntries(errors.map(error => [error.field, { text: error.text }]))
    return renderPage(
      req,
      res,
      loaded,
      page,
      posted,
      { list: errors.map(({ text, href }) => ({ text, href })), byField },
      undefined,
    )
  }

  /** The record's free text as everyone but the recorder will see it, question by question. */
  async function othersSee(req: Request, loaded: LoadedRecord) {
    const redacted = await recording.othersWillSee(loaded.record, loaded.context, req.user?.id ?? null)
    const words = { organisation: loaded.organisationName ?? 'your organisation' }
    const sections = summarise(pagesFor(redacted, loaded.context), redacted, { words, only: isFreeText })
    // One list without headings, so the page's own section headings stay unique.
    const rows = sections.flatMap(section => section.rows)
    return rows.length ? [{ heading: '', rows }] : []
  }

  async function renderCheckAnswers(req: Request, res: Response, loaded: LoadedRecord, problems?: RecordProblem[]) {
    const pages = pagesFor(loaded.record.answers, loaded.context)
    const incomplete = problems ?? recordProblems(pages, loaded.record.answers)
    const words = { organisation: loaded.organisationName ?? 'your organisation' }
    res.render('pages/events/check-answers', {
      sections: summarise(pages, loaded.record.answers, {
        changeBase: loaded.base,
        words,
        organisationName: loaded.organisationName,
      }),
      incomplete: incomplete.map(problem => ({
        text: problem.text,
        href: `${loaded.base}/${problem.slug}?change=yes`,
      })),
      showMissing: Boolean(problems),
      amending: loaded.amending,
      anonymous: loaded.context.anonymous,
      deleteHref: loaded.canSaveForLater ? `${loaded.base}/delete` : undefined,
      caption: captionFor(loaded),
      backLink: { href: `${loaded.base}/${pages.filter(page => !page.returnTo).at(-1)?.slug ?? ''}`, text: 'Back' },
      othersSee: await othersSee(req, loaded),
      hideWordsHref: `${loaded.base}/${HIDE_WORDS}`,
    })
  }
}

function saved(req: Request, res: Response, journey: RecordingJourney, loaded: LoadedRecord) {
  res.redirect(303, journey.savedHref?.(req) ?? loaded.base)
}

function patientIndex(req: Request, loaded: LoadedRecord): number {
  const number = Number(req.params.number)
  if (!Number.isInteger(number) || number < 1 || number > patientCount(loaded.record.answers))
    throw new HttpError(404, 'No such patient')
  return number - 1
}

function changeSuffix(req: Request): string {
  return req.query.change === 'yes' ? '?change=yes' : ''
}

function captionFor(loaded: LoadedRecord): string {
  if (loaded.amending) return 'Update your event'
  return loaded.context.anonymous ? 'Record anonymously' : 'Record a patient safety event'
}

/** Back to the question before, the task list for its own questions, or check your answers when changing. */
function backHref(req: Request, loaded: LoadedRecord, pages: readonly QuestionPage[], page: QuestionPage): string {
  if (req.query.change === 'yes') return `${loaded.base}/${CHECK_ANSWERS}`
  if (page.returnTo) return `${loaded.base}/${page.returnTo}`
  const sequence = pages.filter(candidate => !candidate.returnTo)
  const index = sequence.findIndex(candidate => candidate.slug === page.slug)
  const previous = sequence[index - 1]
  return previous ? `${loaded.base}/${previous.slug}` : loaded.startHref
}
