-- wrk: random two-character Chinese queries against the white list, as a page (TARGET=page) or through the
-- JSON API (TARGET=api): the same queries, so the two figures compare the layers, not the data.
local chars = {"学","习","课","堂","数","语","文","英","物","理","化","生","历","史","地","音","乐","美","术","体","育",
               "编","程","阅","读","写","作","口","听","家","校","成","长","业","练","考","试","题","库","智","慧","园","云"}
local path = os.getenv("TARGET") == "api" and "/api/v1/public/whitelist?size=20&q=" or "/public/whitelist?q="
local function enc(s)
  return (s:gsub("[^%w]", function(c) return string.format("%%%02X", string.byte(c)) end))
end
function setup(thread)
  thread:set("seed", math.random(1, 2147483647))
end
function init(args)
  math.randomseed(seed or os.time())
end
request = function()
  return wrk.format("GET", path .. enc(chars[math.random(#chars)] .. chars[math.random(#chars)]))
end
function response(status, headers, body)
  if status ~= 200 then
    io.stderr:write("unexpected status " .. status .. "\n")
  end
end
