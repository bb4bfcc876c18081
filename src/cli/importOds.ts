import { readFile } from 'node:fs/promises'
import { parseArgs } from 'node:util'
import { z } from 'zod'
import { parseOdsExtract } from '../domain/organisations/parseOdsExtract'
import { organisationTypes } from '../domain/organisations/organisationTypes'
import { runCommand } from './runCommand'

const usage = `Usage: npm run import:ods -- [--type <${organisationTypes.join('|')}>] <file.csv>`

/** Loads an ODS extract in the standard layout (epraccur.csv, etr.csv…), setting each ICB and region. */
runCommand('import:ods', async ({ logger, services }) => {
  const { values, positionals } = parseArgs({ options: { type: { type: 'string' } }, allowPositionals: true })
  const file = positionals[0]
  const type = z.enum(organisationTypes).optional().safeParse(values.type)
  if (!file || positionals.length !== 1 || !type.success) throw new Error(usage)
  const extract = parseOdsExtract(await readFile(file, 'utf8'), type.data)
  for (const { line, reason } of extract.rejected) logger.warn(`Line ${line} skipped: ${reason}`)
  const summary = await services.organisationImport.importOrganisations(extract.organisations, {
    source: file.split('/').pop() ?? file,
    onExisting: 'update',
  })
  logger.info({ ...summary, skipped: extract.rejected.length }, `Imported ${file}`)
})
