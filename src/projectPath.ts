import { existsSync } from 'node:fs'
import path from 'node:path'

/** The folder holding package.json, whether running from `src/` or compiled into `dist/src/`. */
function findProjectRoot(start: string): string {
  for (let dir = start; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'package.json'))) return dir
    if (path.dirname(dir) === dir) throw new Error(`No package.json above ${start}`)
  }
}

const projectRoot = findProjectRoot(__dirname)

/** An absolute path to a file shipped with the project (views, public files, reference data). */
export function projectPath(...segments: string[]): string {
  return path.join(projectRoot, ...segments)
}
