import type express from 'express'

export interface AppRoute {
  method: 'GET' | 'POST'
  path: string
}

interface Layer {
  route?: { path: string; methods: Record<string, boolean> }
  handle?: { stack?: Layer[] }
}

/** Every route the app answers, read from its routers, so a route added anywhere is found. */
export function appRoutes(app: express.Express): AppRoute[] {
  const routes: AppRoute[] = []
  const walk = (stack: readonly Layer[]) => {
    for (const layer of stack) {
      if (layer.route) {
        for (const method of Object.keys(layer.route.methods)) {
          routes.push({ method: method.toUpperCase() as AppRoute['method'], path: layer.route.path })
        }
      } else if (layer.handle?.stack) {
        walk(layer.handle.stack)
      }
    }
  }
  walk((app as unknown as { router: { stack: Layer[] } }).router.stack)
  return routes
}
