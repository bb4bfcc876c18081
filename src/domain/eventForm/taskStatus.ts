import { agentNames } from './agentPages'
import { chosenAgents, type EventAnswers } from './eventAnswers'
import type { QuestionPage } from './questionPage'

export type TaskStatus = 'completed' | 'inProgress' | 'notStarted'

export interface AgentTask {
  name: string
  /** The first page of the task's questions. */
  slug: string
  status: TaskStatus
}

/** One task for each thing involved that was chosen, done once each of its pages has been seen. */
export function agentTasks(
  pages: readonly QuestionPage[],
  answers: EventAnswers,
  visited: readonly string[],
): AgentTask[] {
  return chosenAgents(answers).map(agent => {
    const agentPages = pages.filter(page => page.scope.kind === 'agent' && page.scope.agent === agent)
    const seen = agentPages.filter(page => visited.includes(page.slug)).length
    const status: TaskStatus = seen === agentPages.length ? 'completed' : seen ? 'inProgress' : 'notStarted'
    return { name: agentNames[agent], slug: agentPages[0]!.slug, status }
  })
}
