-- wrk script: each request is a new, valid enquiry from a different person.
-- The benchmark fills BODY, COOKIE and THREADS below before it runs wrk.
local body_template = "BODY"
local cookie = "COOKIE"
local counter = 0
local next_thread = 0

function setup(thread)
  next_thread = next_thread + 1
  thread:set("thread_number", next_thread)
end

function init(args)
  thread_number = thread_number or 0  -- set by setup() through thread:set
  math.randomseed(os.time() + thread_number)
end

function request()
  counter = counter + 1
  local n = thread_number * 1000000 + counter
  local token = string.format("%08x-%04x-4%03x-a%03x-%012x", math.random(0, 0x7fffffff),
    thread_number, counter % 4096, math.random(0, 4095), n)
  local body = body_template:gsub("TOKEN", token):gsub("NUMBER", string.format("%07d", n % 10000000))
    :gsub("THREAD", tostring(thread_number))
  return wrk.format("POST", "/en/enquire/", {
    ["Content-Type"] = "application/x-www-form-urlencoded",
    ["Cookie"] = cookie,
  }, body)
end
