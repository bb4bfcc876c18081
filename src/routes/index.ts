import { Router } from 'express'
import type { AppDependencies } from '../dependencies'
import type { EndAccountsSession } from '../identity/endAccountsSession'
import type { SignInPassport } from '../middleware/setUpAuthentication'
import { emailProblemsRouter } from './admin/emailProblemsRouter'
import { contentRouter } from './content/contentRouter'
import { developmentMailboxRouter } from './developmentMailbox/developmentMailboxRouter'
import { feedbackRouter } from './feedback/feedbackRouter'
import { homeRouter } from './home/homeRouter'
import { organisationSearchRouter } from './organisations/organisationSearchRouter'
import { anonymousRecordingRouter } from './recording/anonymousRecordingRouter'
import { draftRecordingRouter } from './recording/draftRecordingRouter'
import { myEventsRouter } from './recording/myEventsRouter'
import { signInRouter } from './signIn/signInRouter'

/** The pages people use; each feature brings its own router. */
export function setUpRoutes(
  { config, identity, services, repositories }: AppDependencies,
  passport: SignInPassport | undefined,
  endAccountsSession: EndAccountsSession | undefined,
): Router {
  const router = Router()
  router.use(contentRouter())
  router.use(feedbackRouter(services))
  // Pages for signed-in people, absent when this process is only the accounts service.
  if (passport) {
    router.use(signInRouter(config, identity, passport, services.signIn, endAccountsSession))
    router.use(homeRouter(repositories.memberships))
    router.use(organisationSearchRouter(repositories.organisations))
    router.use(anonymousRecordingRouter(services.recording, repositories.organisations))
    // Drafts before the events list, whose /events/:eventId would otherwise claim /events/new.
    router.use(draftRecordingRouter(services.recording, repositories.memberships, repositories.organisations))
    router.use(myEventsRouter(services.recording, repositories.memberships))
    router.use(emailProblemsRouter(repositories.outbox, repositories.audit))
  }
  if (config.email.transport === 'development-mailbox') router.use(developmentMailboxRouter(repositories))
  return router
}
