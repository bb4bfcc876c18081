import type { AnswerValue } from './fields'

export const eventTypes = ['incident', 'outcome', 'risk', 'goodCare'] as const
export type EventType = (typeof eventTypes)[number]

/** Involved-agent codes (LFPSE Agent Type) that have their own questions, keyed by a name for URLs. */
export const agentKeys = {
  medications: '4',
  devices: '3',
  'it-systems': '9',
  buildings: '13',
  estates: '14',
  blood: '11',
  'blood-products': '12',
  'tissues-organs': '8',
  people: '10',
} as const
export type AgentKey = keyof typeof agentKeys

export type Answers = Record<string, AnswerValue>

/** Everything recorded about one event, as the questions store it. */
export interface EventAnswers {
  event: Answers
  /** One entry per patient, in the order they were added. */
  patients: Answers[]
  agents: Partial<Record<AgentKey, Answers>>
}

export const emptyAnswers = (): EventAnswers => ({ event: {}, patients: [], agents: {} })

export function eventTypeOf(answers: EventAnswers): EventType | undefined {
  const type = answers.event.eventType
  return eventTypes.find(candidate => candidate === type)
}

/** A single answer, or undefined when it is absent or a list. */
export function single(answers: Answers | undefined, name: string): string | undefined {
  const value = answers?.[name]
  return typeof value === 'string' ? value : undefined
}

/** A list answer, empty when absent. */
export function list(answers: Answers | undefined, name: string): string[] {
  const value = answers?.[name]
  return Array.isArray(value) ? value : typeof value === 'string' ? [value] : []
}

/** The agents chosen on the "what was involved" question that have their own questions. */
export function chosenAgents(answers: EventAnswers): AgentKey[] {
  const codes = list(answers.event, 'involvedAgents')
  return (Object.keys(agentKeys) as AgentKey[]).filter(key => codes.includes(agentKeys[key]))
}

/** How many patient question loops to ask: the number given, or the patients already added. */
export function patientCount(answers: EventAnswers): number {
  const stated = Number(single(answers.event, 'patientCount') ?? 0)
  return Math.min(100, Math.max(Number.isFinite(stated) ? stated : 0, 0))
}
