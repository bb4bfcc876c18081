import { mergeAnswers } from './mergeAnswers'

describe('applying someone’s changes to a version saved since they began', () => {
  const base = {
    event: { description: 'First account.', howFutureOccurrence: 'Share the checklist.', levelOfConcern: '3' },
    patients: [{ physicalHarm: '4' }],
    agents: {},
  }

  it('keeps the answers they changed and the saved version’s answers they did not', () => {
    const saved = { ...base, event: { ...base.event, description: 'Corrected account.' } }
    const mine = {
      ...base,
      event: {
        ...base.event,
        howFutureOccurrence: 'Teach it at induction.',
        levelOfConcern: undefined as unknown as string,
      },
    }
    delete (mine.event as Record<string, unknown>).levelOfConcern
    expect(mergeAnswers(base, mine, saved)).toEqual({
      event: { description: 'Corrected account.', howFutureOccurrence: 'Teach it at induction.' },
      patients: [{ physicalHarm: '4' }],
      agents: {},
    })
  })

  it('merges patients and agents answer by answer', () => {
    const saved = { ...base, patients: [{ physicalHarm: '4', gender: '1' }] }
    const mine = {
      ...base,
      patients: [{ physicalHarm: '3' }, { physicalHarm: '5' }],
      agents: { medications: { medicines: 'Insulin' } },
    }
    expect(mergeAnswers(base, mine, saved)).toEqual({
      event: base.event,
      patients: [{ physicalHarm: '3', gender: '1' }, { physicalHarm: '5' }],
      agents: { medications: { medicines: 'Insulin' } },
    })
  })
})
