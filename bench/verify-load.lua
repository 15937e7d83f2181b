-- wrk script: random verify lookups over the seeded identifiers (cn.bench.app1 .. cn.bench.appN).
local token = os.getenv("TOKEN")
local count = tonumber(os.getenv("APPS") or "100000")

function setup(thread)
  thread:set("seed", math.random(1, 2147483647))
end

function init(args)
  math.randomseed(seed or os.time())
  wrk.headers["Authorization"] = "Bearer " .. token
end

function request()
  local i = math.random(1, count)
  return wrk.format("GET", "/api/v1/verify?platform=ANDROID&identifier=cn.bench.app" .. i)
end

function response(status, headers, body)
  if status ~= 200 then
    io.stderr:write("unexpected status " .. status .. "\n")
  end
end
