import type { Request, Response } from 'express'
import type { RecordingContext } from '../../domain/eventForm/flow'
import type { RecordInProgress } from '../../services/events/eventRecordingService'

/** A record being written, as one request sees it. */
export interface LoadedRecord {
  record: RecordInProgress
  context: RecordingContext
  /** The address its pages live under, such as /events/drafts/<id>. */
  base: string
  organisationName?: string
  /** The recorder's own organisations, offered before searching. */
  organisationChoices?: { odsCode: string; name: string }[]
  /** Signed-in drafts can be left and resumed; anonymous records cannot. */
  canSaveForLater: boolean
  /** Changing a submitted event rather than recording a new one. */
  amending: boolean
  /** The event being changed, when amending. */
  eventId?: string
  /** Where the first question's back link goes. */
  startHref: string
}

/** How the question pages reach the record they change: a database draft, or the browser session. */
export interface RecordingJourney {
  /** The express path of a record, with its parameters, such as /events/drafts/:draftId. */
  path: string
  load(req: Request): Promise<LoadedRecord | undefined>
  update(req: Request, change: (record: RecordInProgress) => RecordInProgress): Promise<RecordInProgress | undefined>
  submit(req: Request, res: Response, loaded: LoadedRecord): Promise<void>
  /**
   * The confirmation of the event the record became, when it was submitted by a request that
   * finished while this one was under way (a double click).
   */
  submittedHref?(req: Request): Promise<string | undefined>
  /** Where "Save and come back later" goes once the answers are saved. */
  savedHref?(req: Request): string
}
