import { csvLine } from './csv'

describe('a CSV line', () => {
  it.each([
    [['W6K-4K4-W9M', 'Northmoor Health Centre (demo)', 3], 'W6K-4K4-W9M,Northmoor Health Centre (demo),3\r\n'],
    [['Smith, Jones & Co', 'a "quoted" word'], '"Smith, Jones & Co","a ""quoted"" word"\r\n'],
    [['two\nlines', null, undefined, ''], '"two\nlines",,,\r\n'],
    [['=HYPERLINK("http://x")', '+1', '-1', '@SUM(A1)'], `"'=HYPERLINK(""http://x"")",'+1,'-1,'@SUM(A1)\r\n`],
    [[-1, 0], '-1,0\r\n'],
  ] as const)('writes %j as %j', (fields, line) => {
    expect(csvLine(fields)).toBe(line)
  })
})
