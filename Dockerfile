# One image for every app; the command picks the app: node dist/apps/<app>/src/main.js
FROM node:20-bookworm-slim AS build
WORKDIR /repo
COPY package.json package-lock.json ./
COPY tools/kafka-lite/package.json tools/kafka-lite/package.json
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build && npm prune --omit=dev

FROM node:20-bookworm-slim
ENV NODE_ENV=production HOST=0.0.0.0
WORKDIR /app
COPY --from=build /repo/package.json ./
COPY --from=build /repo/node_modules ./node_modules
COPY --from=build /repo/dist ./dist
USER node
EXPOSE 3000
CMD ["node", "dist/apps/gateway/src/main.js"]
