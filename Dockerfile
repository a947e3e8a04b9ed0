# The two workers (extract, graph-writer) for docker-compose.yml; one image, the command picks
# the worker. Build context: the repository root.
FROM node:20-bookworm-slim AS build
WORKDIR /app
RUN npm install -g pnpm@12.4.2 --no-fund --no-audit
COPY . .
RUN pnpm install --frozen-lockfile && pnpm run build

FROM node:20-bookworm-slim
ENV NODE_ENV=production
WORKDIR /app
COPY --from=build --chown=node:node /app /app
USER node
CMD ["node", "workers/extract/dist/main.js"]
