import type { ScopedEvent } from '../../domain/permissions/permissions'

/** What of an event decides who may do what with it. */
export function scoped(event: ScopedEvent): ScopedEvent {
  return {
    recordedBy: event.recordedBy,
    status: event.status,
    organisationId: event.organisationId,
    icbId: event.icbId,
    regionId: event.regionId,
  }
}
