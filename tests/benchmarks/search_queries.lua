-- wrk script: each request is the next of the relevance queries (tests/search/relevance.py),
-- in English and Welsh, on a server whose results cache is off: every search is new.
-- The benchmark fills PATHS below before it runs wrk.
local paths = PATHS
local counter = 0

function init(args)
  counter = math.random(0, #paths - 1)  -- the two threads start at different queries
end

function request()
  counter = counter + 1
  return wrk.format("GET", paths[(counter % #paths) + 1])
end
