-- wrk: random two-character Chinese queries against the public white list (URL-encoded UTF-8).
local chars = {"学","习","课","堂","数","语","文","英","物","理","化","生","历","史","地","音","乐","美","术","体","育",
               "编","程","阅","读","写","作","口","听","家","校","成","长","业","练","考","试","题","库","智","慧","园","云"}
local function enc(s)
  return (s:gsub("[^%w]", function(c) return string.format("%%%02X", string.byte(c)) end))
end
math.randomseed(os.time())
request = function()
  local q = chars[math.random(#chars)] .. chars[math.random(#chars)]
  return wrk.format("GET", "/api/v1/public/whitelist?size=20&q=" .. enc(q))
end
done = function(summary, latency, requests)
  io.write(string.format("SEARCH p50 %.1f ms  p95 %.1f ms  p99 %.1f ms\n",
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000))
end
