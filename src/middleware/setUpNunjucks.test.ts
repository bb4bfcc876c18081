import { randomUUID } from 'node:crypto'
import { rmSync, writeFileSync } from 'node:fs'
import express from 'express'
import { loadConfig } from '../config'
import { projectPath } from '../projectPath'
import { setUpNunjucks } from './setUpNunjucks'

describe('templates in development', () => {
  const development = () => {
    const environment = setUpNunjucks(express(), loadConfig({ NODE_ENV: 'development' }))
    let loads = 0
    environment.on('load', () => loads++)
    return { environment, loads: () => loads }
  }

  it('renders a page again without reading or compiling its templates again', () => {
    const { environment, loads } = development()
    environment.render('pages/sign-in/problem.njk', {})
    const first = loads()
    expect(first).toBeGreaterThan(0)
    environment.render('pages/sign-in/problem.njk', {})
    expect(loads()).toBe(first)
  })

  it('shows a template changed on disk at the next render', async () => {
    const { environment } = development()
    const name = `reload-check-${randomUUID()}.njk`
    const file = projectPath('views', name)
    try {
      writeFileSync(file, 'Before')
      expect(environment.render(name)).toBe('Before')
      writeFileSync(file, 'After')
      const deadline = Date.now() + 5000
      while (environment.render(name) !== 'After' && Date.now() < deadline)
        await new Promise(resolve => setTimeout(resolve, 20))
      expect(environment.render(name)).toBe('After')
    } finally {
      rmSync(file, { force: true })
    }
  })
})
