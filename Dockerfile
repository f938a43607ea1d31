# The policy-graph API (and the web page it serves), for docker-compose.yml.
# On start it applies the schema and loads seeds/ (both idempotent), then serves on $PORT.
FROM node:20-bookworm-slim

# nodejieba compiles its native addon on install; tesseract, poppler and LibreOffice read scanned
# and office documents.
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ ca-certificates \
      tesseract-ocr tesseract-ocr-chi-sim tesseract-ocr-chi-tra poppler-utils \
      libreoffice-writer-nogui libreoffice-calc-nogui fonts-noto-cjk \
 && rm -rf /var/lib/apt/lists/*

WORKDIR /app
COPY package.json package-lock.json ./
# patched native sources, compiled again after install (postinstall)
COPY patches ./patches
COPY scripts/build-patched-natives.js ./scripts/
RUN npm ci --no-audit --no-fund || npm install --no-audit --no-fund

COPY . .
ENV NX_DAEMON=false NX_NO_CLOUD=true HOST=0.0.0.0 PORT=3000
RUN npx nx run web:build && npx nx run cli:build

EXPOSE 3000
CMD ["sh", "-c", "bin/kg migrate && bin/kg ingest seeds && exec bin/kg serve"]
