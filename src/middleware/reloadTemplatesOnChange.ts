import { readdirSync, watch } from 'node:fs'
import path from 'node:path'
import type nunjucks from 'nunjucks'

/** nunjucks has this method, though its type definitions leave it out. */
interface InvalidatableEnvironment {
  invalidateCache(): void
}

/**
 * Templates are compiled once and cached, even on a developer's machine; there, a change to any
 * file under `directory` empties the cache, so the next request shows it. Nothing closes the
 * watchers: the app has no closing step, and they never keep the process running.
 */
export function reloadTemplatesOnChange(environment: nunjucks.Environment, directory: string): void {
  const invalidate = () => (environment as unknown as InvalidatableEnvironment).invalidateCache()
  // One watcher a folder: Node 20's recursive watching on Linux keeps the process running despite unref().
  const folders = readdirSync(directory, { recursive: true, withFileTypes: true })
    .filter(entry => entry.isDirectory())
    .map(entry => path.join(entry.parentPath, entry.name))
  for (const folder of [directory, ...folders]) watch(folder, invalidate).unref()
}
