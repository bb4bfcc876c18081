import { Router } from 'express'
import type { AppDependencies } from '../dependencies'
import type { EndAccountsSession } from '../identity/endAccountsSession'
import type { SignInPassport } from '../middleware/setUpAuthentication'
import { accountRouter } from './account/accountRouter'
import { accessQueueRouter } from './admin/accessQueueRouter'
import { emailProblemsRouter } from './admin/emailProblemsRouter'
import { contentRouter } from './content/contentRouter'
import { developmentMailboxRouter } from './developmentMailbox/developmentMailboxRouter'
import { feedbackRouter } from './feedback/feedbackRouter'
import { homeRouter } from './home/homeRouter'
import { organisationEventsRouter } from './oversight/organisationEventsRouter'
import { organisationSearchRouter } from './organisations/organisationSearchRouter'
import { anonymousRecordingRouter } from './recording/anonymousRecordingRouter'
import { draftRecordingRouter } from './recording/draftRecordingRouter'
import { manageUsersRouter } from './manageUsers/manageUsersRouter'
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
    router.use(homeRouter(services.accessRequests, services.nationalApproval))
    router.use(accountRouter(services.accessRequests, services.memberships, services.organisationDirectory))
    router.use(manageUsersRouter(services.accessRequests, services.memberships, services.organisationDirectory))
    router.use(organisationSearchRouter(services.organisationDirectory))
    router.use(anonymousRecordingRouter(services.recording, services.organisationDirectory, services.clock))
    // Drafts before the events list, whose /events/:eventId would otherwise claim /events/new.
    router.use(draftRecordingRouter(services.recording, services.organisationDirectory, services.clock))
    router.use(myEventsRouter(services.recording, services.clock))
    router.use(organisationEventsRouter(services.oversight))
    router.use(emailProblemsRouter(services.emailProblems))
    router.use(accessQueueRouter(services.nationalApproval))
  }
  if (config.email.transport === 'development-mailbox') router.use(developmentMailboxRouter(repositories))
  return router
}
