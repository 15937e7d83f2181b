-- wrk script: random verify lookups over the imported Android identifiers (cn.gen.app0, cn.gen.app5, …).
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
  local i = 5 * math.random(0, count / 5 - 1)
  return wrk.format("GET", "/api/v1/verify?platform=ANDROID&identifier=cn.gen.app" .. i)
end

function response(status, headers, body)
  if status ~= 200 then
    io.stderr:write("unexpected status " .. status .. "\n")
  end
end
