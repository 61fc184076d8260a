-- wrk script for benchmarks/serve-load.sh: every request POSTs one document (the file named by
-- SRM_DOCUMENT) to /v1/validate as application/json, on connections kept alive.
local file = assert(io.open(os.getenv("SRM_DOCUMENT"), "rb"))
wrk.method = "POST"
wrk.body = file:read("*a")
wrk.headers["Content-Type"] = "application/json"
file:close()
