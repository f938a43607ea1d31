-- wrk script of the API bench (wrk-runner.ts), run with one connection per thread (WRK_CONNECTIONS
-- of each): POSTs the GraphQL bodies in BODIES (one JSON per line) in turn, times every answer itself, counts answers that are not
-- HTTP 200 starting {"data":{ (keeping the first one's head), and prints every latency.
--
-- It times requests itself because wrk's own latency figures are corrected for coordinated omission
-- (wrk adds synthetic samples below every slow answer), which the driver path's plain per-request
-- latencies are not. With one connection per thread, request() and response() strictly alternate.

local ffi = require("ffi")
ffi.cdef [[
  typedef struct { long tv_sec; long tv_nsec; } policy_graph_timespec;
  int clock_gettime(int clock, policy_graph_timespec *tp);
]]
local CLOCK_MONOTONIC = 1
local ts = ffi.new("policy_graph_timespec")
local function now_us()
  ffi.C.clock_gettime(CLOCK_MONOTONIC, ts)
  return tonumber(ts.tv_sec) * 1e6 + tonumber(ts.tv_nsec) / 1e3
end

local bodies = {}
for line in io.lines(os.getenv("BODIES")) do
  if #line > 0 then bodies[#bodies + 1] = line end
end
if #bodies == 0 then error("BODIES has no request bodies") end

local headers = { ["content-type"] = "application/json" }
local threads = {}

function setup(thread)
  -- thread c sends request numbers c, c + threads, c + 2 threads, … as the Node clients do
  thread:set("next_request", #threads)
  threads[#threads + 1] = thread
end

-- per-thread globals, read by done()
latencies = {}
bad = 0
first_bad = ""
local started = nil
local step = tonumber(os.getenv("WRK_CONNECTIONS") or "1")

function request()
  started = now_us()
  local body = bodies[(next_request % #bodies) + 1]
  next_request = next_request + step
  return wrk.format("POST", wrk.path, headers, body)
end

function response(status, _, body)
  if started then
    latencies[#latencies + 1] = now_us() - started
    started = nil
  end
  if status ~= 200 or body:sub(1, 9) ~= '{"data":{' then
    bad = bad + 1
    if first_bad == "" then first_bad = status .. " " .. body:sub(1, 300):gsub("%s+", " ") end
  end
end

function done(summary, _, _)
  local bad_total, first = 0, ""
  for _, t in ipairs(threads) do
    bad_total = bad_total + t:get("bad")
    if first == "" then first = t:get("first_bad") end
  end
  local e = summary.errors
  io.write(string.format("duration_us %d\n", summary.duration))
  io.write(string.format("errors %d %d %d %d %d\n", e.connect, e.read, e.write, e.status, e.timeout))
  io.write(string.format("bad %d\n", bad_total))
  if first ~= "" then io.write("first_bad " .. first .. "\n") end
  for _, t in ipairs(threads) do
    for _, us in ipairs(t:get("latencies")) do io.write(string.format("latency_us %d 1\n", us)) end
  end
end
