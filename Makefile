# The two commands of the README: `make up` (a running system) and `make test` (the whole suite).
# Both are safe to run again: each step skips what is already done.
SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
export NX_DAEMON := false
export NX_NO_CLOUD := true
export NX_TUI := false

KG := ./bin/kg
NX := npx --no-install nx

.PHONY: up down test setup build lint typecheck unit eval e2e web

## up: install what is missing, build, start Neo4j, migrate, load seeds/, serve API + web on http://127.0.0.1:3000
up: setup build
	$(KG) neo4j start --if-local
	$(KG) migrate
	$(KG) ingest seeds
	$(KG) neighbours load --if-missing
	$(NX) run web:build
	scripts/serve.sh start

## down: stop the API and the local Neo4j started by `make up`
down:
	scripts/serve.sh stop
	$(KG) neo4j stop

## test: lint, type check, unit tests, then end-to-end tests against a real Neo4j and Chromium
test: setup lint typecheck unit eval e2e

setup:
	@scripts/setup.sh

# the API and the CLI as JavaScript in dist/node, which bin/kg runs while it matches the sources
build:
	$(NX) run cli:build

lint:
	$(NX) run-many -t lint

typecheck:
	npx --no-install tsc -p tsconfig.json --noEmit

unit:
	$(NX) run-many -t test --exclude=e2e

# extraction against the evaluation set and the seeds, with floors a little under today's figures
eval:
	$(KG) eval --gold eval/gold --brief --min slogans=0.88,projects=0.78,outcomes=0.96,parts=0.73,fulfils=0.55,status=0.94,subject=0.96,calibration=0.92
	$(KG) eval --gold eval/seeds --brief --min slogans=0.85,projects=0.70,outcomes=0.95,parts=0.80,fulfils=0.60,status=0.85,subject=0.90,calibration=0.85

web:
	$(NX) run web:build

e2e: web
	$(NX) run e2e:test
