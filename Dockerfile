# Lotse API with its widgets, staff dashboard and GraphQL IDE, for production (see docker-compose.yml).
#
# Build stage: install exactly the lockfile, build everything the server serves from widgets/dist: the
# widget bundle and demo page, the staff dashboard (widgets/dist/dashboard, /dashboard) and the IDE
# (schema.graphql and the generated documents in widgets/src/gql and dashboard/src/gql are committed),
# then drop dev dependencies.
FROM node:20-bookworm-slim AS build
WORKDIR /app
ENV CI=true
COPY package.json package-lock.json ./
# npm ci applies patches/ (patch-package, see README) to the installed dependencies.
COPY patches ./patches
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build:widgets && npm run build:dashboard && npm run build:ide \
  && npm prune --omit=dev --no-audit --no-fund

# Runtime stage: the API runs from its TypeScript sources through tsx (a runtime dependency), exactly as
# `npm start` runs it; nothing is compiled separately, so there is no second build to drift. The admin CLI
# (`npm run lotse`, api/src/admin-cli.ts) needs nothing more: package.json, tsconfig.json, node_modules, api/.
FROM node:20-bookworm-slim
ENV NODE_ENV=production \
  HOST=0.0.0.0 \
  PORT=4000 \
  DATA_DIR=/var/lib/lotse
WORKDIR /app
COPY --from=build /app/package.json /app/tsconfig.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/api ./api
COPY --from=build /app/widgets/dist ./widgets/dist
# Only DATA_DIR is writable, and only by the unprivileged `node` user the image provides.
RUN mkdir -p /var/lib/lotse && chown node:node /var/lib/lotse
USER node
EXPOSE 4000
HEALTHCHECK --interval=10s --timeout=5s --start-period=30s --retries=5 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 4000) + '/readyz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# Node is PID 1 and handles SIGTERM itself (api/src/cli.ts shuts down cleanly). The command is `npm start`'s
# (a test checks), with its larger young generation for the garbage collector (see README, Configuration).
CMD ["node", "--max-semi-space-size=64", "--import", "tsx", "api/src/cli.ts"]
