import type { Request, Response, Router } from 'express'
import { z } from 'zod'
import { agentNames } from '../../domain/eventForm/agentPages'
import { chosenAgents, patientCount } from '../../domain/eventForm/eventAnswers'
import { allFields, inputNames, isFreeText, type AnswerValue } from '../../domain/eventForm/fields'
import {
  answersIn,
  CHECK_ANSWERS,
  firstUnanswered,
  incompletePages,
  missingOn,
  nextAfter,
  pagesFor,
  withAnswers,
  withDerivedAnswers,
} from '../../domain/eventForm/flow'
import type { QuestionPage } from '../../domain/eventForm/questionPage'
import { recordingOrganisationTypes } from '../../domain/eventForm/recordingOrganisationTypes'
import { organisationPage } from '../../domain/eventForm/startPages'
import { readFields, type Posted } from '../../domain/eventForm/readFields'
import { HttpError } from '../../httpError'
import { takeUnsavedAnswers } from '../../middleware/keepUnsavedAnswers'
import type { OrganisationRepository } from '../../repositories/organisationRepository'
import type { EventRecordingService } from '../../services/events/eventRecordingService'
import { formRoute } from '../formRoute'
import type { FormErrors } from '../formErrors'
import type { LoadedRecord, RecordingJourney } from './recordingJourney'
import { formValuesFrom, presentFields } from './questionView'
import { summarise } from './summaryView'
import { hideWordsSchema, HIDE_WORDS_MAX_LENGTH, withHiddenWords } from './hideWords'
import { todayInLondon } from './today'

const postedValue = z.union([z.string(), z.array(z.string())]).optional()
const actionSchema = z.enum(['continue', 'save']).default('continue')
const searchSchema = z.object({ search: z.string().trim().max(100).optional().catch(undefined) })
const ORGANISATION_RESULTS = 20
const HIDE_WORDS = 'hide-words'
const OTHERS_SEE = 'what-others-will-see'

/** The question pages, check your answers and patient removal of one way of recording. */
export function mountRecordingPages(
  router: Router,
  journey: RecordingJourney,
  organisations: OrganisationRepository,
  recording: EventRecordingService,
): void {
  const load = async (req: Request) => {
    const loaded = await journey.load(req)
    if (!loaded) throw new HttpError(404, 'No such record')
    return loaded
  }

  router.get(journey.path, async (req, res) => {
    const loaded = await load(req)
    const pages = pagesFor(loaded.record.answers, loaded.context)
    res.redirect(`${loaded.base}/${firstUnanswered(pages, loaded.record.answers, loaded.record.visited)}`)
  })

  router.get(`${journey.path}/${CHECK_ANSWERS}`, async (req, res) => {
    const loaded = await load(req)
    await renderCheckAnswers(req, res, loaded)
  })

  router.post(`${journey.path}/${CHECK_ANSWERS}`, async (req, res) => {
    const loaded = await load(req)
    const pages = pagesFor(loaded.record.answers, loaded.context)
    if (incompletePages(pages, loaded.record.answers).length) {
      res.status(400)
      return renderCheckAnswers(req, res, loaded, true)
    }
    await journey.submit(req, res, loaded)
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

  router.get(`${journey.path}/patients/:number/remove`, async (req, res) => {
    const loaded = await load(req)
    const index = patientIndex(req, loaded)
    res.render('pages/events/remove-patient', { number: index + 1, backHref: `${loaded.base}/patients-summary` })
  })

  router.post(`${journey.path}/patients/:number/remove`, async (req, res) => {
    const loaded = await load(req)
    const index = patientIndex(req, loaded)
    await journey.update(req, record => {
      const patients = record.answers.patients.filter((_, position) => position !== index)
      const count = Math.max(patientCount(record.answers) - 1, 0)
      // Later patients move up one, so the pages they were answered on are renumbered too.
      const visited = record.visited.filter(slug => !slug.startsWith('patient-') && slug !== 'patients-summary')
      const renumbered = patients.flatMap((_, position) => [
        `patient-${position + 1}`,
        `patient-${position + 1}-harm`,
        `patient-${position + 1}-association`,
      ])
      return {
        ...record,
        answers: { ...record.answers, patients, event: { ...record.answers.event, patientCount: String(count) } },
        visited: [...visited, ...renumbered, ...(count >= 2 ? ['patients-summary'] : [])],
      }
    })
    res.redirect(
      303,
      `${loaded.base}/${patientCount(loaded.record.answers) - 1 >= 2 ? 'patients-summary' : CHECK_ANSWERS}`,
    )
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

  router.post(`${journey.path}/:page`, async (req, res) => {
    const loaded = await load(req)
    const page = pageOf(req, loaded)
    const expected = page.kind === 'organisation' ? ['organisation'] : allFields(page.fields).flatMap(inputNames)
    const bodySchema = z.strictObject({
      _csrf: z.string().optional(),
      action: actionSchema,
      ...Object.fromEntries(expected.map(name => [name, postedValue])),
    })
    const parsed = bodySchema.safeParse(req.body ?? {})
    if (!parsed.success) throw new HttpError(400, 'The form had fields it does not ask for')
    const {
      _csrf: _token,
      action,
      ...posted
    } = parsed.data as Record<string, string | string[] | undefined> & { action: 'continue' | 'save' }
    const mode = action === 'save' && loaded.canSaveForLater ? 'save' : 'continue'
    const today = todayInLondon()

    let changes: Record<string, AnswerValue | undefined>
    if (page.kind === 'organisation') {
      const odsCode = typeof posted.organisation === 'string' ? posted.organisation : ''
      const organisation = odsCode ? await organisations.findByOdsCode(odsCode) : undefined
      if (!organisation?.isOpen) {
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
        const count = patientCount(loaded.record.answers)
        if (count >= 100)
          return showErrors(req, res, loaded, page, posted, [
            { field: 'addAnother', href: '#addAnother', text: 'You can add up to 100 patients' },
          ])
        await journey.update(req, record => ({
          ...record,
          answers: withAnswers(record.answers, { kind: 'event' }, { patientCount: String(count + 1) }),
        }))
        return res.redirect(303, `${loaded.base}/patient-${count + 1}${changeSuffix(req)}`)
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
  })

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
        tasks: chosenAgents(loaded.record.answers).map(agent => {
          const agentPages = pages.filter(
            candidate => candidate.scope.kind === 'agent' && candidate.scope.agent === agent,
          )
          const seen = agentPages.filter(candidate => loaded.record.visited.includes(candidate.slug)).length
          return {
            title: { text: agentNames[agent] },
            href: `${loaded.base}/${agentPages[0]!.slug}`,
            status:
              seen === agentPages.length
                ? { text: 'Completed' }
                : {
                    tag: {
                      text: seen ? 'In progress' : 'Not yet started',
                      classes: seen ? 'govuk-tag--light-blue' : 'govuk-tag--blue',
                    },
                  },
          }
        }),
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

  async function renderCheckAnswers(req: Request, res: Response, loaded: LoadedRecord, showMissing = false) {
    const pages = pagesFor(loaded.record.answers, loaded.context)
    const incomplete = incompletePages(pages, loaded.record.answers)
    const words = { organisation: loaded.organisationName ?? 'your organisation' }
    res.render('pages/events/check-answers', {
      sections: summarise(pages, loaded.record.answers, {
        changeBase: loaded.base,
        words,
        organisationName: loaded.organisationName,
      }),
      incomplete: incomplete.map(page => ({
        text: missingOn(page, loaded.record.answers)[0]?.required ?? page.title,
        href: `${loaded.base}/${page.slug}?change=yes`,
      })),
      showMissing,
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
