import request from 'supertest'
import { useTestDatabase } from '../../../test/database/testDatabase'
import { createTestApp } from '../../../test/support/testApp'

describe('the health check', () => {
  const database = useTestDatabase()

  it('answers 200 when the database answers', async () => {
    const testApp = await createTestApp(database.current)
    try {
      const response = await request(testApp.app).get('/health').expect(200)
      expect(response.body).toEqual({ status: 'UP', checks: { database: 'up' } })
      expect(response.headers['set-cookie']).toBeUndefined()
    } finally {
      await testApp.close()
    }
  })

  it('answers 503 when the database cannot be reached', async () => {
    // Nothing listens on port 1: the connection is refused at once.
    const testApp = await createTestApp({ url: 'postgres://nobody:nothing@127.0.0.1:1/none' })
    try {
      const response = await request(testApp.app).get('/health').expect(503)
      expect(response.body).toEqual({ status: 'DOWN', checks: { database: 'down' } })
    } finally {
      await testApp.close()
    }
  })
})
