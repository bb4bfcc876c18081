import codeSystemsFile from '../../../data/taxonomy/code-systems.json'
import { codeSystem, type CodeSystemId } from './codeSystems'

const allCodeSystems = () => (Object.keys(codeSystemsFile) as CodeSystemId[]).map(codeSystem)

describe('LFPSE v5 code lists', () => {
  it('loads all 75 lists with 735 codes between them', () => {
    const lists = allCodeSystems()
    expect(lists).toHaveLength(75)
    expect(lists.reduce((total, list) => total + list.codes.length, 0)).toBe(735)
  })

  it.each(allCodeSystems().map(list => [list.id, list] as const))('%s has unique codes', (_id, list) => {
    const codes = list.codes.map(entry => entry.code)
    expect(new Set(codes).size).toBe(codes.length)
  })

  it('keeps the order options are offered in, which is not code order', () => {
    expect(codeSystem('yesNoUnknownCodes').codes.map(entry => entry.code)).toEqual(['y', 'n', 'u'])
    expect(codeSystem('specialty').codes).toHaveLength(202)
    expect(codeSystem('deviceType').codes).toHaveLength(93)
  })
})
