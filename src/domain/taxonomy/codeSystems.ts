import { z } from 'zod'
import codeSystemsFile from '../../../data/taxonomy/code-systems.json'

/** The LFPSE v5 code lists, keyed by a stable camelCase id (for example `severityOfHarm`). */
export type CodeSystemId = keyof typeof codeSystemsFile

export interface Code {
  code: string
  display: string
}

export interface CodeSystem {
  id: CodeSystemId
  name: string
  fhirId: string
  /** In the order the options are offered, which is often not code order. */
  codes: readonly Code[]
}

const codeSystemSchema = z.strictObject({
  name: z.string().min(1),
  fhirId: z.string().min(1),
  codes: z.array(z.strictObject({ code: z.string().min(1), display: z.string().min(1) })).min(1),
})

const codeSystems: ReadonlyMap<CodeSystemId, CodeSystem> = new Map(
  (Object.entries(codeSystemsFile) as [CodeSystemId, unknown][]).map(([id, raw]) => {
    const parsed = codeSystemSchema.parse(raw)
    return [id, { id, ...parsed }]
  }),
)

export function codeSystem(id: CodeSystemId): CodeSystem {
  const found = codeSystems.get(id)
  if (!found) throw new Error(`Unknown code system ${id}`)
  return found
}
