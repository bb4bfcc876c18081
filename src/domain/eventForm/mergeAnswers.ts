import type { Answers, EventAnswers } from './eventAnswers'

/**
 * Someone's changes applied to a version saved since they began: every answer they changed from
 * the version they started with is theirs, and every answer they left alone is the saved one's.
 */
export function mergeAnswers(base: EventAnswers, mine: EventAnswers, saved: EventAnswers): EventAnswers {
  const patientCount = Math.max(base.patients.length, mine.patients.length, saved.patients.length)
  const agentKeys = new Set([...Object.keys(base.agents), ...Object.keys(mine.agents), ...Object.keys(saved.agents)])
  return {
    event: mergeRecord(base.event, mine.event, saved.event),
    patients: Array.from({ length: patientCount }, (_, index) =>
      mergeRecord(base.patients[index] ?? {}, mine.patients[index] ?? {}, saved.patients[index] ?? {}),
    ),
    agents: Object.fromEntries(
      [...agentKeys].map(key => {
        const agent = key as keyof EventAnswers['agents']
        return [agent, mergeRecord(base.agents[agent] ?? {}, mine.agents[agent] ?? {}, saved.agents[agent] ?? {})]
      }),
    ),
  }
}

function mergeRecord(base: Answers, mine: Answers, saved: Answers): Answers {
  const merged: Answers = { ...saved }
  for (const key of new Set([...Object.keys(base), ...Object.keys(mine)])) {
    if (JSON.stringify(mine[key]) === JSON.stringify(base[key])) continue
    const value = mine[key]
    if (value === undefined) delete merged[key]
    else merged[key] = value
  }
  return merged
}
