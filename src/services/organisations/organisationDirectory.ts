import type { OrganisationType } from '../../domain/organisations/organisationTypes'
import type { Organisation, OrganisationRepository } from '../../repositories/organisationRepository'

/** Finding organisations by code or by name, for pages where people choose one. */
export class OrganisationDirectory {
  constructor(private readonly organisations: OrganisationRepository) {}

  async findById(id: number): Promise<Organisation | undefined> {
    return this.organisations.findById(id)
  }

  async findByOdsCode(odsCode: string): Promise<Organisation | undefined> {
    return this.organisations.findByOdsCode(odsCode)
  }

  /** Open organisations of the given types whose name or code matches the words. */
  async search(words: string, types: readonly OrganisationType[], limit: number): Promise<Organisation[]> {
    return this.organisations.search(words, types, limit)
  }
}
